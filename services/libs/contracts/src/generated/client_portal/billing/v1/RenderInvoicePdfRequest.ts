// Original file: /work/main/proto/billing/v1/billing.proto


export interface RenderInvoicePdfRequest {
  'invoiceId'?: (string);
}

export interface RenderInvoicePdfRequest__Output {
  'invoiceId': (string);
}
