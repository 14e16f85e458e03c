// Original file: proto/partner/v1/projects.proto

import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from '../../../client_portal/partner/v1/ListOptions.js';

export interface ListProjectsRequest {
  'options'?: (_client_portal_partner_v1_ListOptions | null);
  'clientId'?: (string);
  'status'?: (string);
}

export interface ListProjectsRequest__Output {
  'options': (_client_portal_partner_v1_ListOptions__Output | null);
  'clientId': (string);
  'status': (string);
}
