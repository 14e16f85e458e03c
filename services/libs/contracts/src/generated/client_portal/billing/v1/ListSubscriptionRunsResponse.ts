// Original file: proto/billing/v1/recurring.proto

import type { SubscriptionRunView as _client_portal_billing_v1_SubscriptionRunView, SubscriptionRunView__Output as _client_portal_billing_v1_SubscriptionRunView__Output } from '../../../client_portal/billing/v1/SubscriptionRunView.js';

export interface ListSubscriptionRunsResponse {
  'runs'?: (_client_portal_billing_v1_SubscriptionRunView)[];
}

export interface ListSubscriptionRunsResponse__Output {
  'runs': (_client_portal_billing_v1_SubscriptionRunView__Output)[];
}
