// Original file: proto/crm/v1/crm.proto

import type { Client as _client_portal_crm_v1_Client, Client__Output as _client_portal_crm_v1_Client__Output } from '../../../client_portal/crm/v1/Client.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from '../../../client_portal/common/v1/PageInfo.js';
import type { ClientListRow as _client_portal_crm_v1_ClientListRow, ClientListRow__Output as _client_portal_crm_v1_ClientListRow__Output } from '../../../client_portal/crm/v1/ClientListRow.js';

export interface ListClientsResponse {
  'clients'?: (_client_portal_crm_v1_Client)[];
  'page'?: (_client_portal_common_v1_PageInfo | null);
  /**
   * The same clients as list rows, in the same order.
   */
  'rows'?: (_client_portal_crm_v1_ClientListRow)[];
}

export interface ListClientsResponse__Output {
  'clients': (_client_portal_crm_v1_Client__Output)[];
  'page': (_client_portal_common_v1_PageInfo__Output | null);
  /**
   * The same clients as list rows, in the same order.
   */
  'rows': (_client_portal_crm_v1_ClientListRow__Output)[];
}
