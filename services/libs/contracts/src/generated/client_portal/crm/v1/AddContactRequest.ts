// Original file: proto/crm/v1/crm.proto

import type { ContactInput as _client_portal_crm_v1_ContactInput, ContactInput__Output as _client_portal_crm_v1_ContactInput__Output } from '../../../client_portal/crm/v1/ContactInput.js';

export interface AddContactRequest {
  'clientId'?: (string);
  'contact'?: (_client_portal_crm_v1_ContactInput | null);
  'primary'?: (boolean);
  'expectedVersion'?: (number);
}

export interface AddContactRequest__Output {
  'clientId': (string);
  'contact': (_client_portal_crm_v1_ContactInput__Output | null);
  'primary': (boolean);
  'expectedVersion': (number);
}
