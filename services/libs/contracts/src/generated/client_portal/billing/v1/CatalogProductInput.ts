// Original file: proto/billing/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface CatalogProductInput {
  'name'?: (string);
  'description'?: (string);
  'kind'?: (string);
  'unit'?: (string);
  'unitPriceMinor'?: (number | string | Long);
  'currency'?: (string);
  'taxRateBasisPoints'?: (number);
  'reference'?: (string);
}

export interface CatalogProductInput__Output {
  'name': (string);
  'description': (string);
  'kind': (string);
  'unit': (string);
  'unitPriceMinor': (string);
  'currency': (string);
  'taxRateBasisPoints': (number);
  'reference': (string);
}
