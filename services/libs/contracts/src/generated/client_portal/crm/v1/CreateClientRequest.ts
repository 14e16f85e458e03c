// Original file: proto/crm/v1/crm.proto

import type { ContactInput as _client_portal_crm_v1_ContactInput, ContactInput__Output as _client_portal_crm_v1_ContactInput__Output } from '../../../client_portal/crm/v1/ContactInput.js';

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
}
