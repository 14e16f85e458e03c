// Original file: proto/billing/v1/payments.proto


export interface ReceiveStripeWebhookRequest {
  'payload'?: (Buffer | Uint8Array | string);
  'signature'?: (string);
}

export interface ReceiveStripeWebhookRequest__Output {
  'payload': (Buffer);
  'signature': (string);
}
