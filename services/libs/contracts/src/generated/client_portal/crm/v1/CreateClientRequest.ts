// Original file: proto/crm/v1/crm.proto

import type { ContactInput as _client_portal_crm_v1_ContactInput, ContactInput__Output as _client_portal_crm_v1_ContactInput__Output } from '../../../client_portal/crm/v1/ContactInput.js';
import type { ClientAddress as _client_portal_crm_v1_ClientAddress, ClientAddress__Output as _client_portal_crm_v1_ClientAddress__Output } from '../../../client_portal/crm/v1/ClientAddress.js';

export interface CreateClientRequest {
  'name'?: (string);
  'industry'?: (string);
  'phone'?: (string);
  'notes'?: (string);
  'status'?: (string);
  /**
   * Becomes the primary contact.
   */
  'primaryContact'?: (_client_portal_crm_v1_ContactInput | null);
  'website'?: (string);
  'address'?: (_client_portal_crm_v1_ClientAddress | null);
  /**
   * A known active staff member of the tenant; empty: the creator.
   */
  'ownerUserId'?: (string);
  /**
   * Further contacts, after the primary one (violations name them more_contacts[i].<field>).
   */
  'moreContacts'?: (_client_portal_crm_v1_ContactInput)[];
}

export interface CreateClientRequest__Output {
  'name': (string);
  'industry': (string);
  'phone': (string);
  'notes': (string);
  'status': (string);
  /**
   * Becomes the primary contact.
   */
  'primaryContact': (_client_portal_crm_v1_ContactInput__Output | null);
  'website': (string);
  'address': (_client_portal_crm_v1_ClientAddress__Output | null);
  /**
   * A known active staff member of the tenant; empty: the creator.
   */
  'ownerUserId': (string);
  /**
   * Further contacts, after the primary one (violations name them more_contacts[i].<field>).
   */
  'moreContacts': (_client_portal_crm_v1_ContactInput__Output)[];
}
