// Original file: proto/billing/v1/profile.proto


export interface BillingTaxRate {
  /**
   * 2000 = 20 %.
   */
  'basisPoints'?: (number);
  'label'?: (string);
}

export interface BillingTaxRate__Output {
  /**
   * 2000 = 20 %.
   */
  'basisPoints': (number);
  'label': (string);
}
