// Original file: proto/billing/v1/payments.proto

import type { Long } from '@grpc/proto-loader';

export interface RefundPaymentRequest {
  'paymentId'?: (string);
  /**
   * Minor units; 0 = everything not yet refunded.
   */
  'amountMinor'?: (number | string | Long);
  'reason'?: (string);
}

export interface RefundPaymentRequest__Output {
  'paymentId': (string);
  /**
   * Minor units; 0 = everything not yet refunded.
   */
  'amountMinor': (string);
  'reason': (string);
}
