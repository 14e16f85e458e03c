// Original file: proto/billing/v1/acceptance.proto

import type { ClientDocument as _client_portal_billing_v1_ClientDocument, ClientDocument__Output as _client_portal_billing_v1_ClientDocument__Output } from '../../../client_portal/billing/v1/ClientDocument.js';
import type { AcceptanceEvidence as _client_portal_billing_v1_AcceptanceEvidence, AcceptanceEvidence__Output as _client_portal_billing_v1_AcceptanceEvidence__Output } from '../../../client_portal/billing/v1/AcceptanceEvidence.js';

export interface QuoteAnswerResult {
  'document'?: (_client_portal_billing_v1_ClientDocument | null);
  'evidence'?: (_client_portal_billing_v1_AcceptanceEvidence | null);
}

export interface QuoteAnswerResult__Output {
  'document': (_client_portal_billing_v1_ClientDocument__Output | null);
  'evidence': (_client_portal_billing_v1_AcceptanceEvidence__Output | null);
}
