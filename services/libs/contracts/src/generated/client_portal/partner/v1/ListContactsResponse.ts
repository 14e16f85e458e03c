// Original file: proto/partner/v1/clients.proto

import type { Contact as _client_portal_partner_v1_Contact, Contact__Output as _client_portal_partner_v1_Contact__Output } from '../../../client_portal/partner/v1/Contact.js';

export interface ListContactsResponse {
  'contacts'?: (_client_portal_partner_v1_Contact)[];
  'nextPageToken'?: (string);
}

export interface ListContactsResponse__Output {
  'contacts': (_client_portal_partner_v1_Contact__Output)[];
  'nextPageToken': (string);
}
