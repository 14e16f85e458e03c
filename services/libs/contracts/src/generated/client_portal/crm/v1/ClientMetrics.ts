// Original file: proto/crm/v1/activity.proto

import type { CurrencyAmounts as _client_portal_crm_v1_CurrencyAmounts, CurrencyAmounts__Output as _client_portal_crm_v1_CurrencyAmounts__Output } from '../../../client_portal/crm/v1/CurrencyAmounts.js';

export interface ClientMetrics {
  'clientId'?: (string);
  /**
   * The main currency: the amounts below are in it only (the client's first project's, else its
   * first invoice's, else EUR); the others are listed in by_currency.
   */
  'currency'?: (string);
  /**
   * Sum of the contract values of the client's projects in the main currency that are not cancelled.
   */
  'totalValueMinor'?: (string);
  'projectCount'?: (number);
  'completedProjects'?: (number);
  'activeProjects'?: (number);
  /**
   * Average days from start to completion over completed projects with a start date; 0 when none.
   */
  'averageDurationDays'?: (number | string);
  'durationSample'?: (number);
  /**
   * Average satisfaction score (1-5) of the rated projects; 0 when none is rated.
   */
  'satisfactionAverage'?: (number | string);
  'satisfactionCount'?: (number);
  /**
   * Projects beyond the first: how often the client came back.
   */
  'repeatProjects'?: (number);
  /**
   * Issued invoices in the main currency.
   */
  'invoicedMinor'?: (string);
  /**
   * All issued invoices, whatever their currency.
   */
  'invoiceCount'?: (number);
  /**
   * Every currency the client has projects or invoices in, the main one first.
   */
  'byCurrency'?: (_client_portal_crm_v1_CurrencyAmounts)[];
}

export interface ClientMetrics__Output {
  'clientId': (string);
  /**
   * The main currency: the amounts below are in it only (the client's first project's, else its
   * first invoice's, else EUR); the others are listed in by_currency.
   */
  'currency': (string);
  /**
   * Sum of the contract values of the client's projects in the main currency that are not cancelled.
   */
  'totalValueMinor': (string);
  'projectCount': (number);
  'completedProjects': (number);
  'activeProjects': (number);
  /**
   * Average days from start to completion over completed projects with a start date; 0 when none.
   */
  'averageDurationDays': (number);
  'durationSample': (number);
  /**
   * Average satisfaction score (1-5) of the rated projects; 0 when none is rated.
   */
  'satisfactionAverage': (number);
  'satisfactionCount': (number);
  /**
   * Projects beyond the first: how often the client came back.
   */
  'repeatProjects': (number);
  /**
   * Issued invoices in the main currency.
   */
  'invoicedMinor': (string);
  /**
   * All issued invoices, whatever their currency.
   */
  'invoiceCount': (number);
  /**
   * Every currency the client has projects or invoices in, the main one first.
   */
  'byCurrency': (_client_portal_crm_v1_CurrencyAmounts__Output)[];
}
