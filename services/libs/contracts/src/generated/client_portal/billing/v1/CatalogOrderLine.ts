// Original file: proto/billing/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface CatalogOrderLine {
  'productId'?: (string);
  /**
   * The product's name, unit, price and tax rate when the order was placed.
   */
  'name'?: (string);
  'unit'?: (string);
  /**
   * Thousandths of a unit.
   */
  'quantityMilli'?: (number | string | Long);
  'unitPriceMinor'?: (number | string | Long);
  'taxRateBasisPoints'?: (number);
  /**
   * Before tax.
   */
  'totalMinor'?: (number | string | Long);
  'taxMinor'?: (number | string | Long);
}

export interface CatalogOrderLine__Output {
  'productId': (string);
  /**
   * The product's name, unit, price and tax rate when the order was placed.
   */
  'name': (string);
  'unit': (string);
  /**
   * Thousandths of a unit.
   */
  'quantityMilli': (string);
  'unitPriceMinor': (string);
  'taxRateBasisPoints': (number);
  /**
   * Before tax.
   */
  'totalMinor': (string);
  'taxMinor': (string);
}
