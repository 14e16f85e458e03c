// Original file: proto/billing/v1/payments.proto

import type { Long } from '@grpc/proto-loader';

export interface PaymentRefundView {
  'id'?: (string);
  'amountMinor'?: (number | string | Long);
  'reason'?: (string);
  'refundedAt'?: (string);
  /**
   * re_… for a card payment's refund; empty for a manual one.
   */
  'stripeRefundId'?: (string);
}

export interface PaymentRefundView__Output {
  'id': (string);
  'amountMinor': (string);
  'reason': (string);
  'refundedAt': (string);
  /**
   * re_… for a card payment's refund; empty for a manual one.
   */
  'stripeRefundId': (string);
}
