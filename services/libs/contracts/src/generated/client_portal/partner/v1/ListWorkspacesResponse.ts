// Original file: proto/partner/v1/workspaces.proto

import type { Workspace as _client_portal_partner_v1_Workspace, Workspace__Output as _client_portal_partner_v1_Workspace__Output } from '../../../client_portal/partner/v1/Workspace.js';

export interface ListWorkspacesResponse {
  'workspaces'?: (_client_portal_partner_v1_Workspace)[];
  'nextPageToken'?: (string);
}

export interface ListWorkspacesResponse__Output {
  'workspaces': (_client_portal_partner_v1_Workspace__Output)[];
  'nextPageToken': (string);
}
