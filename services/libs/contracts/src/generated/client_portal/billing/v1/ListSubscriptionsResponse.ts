// Original file: proto/billing/v1/recurring.proto

import type { SubscriptionView as _client_portal_billing_v1_SubscriptionView, SubscriptionView__Output as _client_portal_billing_v1_SubscriptionView__Output } from '../../../client_portal/billing/v1/SubscriptionView.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListSubscriptionsResponse {
  'subscriptions'?: (_client_portal_billing_v1_SubscriptionView)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListSubscriptionsResponse__Output {
  'subscriptions': (_client_portal_billing_v1_SubscriptionView__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
