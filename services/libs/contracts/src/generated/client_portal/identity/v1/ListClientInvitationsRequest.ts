// Original file: proto/identity/v1/invitations.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListClientInvitationsRequest {
  /**
   * Empty: every client of the tenant.
   */
  'clientId'?: (string);
  /**
   * pending, accepted, expired, cancelled; empty: all.
   */
  'status'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListClientInvitationsRequest__Output {
  /**
   * Empty: every client of the tenant.
   */
  'clientId': (string);
  /**
   * pending, accepted, expired, cancelled; empty: all.
   */
  'status': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}
