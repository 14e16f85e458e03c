// Original file: proto/billing/v1/payments.proto


export interface ReceiveStripeWebhookResponse {
  /**
   * recorded, duplicate or ignored (an event type billing does not act on).
   */
  'outcome'?: (string);
  'paymentId'?: (string);
}

export interface ReceiveStripeWebhookResponse__Output {
  /**
   * recorded, duplicate or ignored (an event type billing does not act on).
   */
  'outcome': (string);
  'paymentId': (string);
}
