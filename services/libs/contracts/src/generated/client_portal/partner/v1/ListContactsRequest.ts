// Original file: proto/partner/v1/clients.proto

import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from '../../../client_portal/partner/v1/ListOptions.js';

export interface ListContactsRequest {
  'options'?: (_client_portal_partner_v1_ListOptions | null);
  /**
   * Only this client's contacts; empty: every client's.
   */
  'clientId'?: (string);
}

export interface ListContactsRequest__Output {
  'options': (_client_portal_partner_v1_ListOptions__Output | null);
  /**
   * Only this client's contacts; empty: every client's.
   */
  'clientId': (string);
}
