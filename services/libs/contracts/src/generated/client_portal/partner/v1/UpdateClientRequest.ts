// Original file: proto/partner/v1/clients.proto

import type { Address as _client_portal_partner_v1_Address, Address__Output as _client_portal_partner_v1_Address__Output } from '../../../client_portal/partner/v1/Address.js';

export interface UpdateClientRequest {
  'idempotencyKey'?: (string);
  'id'?: (string);
  'name'?: (string);
  'status'?: (string);
  'industry'?: (string);
  'phone'?: (string);
  'website'?: (string);
  'address'?: (_client_portal_partner_v1_Address | null);
}

export interface UpdateClientRequest__Output {
  'idempotencyKey': (string);
  'id': (string);
  'name': (string);
  'status': (string);
  'industry': (string);
  'phone': (string);
  'website': (string);
  'address': (_client_portal_partner_v1_Address__Output | null);
}
