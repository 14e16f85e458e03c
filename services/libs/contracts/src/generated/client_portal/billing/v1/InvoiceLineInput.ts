// Original file: proto/billing/v1/billing.proto

import type { Long } from '@grpc/proto-loader';

export interface InvoiceLineInput {
  'description'?: (string);
  'quantityMilli'?: (number | string | Long);
  'unitPriceMinor'?: (number | string | Long);
  'taxRateBasisPoints'?: (number);
}

export interface InvoiceLineInput__Output {
  'description': (string);
  'quantityMilli': (string);
  'unitPriceMinor': (string);
  'taxRateBasisPoints': (number);
}
