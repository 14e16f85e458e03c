// Original file: proto/crm/v1/crm.proto

import type { ClientImportContact as _client_portal_crm_v1_ClientImportContact, ClientImportContact__Output as _client_portal_crm_v1_ClientImportContact__Output } from '../../../client_portal/crm/v1/ClientImportContact.js';

export interface ClientImportItem {
  'row'?: (number);
  'name'?: (string);
  'industry'?: (string);
  'phone'?: (string);
  'status'?: (string);
  'contacts'?: (_client_portal_crm_v1_ClientImportContact)[];
}

export interface ClientImportItem__Output {
  'row': (number);
  'name': (string);
  'industry': (string);
  'phone': (string);
  'status': (string);
  'contacts': (_client_portal_crm_v1_ClientImportContact__Output)[];
}
