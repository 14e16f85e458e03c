// Original file: proto/partner/v1/common.proto

import type { Long } from '@grpc/proto-loader';

/**
 * An amount of money in integer minor units (cents) of an ISO 4217 currency.
 */
export interface Money {
  'amountMinor'?: (number | string | Long);
  'currency'?: (string);
}

/**
 * An amount of money in integer minor units (cents) of an ISO 4217 currency.
 */
export interface Money__Output {
  'amountMinor': (string);
  'currency': (string);
}
