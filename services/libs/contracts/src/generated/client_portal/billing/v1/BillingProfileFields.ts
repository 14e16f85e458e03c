// Original file: proto/billing/v1/profile.proto

import type { BillingAddress as _client_portal_billing_v1_BillingAddress, BillingAddress__Output as _client_portal_billing_v1_BillingAddress__Output } from '../../../client_portal/billing/v1/BillingAddress.js';
import type { BillingPaymentInstructions as _client_portal_billing_v1_BillingPaymentInstructions, BillingPaymentInstructions__Output as _client_portal_billing_v1_BillingPaymentInstructions__Output } from '../../../client_portal/billing/v1/BillingPaymentInstructions.js';
import type { BillingTaxRate as _client_portal_billing_v1_BillingTaxRate, BillingTaxRate__Output as _client_portal_billing_v1_BillingTaxRate__Output } from '../../../client_portal/billing/v1/BillingTaxRate.js';

export interface BillingProfileFields {
  'tradingName'?: (string);
  'legalName'?: (string);
  'address'?: (_client_portal_billing_v1_BillingAddress | null);
  'taxId'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'website'?: (string);
  'payment'?: (_client_portal_billing_v1_BillingPaymentInstructions | null);
  'paymentTermDays'?: (number);
  'defaultNotes'?: (string);
  'defaultTerms'?: (string);
  'footer'?: (string);
  'taxRates'?: (_client_portal_billing_v1_BillingTaxRate)[];
}

export interface BillingProfileFields__Output {
  'tradingName': (string);
  'legalName': (string);
  'address': (_client_portal_billing_v1_BillingAddress__Output | null);
  'taxId': (string);
  'email': (string);
  'phone': (string);
  'website': (string);
  'payment': (_client_portal_billing_v1_BillingPaymentInstructions__Output | null);
  'paymentTermDays': (number);
  'defaultNotes': (string);
  'defaultTerms': (string);
  'footer': (string);
  'taxRates': (_client_portal_billing_v1_BillingTaxRate__Output)[];
}
