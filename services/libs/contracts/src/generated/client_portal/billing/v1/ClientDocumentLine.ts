// Original file: proto/billing/v1/acceptance.proto

import type { Long } from '@grpc/proto-loader';

export interface ClientDocumentLine {
  'description'?: (string);
  'unit'?: (string);
  'quantityMilli'?: (number | string | Long);
  'unitPriceMinor'?: (number | string | Long);
  'taxRateBasisPoints'?: (number);
  'totalMinor'?: (number | string | Long);
  'taxMinor'?: (number | string | Long);
}

export interface ClientDocumentLine__Output {
  'description': (string);
  'unit': (string);
  'quantityMilli': (string);
  'unitPriceMinor': (string);
  'taxRateBasisPoints': (number);
  'totalMinor': (string);
  'taxMinor': (string);
}
