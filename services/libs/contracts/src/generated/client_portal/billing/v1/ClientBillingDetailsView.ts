// Original file: proto/billing/v1/profile.proto

import type { ClientBillingDetailsFields as _client_portal_billing_v1_ClientBillingDetailsFields, ClientBillingDetailsFields__Output as _client_portal_billing_v1_ClientBillingDetailsFields__Output } from '../../../client_portal/billing/v1/ClientBillingDetailsFields.js';

export interface ClientBillingDetailsView {
  'clientId'?: (string);
  'details'?: (_client_portal_billing_v1_ClientBillingDetailsFields | null);
  'version'?: (number);
  'updatedAt'?: (string);
}

export interface ClientBillingDetailsView__Output {
  'clientId': (string);
  'details': (_client_portal_billing_v1_ClientBillingDetailsFields__Output | null);
  'version': (number);
  'updatedAt': (string);
}
