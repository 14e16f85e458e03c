// Original file: proto/billing/v1/acceptance.proto

import type { AcceptanceEvidence as _client_portal_billing_v1_AcceptanceEvidence, AcceptanceEvidence__Output as _client_portal_billing_v1_AcceptanceEvidence__Output } from '../../../client_portal/billing/v1/AcceptanceEvidence.js';

export interface ListQuoteAcceptancesResponse {
  'acceptances'?: (_client_portal_billing_v1_AcceptanceEvidence)[];
}

export interface ListQuoteAcceptancesResponse__Output {
  'acceptances': (_client_portal_billing_v1_AcceptanceEvidence__Output)[];
}
