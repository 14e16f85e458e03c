// Original file: proto/billing/v1/profile.proto


export interface BillingRecipientView {
  'email'?: (string);
  'name'?: (string);
}

export interface BillingRecipientView__Output {
  'email': (string);
  'name': (string);
}
