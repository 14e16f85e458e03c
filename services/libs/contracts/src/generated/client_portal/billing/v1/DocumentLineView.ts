// Original file: proto/billing/v1/documents.proto

import type { Long } from '@grpc/proto-loader';

export interface DocumentLineView {
  'description'?: (string);
  'productId'?: (string);
  'unit'?: (string);
  /**
   * Thousandths of a unit (1500 = 1.5).
   */
  'quantityMilli'?: (number | string | Long);
  'unitPriceMinor'?: (number | string | Long);
  /**
   * Basis points: 2000 = 20 %.
   */
  'taxRateBasisPoints'?: (number);
  /**
   * Before tax.
   */
  'totalMinor'?: (number | string | Long);
  'taxMinor'?: (number | string | Long);
}

export interface DocumentLineView__Output {
  'description': (string);
  'productId': (string);
  'unit': (string);
  /**
   * Thousandths of a unit (1500 = 1.5).
   */
  'quantityMilli': (string);
  'unitPriceMinor': (string);
  /**
   * Basis points: 2000 = 20 %.
   */
  'taxRateBasisPoints': (number);
  /**
   * Before tax.
   */
  'totalMinor': (string);
  'taxMinor': (string);
}
