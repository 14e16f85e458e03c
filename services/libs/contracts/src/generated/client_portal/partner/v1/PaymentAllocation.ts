// Original file: proto/partner/v1/payments.proto

import type { Long } from '@grpc/proto-loader';

export interface PaymentAllocation {
  'documentId'?: (string);
  'documentNumber'?: (string);
  'amountMinor'?: (number | string | Long);
  'refundedMinor'?: (number | string | Long);
}

export interface PaymentAllocation__Output {
  'documentId': (string);
  'documentNumber': (string);
  'amountMinor': (string);
  'refundedMinor': (string);
}
