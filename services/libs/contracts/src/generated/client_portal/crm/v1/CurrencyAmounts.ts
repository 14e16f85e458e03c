// Original file: proto/crm/v1/activity.proto


/**
 * One currency's amounts of a client: amounts in different currencies are never added together.
 */
export interface CurrencyAmounts {
  'currency'?: (string);
  /**
   * Contract values of the projects in this currency that are not cancelled, minor units.
   */
  'totalValueMinor'?: (string);
  /**
   * Issued invoices in this currency, minor units.
   */
  'invoicedMinor'?: (string);
  'invoiceCount'?: (number);
}

/**
 * One currency's amounts of a client: amounts in different currencies are never added together.
 */
export interface CurrencyAmounts__Output {
  'currency': (string);
  /**
   * Contract values of the projects in this currency that are not cancelled, minor units.
   */
  'totalValueMinor': (string);
  /**
   * Issued invoices in this currency, minor units.
   */
  'invoicedMinor': (string);
  'invoiceCount': (number);
}
