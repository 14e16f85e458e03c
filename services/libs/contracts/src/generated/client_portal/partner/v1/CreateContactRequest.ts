// Original file: proto/partner/v1/clients.proto

import type { ContactInput as _client_portal_partner_v1_ContactInput, ContactInput__Output as _client_portal_partner_v1_ContactInput__Output } from '../../../client_portal/partner/v1/ContactInput.js';

export interface CreateContactRequest {
  'idempotencyKey'?: (string);
  'clientId'?: (string);
  'contact'?: (_client_portal_partner_v1_ContactInput | null);
}

export interface CreateContactRequest__Output {
  'idempotencyKey': (string);
  'clientId': (string);
  'contact': (_client_portal_partner_v1_ContactInput__Output | null);
}
