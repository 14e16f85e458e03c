// Original file: proto/billing/v1/recurring.proto

import type { SubscriptionLine as _client_portal_billing_v1_SubscriptionLine, SubscriptionLine__Output as _client_portal_billing_v1_SubscriptionLine__Output } from '../../../client_portal/billing/v1/SubscriptionLine.js';

export interface SubscriptionInput {
  'currency'?: (string);
  'lines'?: (_client_portal_billing_v1_SubscriptionLine)[];
  'frequency'?: (string);
  'startDate'?: (string);
  'endDate'?: (string);
  'paymentTermDays'?: (number);
  'notes'?: (string);
}

export interface SubscriptionInput__Output {
  'currency': (string);
  'lines': (_client_portal_billing_v1_SubscriptionLine__Output)[];
  'frequency': (string);
  'startDate': (string);
  'endDate': (string);
  'paymentTermDays': (number);
  'notes': (string);
}
