// Original file: proto/billing/v1/profile.proto


export interface BillingPdf {
  'pdf'?: (Buffer | Uint8Array | string);
  'filename'?: (string);
}

export interface BillingPdf__Output {
  'pdf': (Buffer);
  'filename': (string);
}
