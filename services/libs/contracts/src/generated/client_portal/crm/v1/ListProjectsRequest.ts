// Original file: proto/crm/v1/projects.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListProjectsRequest {
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * Empty: every client of the tenant (staff only).
   */
  'clientId'?: (string);
  'status'?: (string);
}

export interface ListProjectsRequest__Output {
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * Empty: every client of the tenant (staff only).
   */
  'clientId': (string);
  'status': (string);
}
