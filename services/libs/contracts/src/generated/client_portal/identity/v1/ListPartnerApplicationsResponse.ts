// Original file: proto/identity/v1/partner_apps.proto

import type { PartnerApplicationView as _client_portal_identity_v1_PartnerApplicationView, PartnerApplicationView__Output as _client_portal_identity_v1_PartnerApplicationView__Output } from '../../../client_portal/identity/v1/PartnerApplicationView.js';

export interface ListPartnerApplicationsResponse {
  'applications'?: (_client_portal_identity_v1_PartnerApplicationView)[];
}

export interface ListPartnerApplicationsResponse__Output {
  'applications': (_client_portal_identity_v1_PartnerApplicationView__Output)[];
}
