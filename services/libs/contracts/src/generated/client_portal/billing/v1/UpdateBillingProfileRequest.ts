// Original file: proto/billing/v1/profile.proto

import type { BillingProfileFields as _client_portal_billing_v1_BillingProfileFields, BillingProfileFields__Output as _client_portal_billing_v1_BillingProfileFields__Output } from '../../../client_portal/billing/v1/BillingProfileFields.js';

export interface UpdateBillingProfileRequest {
  'profile'?: (_client_portal_billing_v1_BillingProfileFields | null);
  'expectedVersion'?: (number);
}

export interface UpdateBillingProfileRequest__Output {
  'profile': (_client_portal_billing_v1_BillingProfileFields__Output | null);
  'expectedVersion': (number);
}
