// Original file: proto/partner/v1/documents.proto

import type { Long } from '@grpc/proto-loader';

export interface DocumentLineInput {
  'description'?: (string);
  'quantityMilli'?: (number | string | Long);
  'unit'?: (string);
  'unitPriceMinor'?: (number | string | Long);
  'taxRateBasisPoints'?: (number);
}

export interface DocumentLineInput__Output {
  'description': (string);
  'quantityMilli': (string);
  'unit': (string);
  'unitPriceMinor': (string);
  'taxRateBasisPoints': (number);
}
