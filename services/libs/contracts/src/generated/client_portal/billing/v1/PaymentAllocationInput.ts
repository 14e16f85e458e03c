// Original file: proto/billing/v1/payments.proto

import type { Long } from '@grpc/proto-loader';

export interface PaymentAllocationInput {
  'documentId'?: (string);
  /**
   * Minor units, more than zero; ignored when `whole`.
   */
  'amountMinor'?: (number | string | Long);
  /**
   * Pay everything due on that invoice.
   */
  'whole'?: (boolean);
}

export interface PaymentAllocationInput__Output {
  'documentId': (string);
  /**
   * Minor units, more than zero; ignored when `whole`.
   */
  'amountMinor': (string);
  /**
   * Pay everything due on that invoice.
   */
  'whole': (boolean);
}
