// Original file: proto/partner/v1/clients.proto

import type { Client as _client_portal_partner_v1_Client, Client__Output as _client_portal_partner_v1_Client__Output } from '../../../client_portal/partner/v1/Client.js';

export interface ListClientsResponse {
  'clients'?: (_client_portal_partner_v1_Client)[];
  'nextPageToken'?: (string);
}

export interface ListClientsResponse__Output {
  'clients': (_client_portal_partner_v1_Client__Output)[];
  'nextPageToken': (string);
}
