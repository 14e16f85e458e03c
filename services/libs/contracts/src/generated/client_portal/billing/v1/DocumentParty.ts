// Original file: proto/billing/v1/documents.proto

import type { DocumentPostalAddress as _client_portal_billing_v1_DocumentPostalAddress, DocumentPostalAddress__Output as _client_portal_billing_v1_DocumentPostalAddress__Output } from '../../../client_portal/billing/v1/DocumentPostalAddress.js';

export interface DocumentParty {
  'name'?: (string);
  'legalName'?: (string);
  'address'?: (_client_portal_billing_v1_DocumentPostalAddress | null);
  'taxId'?: (string);
  'email'?: (string);
  'phone'?: (string);
}

export interface DocumentParty__Output {
  'name': (string);
  'legalName': (string);
  'address': (_client_portal_billing_v1_DocumentPostalAddress__Output | null);
  'taxId': (string);
  'email': (string);
  'phone': (string);
}
