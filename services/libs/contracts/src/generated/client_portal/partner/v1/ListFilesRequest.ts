// Original file: proto/partner/v1/files.proto

import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from '../../../client_portal/partner/v1/ListOptions.js';

export interface ListFilesRequest {
  'options'?: (_client_portal_partner_v1_ListOptions | null);
  /**
   * Empty: every workspace's files.
   */
  'workspaceId'?: (string);
}

export interface ListFilesRequest__Output {
  'options': (_client_portal_partner_v1_ListOptions__Output | null);
  /**
   * Empty: every workspace's files.
   */
  'workspaceId': (string);
}
