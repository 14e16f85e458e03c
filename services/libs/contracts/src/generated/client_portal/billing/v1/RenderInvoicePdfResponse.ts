// Original file: proto/billing/v1/billing.proto


export interface RenderInvoicePdfResponse {
  'pdf'?: (Buffer | Uint8Array | string);
  'filename'?: (string);
}

export interface RenderInvoicePdfResponse__Output {
  'pdf': (Buffer);
  'filename': (string);
}
