// Original file: proto/partner/v1/documents.proto

import type { Long } from '@grpc/proto-loader';

export interface DocumentLine {
  'description'?: (string);
  /**
   * Thousandths: 1500 = 1.5 units.
   */
  'quantityMilli'?: (number | string | Long);
  /**
   * hour, day, unit … (free text).
   */
  'unit'?: (string);
  'unitPriceMinor'?: (number | string | Long);
  /**
   * Hundredths of a percent: 2000 = 20 %.
   */
  'taxRateBasisPoints'?: (number);
  /**
   * Quantity × unit price, before tax.
   */
  'totalMinor'?: (number | string | Long);
  'taxMinor'?: (number | string | Long);
}

export interface DocumentLine__Output {
  'description': (string);
  /**
   * Thousandths: 1500 = 1.5 units.
   */
  'quantityMilli': (string);
  /**
   * hour, day, unit … (free text).
   */
  'unit': (string);
  'unitPriceMinor': (string);
  /**
   * Hundredths of a percent: 2000 = 20 %.
   */
  'taxRateBasisPoints': (number);
  /**
   * Quantity × unit price, before tax.
   */
  'totalMinor': (string);
  'taxMinor': (string);
}
