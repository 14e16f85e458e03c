// Original file: proto/crm/v1/projects.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListProjectsRequest {
  'page'?: (_client_portal_common_v1_PageRequest | null);
  /**
   * Empty: every client of the tenant (staff only).
   */
  'clientId'?: (string);
  'status'?: (string);
  /**
   * RFC 3339: only projects changed at or after it (any write of the project changes it).
   */
  'updatedSince'?: (string);
  /**
   * The sync order, for the partner API: (updated_at, id) ascending instead of by name.
   */
  'byUpdate'?: (boolean);
}

export interface ListProjectsRequest__Output {
  'page': (_client_portal_common_v1_PageRequest__Output | null);
  /**
   * Empty: every client of the tenant (staff only).
   */
  'clientId': (string);
  'status': (string);
  /**
   * RFC 3339: only projects changed at or after it (any write of the project changes it).
   */
  'updatedSince': (string);
  /**
   * The sync order, for the partner API: (updated_at, id) ascending instead of by name.
   */
  'byUpdate': (boolean);
}
