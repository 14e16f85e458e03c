// Original file: proto/portal/v1/portal.proto

import type { Workspace as _client_portal_portal_v1_Workspace, Workspace__Output as _client_portal_portal_v1_Workspace__Output } from '../../../client_portal/portal/v1/Workspace.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';

export interface ListWorkspacesResponse {
  'workspaces'?: (_client_portal_portal_v1_Workspace)[];
  /**
   * With by_update only.
   */
  'page'?: (_client_portal_common_v1_PageInfo | null);
}

export interface ListWorkspacesResponse__Output {
  'workspaces': (_client_portal_portal_v1_Workspace__Output)[];
  /**
   * With by_update only.
   */
  'page': (_client_portal_common_v1_PageInfo__Output | null);
}
