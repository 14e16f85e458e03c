// Original file: proto/billing/v1/recurring.proto

import type { Long } from '@grpc/proto-loader';

export interface SubscriptionLine {
  'description'?: (string);
  /**
   * "h", "day", "month"…; empty for none.
   */
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
}

export interface SubscriptionLine__Output {
  'description': (string);
  /**
   * "h", "day", "month"…; empty for none.
   */
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
}
