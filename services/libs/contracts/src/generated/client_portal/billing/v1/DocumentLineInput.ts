// Original file: proto/billing/v1/documents.proto

import type { Long } from '@grpc/proto-loader';

export interface DocumentLineInput {
  'description'?: (string);
  'productId'?: (string);
  'unit'?: (string);
  'quantityMilli'?: (number | string | Long);
  'unitPriceMinor'?: (number | string | Long);
  'taxRateBasisPoints'?: (number);
}

export interface DocumentLineInput__Output {
  'description': (string);
  'productId': (string);
  'unit': (string);
  'quantityMilli': (string);
  'unitPriceMinor': (string);
  'taxRateBasisPoints': (number);
}
