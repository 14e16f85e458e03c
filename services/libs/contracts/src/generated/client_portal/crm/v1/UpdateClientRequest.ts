// Original file: proto/crm/v1/crm.proto

import type { ClientAddress as _client_portal_crm_v1_ClientAddress, ClientAddress__Output as _client_portal_crm_v1_ClientAddress__Output } from '../../../client_portal/crm/v1/ClientAddress.js';

export interface UpdateClientRequest {
  'clientId'?: (string);
  'expectedVersion'?: (number);
  'name'?: (string);
  'industry'?: (string);
  'phone'?: (string);
  'website'?: (string);
  'address'?: (_client_portal_crm_v1_ClientAddress | null);
  'notes'?: (string);
  'status'?: (string);
  'ownerUserId'?: (string);
}

export interface UpdateClientRequest__Output {
  'clientId': (string);
  'expectedVersion': (number);
  'name': (string);
  'industry': (string);
  'phone': (string);
  'website': (string);
  'address': (_client_portal_crm_v1_ClientAddress__Output | null);
  'notes': (string);
  'status': (string);
  'ownerUserId': (string);
}
