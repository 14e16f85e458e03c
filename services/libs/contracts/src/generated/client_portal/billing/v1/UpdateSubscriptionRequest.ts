// Original file: proto/billing/v1/recurring.proto

import type { SubscriptionInput as _client_portal_billing_v1_SubscriptionInput, SubscriptionInput__Output as _client_portal_billing_v1_SubscriptionInput__Output } from '../../../client_portal/billing/v1/SubscriptionInput.js';

export interface UpdateSubscriptionRequest {
  'subscriptionId'?: (string);
  /**
   * The version read: another change since then answers FAILED_PRECONDITION.
   */
  'expectedVersion'?: (number);
  'subscription'?: (_client_portal_billing_v1_SubscriptionInput | null);
}

export interface UpdateSubscriptionRequest__Output {
  'subscriptionId': (string);
  /**
   * The version read: another change since then answers FAILED_PRECONDITION.
   */
  'expectedVersion': (number);
  'subscription': (_client_portal_billing_v1_SubscriptionInput__Output | null);
}
