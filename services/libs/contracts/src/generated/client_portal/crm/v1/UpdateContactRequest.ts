// Original file: proto/crm/v1/crm.proto

import type { ContactInput as _client_portal_crm_v1_ContactInput, ContactInput__Output as _client_portal_crm_v1_ContactInput__Output } from '../../../client_portal/crm/v1/ContactInput.js';

export interface UpdateContactRequest {
  'clientId'?: (string);
  'expectedVersion'?: (number);
  'contactId'?: (string);
  'contact'?: (_client_portal_crm_v1_ContactInput | null);
}

export interface UpdateContactRequest__Output {
  'clientId': (string);
  'expectedVersion': (number);
  'contactId': (string);
  'contact': (_client_portal_crm_v1_ContactInput__Output | null);
}
