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
  /**
   * The From name of the tenant's e-mails (issue 12); empty: the portal's name.
   */
  'senderName'?: (string);
  /**
   * Where answers to the tenant's e-mails go; empty: none (the platform's no-reply sender).
   */
  'replyTo'?: (string);
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
  /**
   * The From name of the tenant's e-mails (issue 12); empty: the portal's name.
   */
  'senderName': (string);
  /**
   * Where answers to the tenant's e-mails go; empty: none (the platform's no-reply sender).
   */
  'replyTo': (string);
}
