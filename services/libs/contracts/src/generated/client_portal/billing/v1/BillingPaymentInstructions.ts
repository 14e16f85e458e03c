// Original file: proto/billing/v1/profile.proto


export interface BillingPaymentInstructions {
  'bankName'?: (string);
  'iban'?: (string);
  'bic'?: (string);
  'text'?: (string);
}

export interface BillingPaymentInstructions__Output {
  'bankName': (string);
  'iban': (string);
  'bic': (string);
  'text': (string);
}
