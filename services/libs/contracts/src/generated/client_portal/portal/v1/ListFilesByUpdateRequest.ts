// Original file: proto/portal/v1/files.proto

import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from '../../../client_portal/common/v1/PageRequest.js';

export interface ListFilesByUpdateRequest {
  /**
   * Empty: every workspace of the tenant.
   */
  'workspaceId'?: (string);
  /**
   * RFC 3339; empty: every file.
   */
  'updatedSince'?: (string);
  'page'?: (_client_portal_common_v1_PageRequest | null);
}

export interface ListFilesByUpdateRequest__Output {
  /**
   * Empty: every workspace of the tenant.
   */
  'workspaceId': (string);
  /**
   * RFC 3339; empty: every file.
   */
  'updatedSince': (string);
  'page': (_client_portal_common_v1_PageRequest__Output | null);
}
