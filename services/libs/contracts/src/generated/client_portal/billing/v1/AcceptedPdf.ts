// Original file: proto/billing/v1/acceptance.proto


export interface AcceptedPdf {
  'pdf'?: (Buffer | Uint8Array | string);
  'filename'?: (string);
}

export interface AcceptedPdf__Output {
  'pdf': (Buffer);
  'filename': (string);
}
