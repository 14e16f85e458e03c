// Original file: proto/billing/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface CatalogOrderLineInput {
  'productId'?: (string);
  'quantityMilli'?: (number | string | Long);
}

export interface CatalogOrderLineInput__Output {
  'productId': (string);
  'quantityMilli': (string);
}
