// Original file: proto/partner/v1/clients.proto

import type { Address as _client_portal_partner_v1_Address, Address__Output as _client_portal_partner_v1_Address__Output } from '../../../client_portal/partner/v1/Address.js';
import type { Contact as _client_portal_partner_v1_Contact, Contact__Output as _client_portal_partner_v1_Contact__Output } from '../../../client_portal/partner/v1/Contact.js';

export interface Client {
  'id'?: (string);
  'name'?: (string);
  /**
   * active, inactive, prospect or suspended.
   */
  'status'?: (string);
  'industry'?: (string);
  'phone'?: (string);
  'website'?: (string);
  'address'?: (_client_portal_partner_v1_Address | null);
  'contacts'?: (_client_portal_partner_v1_Contact)[];
  'archived'?: (boolean);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface Client__Output {
  'id': (string);
  'name': (string);
  /**
   * active, inactive, prospect or suspended.
   */
  'status': (string);
  'industry': (string);
  'phone': (string);
  'website': (string);
  'address': (_client_portal_partner_v1_Address__Output | null);
  'contacts': (_client_portal_partner_v1_Contact__Output)[];
  'archived': (boolean);
  'createdAt': (string);
  'updatedAt': (string);
}
