// Original file: proto/billing/v1/profile.proto

import type { BillingProfileFields as _client_portal_billing_v1_BillingProfileFields, BillingProfileFields__Output as _client_portal_billing_v1_BillingProfileFields__Output } from '../../../client_portal/billing/v1/BillingProfileFields.js';
import type { BillingLogoInfo as _client_portal_billing_v1_BillingLogoInfo, BillingLogoInfo__Output as _client_portal_billing_v1_BillingLogoInfo__Output } from '../../../client_portal/billing/v1/BillingLogoInfo.js';

export interface BillingProfileView {
  'profile'?: (_client_portal_billing_v1_BillingProfileFields | null);
  /**
   * Absent when the tenant has no logo.
   */
  'logo'?: (_client_portal_billing_v1_BillingLogoInfo | null);
  'version'?: (number);
  'updatedAt'?: (string);
}

export interface BillingProfileView__Output {
  'profile': (_client_portal_billing_v1_BillingProfileFields__Output | null);
  /**
   * Absent when the tenant has no logo.
   */
  'logo': (_client_portal_billing_v1_BillingLogoInfo__Output | null);
  'version': (number);
  'updatedAt': (string);
}
