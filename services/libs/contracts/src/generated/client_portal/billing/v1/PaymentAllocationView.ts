// Original file: proto/billing/v1/payments.proto

import type { Long } from '@grpc/proto-loader';

export interface PaymentAllocationView {
  'documentId'?: (string);
  'number'?: (string);
  'amountMinor'?: (number | string | Long);
  /**
   * What refunds took back from this allocation.
   */
  'refundedMinor'?: (number | string | Long);
}

export interface PaymentAllocationView__Output {
  'documentId': (string);
  'number': (string);
  'amountMinor': (string);
  /**
   * What refunds took back from this allocation.
   */
  'refundedMinor': (string);
}
