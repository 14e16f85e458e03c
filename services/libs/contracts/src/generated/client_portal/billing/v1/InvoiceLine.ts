// Original file: proto/billing/v1/billing.proto

import type { Long } from '@grpc/proto-loader';

export interface InvoiceLine {
  'description'?: (string);
  /**
   * Thousandths of a unit (1500 = 1.5), so quantities stay integers.
   */
  'quantityMilli'?: (number | string | Long);
  'unitPriceMinor'?: (number | string | Long);
  /**
   * Basis points: 2000 = 20 %.
   */
  'taxRateBasisPoints'?: (number);
  'totalMinor'?: (number | string | Long);
}

export interface InvoiceLine__Output {
  'description': (string);
  /**
   * Thousandths of a unit (1500 = 1.5), so quantities stay integers.
   */
  'quantityMilli': (string);
  'unitPriceMinor': (string);
  /**
   * Basis points: 2000 = 20 %.
   */
  'taxRateBasisPoints': (number);
  'totalMinor': (string);
}
