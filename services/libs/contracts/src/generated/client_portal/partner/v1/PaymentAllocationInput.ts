// Original file: proto/partner/v1/payments.proto

import type { Long } from '@grpc/proto-loader';

export interface PaymentAllocationInput {
  'documentId'?: (string);
  'amountMinor'?: (number | string | Long);
}

export interface PaymentAllocationInput__Output {
  'documentId': (string);
  'amountMinor': (string);
}
