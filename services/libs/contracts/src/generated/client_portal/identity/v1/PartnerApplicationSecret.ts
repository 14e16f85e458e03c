// Original file: proto/identity/v1/partner_apps.proto

import type { PartnerApplicationView as _client_portal_identity_v1_PartnerApplicationView, PartnerApplicationView__Output as _client_portal_identity_v1_PartnerApplicationView__Output } from '../../../client_portal/identity/v1/PartnerApplicationView.js';

export interface PartnerApplicationSecret {
  'application'?: (_client_portal_identity_v1_PartnerApplicationView | null);
  /**
   * Shown once: identity keeps only its hash.
   */
  'clientSecret'?: (string);
  /**
   * Where to ask tokens: `<keycloak>/realms/<realm>/protocol/openid-connect/token`.
   */
  'tokenUrl'?: (string);
}

export interface PartnerApplicationSecret__Output {
  'application': (_client_portal_identity_v1_PartnerApplicationView__Output | null);
  /**
   * Shown once: identity keeps only its hash.
   */
  'clientSecret': (string);
  /**
   * Where to ask tokens: `<keycloak>/realms/<realm>/protocol/openid-connect/token`.
   */
  'tokenUrl': (string);
}
