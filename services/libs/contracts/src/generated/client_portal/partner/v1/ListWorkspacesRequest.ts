// Original file: proto/partner/v1/workspaces.proto

import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from '../../../client_portal/partner/v1/ListOptions.js';

export interface ListWorkspacesRequest {
  'options'?: (_client_portal_partner_v1_ListOptions | null);
  'clientId'?: (string);
  'includeArchived'?: (boolean);
}

export interface ListWorkspacesRequest__Output {
  'options': (_client_portal_partner_v1_ListOptions__Output | null);
  'clientId': (string);
  'includeArchived': (boolean);
}
