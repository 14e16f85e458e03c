// Original file: proto/partner/v1/projects.proto

import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from '../../../client_portal/partner/v1/ListOptions.js';

export interface ListProjectsRequest {
  'options'?: (_client_portal_partner_v1_ListOptions | null);
  /**
   * Only this client's projects; empty: every client's.
   */
  'clientId'?: (string);
  /**
   * Only projects in this status (planned, active, on_hold, completed, cancelled); empty: all.
   */
  'status'?: (string);
}

export interface ListProjectsRequest__Output {
  'options': (_client_portal_partner_v1_ListOptions__Output | null);
  /**
   * Only this client's projects; empty: every client's.
   */
  'clientId': (string);
  /**
   * Only projects in this status (planned, active, on_hold, completed, cancelled); empty: all.
   */
  'status': (string);
}
