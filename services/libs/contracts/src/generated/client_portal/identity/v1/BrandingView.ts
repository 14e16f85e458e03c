// Original file: proto/identity/v1/branding.proto

import type { BrandingLogoInfo as _client_portal_identity_v1_BrandingLogoInfo, BrandingLogoInfo__Output as _client_portal_identity_v1_BrandingLogoInfo__Output } from '../../../client_portal/identity/v1/BrandingLogoInfo.js';

export interface BrandingView {
  'tenantId'?: (string);
  'tenantSlug'?: (string);
  'tenantName'?: (string);
  /**
   * Empty: the tenant's name is shown.
   */
  'portalName'?: (string);
  'primaryColor'?: (string);
  'accentColor'?: (string);
  'defaultLanguage'?: (string);
  /**
   * Empty: no sub-domain claimed.
   */
  'subdomain'?: (string);
  /**
   * Absent: no logo.
   */
  'logo'?: (_client_portal_identity_v1_BrandingLogoInfo | null);
  'version'?: (number);
  'updatedAt'?: (string);
}

export interface BrandingView__Output {
  'tenantId': (string);
  'tenantSlug': (string);
  'tenantName': (string);
  /**
   * Empty: the tenant's name is shown.
   */
  'portalName': (string);
  'primaryColor': (string);
  'accentColor': (string);
  'defaultLanguage': (string);
  /**
   * Empty: no sub-domain claimed.
   */
  'subdomain': (string);
  /**
   * Absent: no logo.
   */
  'logo': (_client_portal_identity_v1_BrandingLogoInfo__Output | null);
  'version': (number);
  'updatedAt': (string);
}
