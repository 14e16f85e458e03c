// Original file: proto/partner/v1/clients.proto

import type { Address as _client_portal_partner_v1_Address, Address__Output as _client_portal_partner_v1_Address__Output } from '../../../client_portal/partner/v1/Address.js';
import type { ContactInput as _client_portal_partner_v1_ContactInput, ContactInput__Output as _client_portal_partner_v1_ContactInput__Output } from '../../../client_portal/partner/v1/ContactInput.js';

export interface CreateClientRequest {
  'idempotencyKey'?: (string);
  /**
   * Required, 1..200 characters.
   */
  'name'?: (string);
  'status'?: (string);
  'industry'?: (string);
  'phone'?: (string);
  'website'?: (string);
  'address'?: (_client_portal_partner_v1_Address | null);
  'contacts'?: (_client_portal_partner_v1_ContactInput)[];
}

export interface CreateClientRequest__Output {
  'idempotencyKey': (string);
  /**
   * Required, 1..200 characters.
   */
  'name': (string);
  'status': (string);
  'industry': (string);
  'phone': (string);
  'website': (string);
  'address': (_client_portal_partner_v1_Address__Output | null);
  'contacts': (_client_portal_partner_v1_ContactInput__Output)[];
}
