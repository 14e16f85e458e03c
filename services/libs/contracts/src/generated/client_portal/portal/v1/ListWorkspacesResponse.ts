// Original file: proto/portal/v1/portal.proto

import type { Workspace as _client_portal_portal_v1_Workspace, Workspace__Output as _client_portal_portal_v1_Workspace__Output } from '../../../client_portal/portal/v1/Workspace.js';

export interface ListWorkspacesResponse {
  'workspaces'?: (_client_portal_portal_v1_Workspace)[];
}

export interface ListWorkspacesResponse__Output {
  'workspaces': (_client_portal_portal_v1_Workspace__Output)[];
}
