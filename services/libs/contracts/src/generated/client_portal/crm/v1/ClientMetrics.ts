// Original file: proto/crm/v1/activity.proto


export interface ClientMetrics {
  'clientId'?: (string);
  /**
   * Currency of the amounts below (the client's projects', else its invoices', else EUR).
   */
  'currency'?: (string);
  /**
   * Sum of the contract values of the client's projects that are not cancelled, minor units.
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
  'invoicedMinor'?: (string);
  'invoiceCount'?: (number);
}

export interface ClientMetrics__Output {
  'clientId': (string);
  /**
   * Currency of the amounts below (the client's projects', else its invoices', else EUR).
   */
  'currency': (string);
  /**
   * Sum of the contract values of the client's projects that are not cancelled, minor units.
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
  'invoicedMinor': (string);
  'invoiceCount': (number);
}
