// Original file: proto/billing/v1/billing.proto


export interface RenderInvoicePdfRequest {
  'invoiceId'?: (string);
}

export interface RenderInvoicePdfRequest__Output {
  'invoiceId': (string);
}
