// Original file: proto/portal/v1/portal.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListWorkspacesRequest {
  'clientId'?: (string);
  /**
   * Staff only (a client user gets INVALID_ARGUMENT): ordered by (updated_at, id) ascending and paged
   * by `page` instead of by name and whole.
   */
  'byUpdate'?: (boolean);
  /**
   * With by_update: only workspaces changed at or after this RFC 3339 instant.
   */
  'updatedSince'?: (string);
  /**
   * With by_update: leave archived workspaces out.
   */
  'activeOnly'?: (boolean);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListWorkspacesRequest__Output {
  'clientId': (string);
  /**
   * Staff only (a client user gets INVALID_ARGUMENT): ordered by (updated_at, id) ascending and paged
   * by `page` instead of by name and whole.
   */
  'byUpdate': (boolean);
  /**
   * With by_update: only workspaces changed at or after this RFC 3339 instant.
   */
  'updatedSince': (string);
  /**
   * With by_update: leave archived workspaces out.
   */
  'activeOnly': (boolean);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}
