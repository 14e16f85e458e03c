// Original file: proto/partner/v1/clients.proto

import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from '../../../client_portal/partner/v1/ListOptions.js';

export interface ListClientsRequest {
  'options'?: (_client_portal_partner_v1_ListOptions | null);
  /**
   * Only clients in this status (active, inactive, prospect, suspended); empty: all.
   */
  'status'?: (string);
  /**
   * Archived clients too. A partner that syncs asks for them: archiving or restoring is a change.
   */
  'includeArchived'?: (boolean);
}

export interface ListClientsRequest__Output {
  'options': (_client_portal_partner_v1_ListOptions__Output | null);
  /**
   * Only clients in this status (active, inactive, prospect, suspended); empty: all.
   */
  'status': (string);
  /**
   * Archived clients too. A partner that syncs asks for them: archiving or restoring is a change.
   */
  'includeArchived': (boolean);
}
