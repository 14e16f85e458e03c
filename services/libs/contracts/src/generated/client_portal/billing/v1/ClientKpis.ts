// Original file: proto/billing/v1/kpis.proto

import type { CurrencyKpis as _client_portal_billing_v1_CurrencyKpis, CurrencyKpis__Output as _client_portal_billing_v1_CurrencyKpis__Output } from '../../../client_portal/billing/v1/CurrencyKpis.js';

export interface ClientKpis {
  'clientId'?: (string);
  /**
   * The calendar year (UTC) the "this year" figures cover.
   */
  'year'?: (number);
  /**
   * One entry per currency the client was billed or paid in, by currency code.
   */
  'currencies'?: (_client_portal_billing_v1_CurrencyKpis)[];
  'computedAt'?: (string);
}

export interface ClientKpis__Output {
  'clientId': (string);
  /**
   * The calendar year (UTC) the "this year" figures cover.
   */
  'year': (number);
  /**
   * One entry per currency the client was billed or paid in, by currency code.
   */
  'currencies': (_client_portal_billing_v1_CurrencyKpis__Output)[];
  'computedAt': (string);
}
