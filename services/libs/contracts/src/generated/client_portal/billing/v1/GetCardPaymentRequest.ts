// Original file: proto/billing/v1/payments.proto


export interface GetCardPaymentRequest {
  'checkoutId'?: (string);
}

export interface GetCardPaymentRequest__Output {
  'checkoutId': (string);
}
