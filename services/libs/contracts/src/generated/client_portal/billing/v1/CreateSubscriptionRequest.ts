// Original file: proto/billing/v1/recurring.proto

import type { SubscriptionInput as _client_portal_billing_v1_SubscriptionInput, SubscriptionInput__Output as _client_portal_billing_v1_SubscriptionInput__Output } from '../../../client_portal/billing/v1/SubscriptionInput.js';

export interface CreateSubscriptionRequest {
  'clientId'?: (string);
  'clientName'?: (string);
  /**
   * The agency's name, printed on the invoices when its billing profile has none.
   */
  'tenantName'?: (string);
  'subscription'?: (_client_portal_billing_v1_SubscriptionInput | null);
}

export interface CreateSubscriptionRequest__Output {
  'clientId': (string);
  'clientName': (string);
  /**
   * The agency's name, printed on the invoices when its billing profile has none.
   */
  'tenantName': (string);
  'subscription': (_client_portal_billing_v1_SubscriptionInput__Output | null);
}
