// Original file: proto/billing/v1/acceptance.proto

import type { PublicAcceptance as _client_portal_billing_v1_PublicAcceptance, PublicAcceptance__Output as _client_portal_billing_v1_PublicAcceptance__Output } from '../../../client_portal/billing/v1/PublicAcceptance.js';

export interface VerifyAcceptancePdfResponse {
  /**
   * The SHA-256 of the bytes sent equals the evidence's.
   */
  'matches'?: (boolean);
  'pdfSha256'?: (string);
  'acceptance'?: (_client_portal_billing_v1_PublicAcceptance | null);
}

export interface VerifyAcceptancePdfResponse__Output {
  /**
   * The SHA-256 of the bytes sent equals the evidence's.
   */
  'matches': (boolean);
  'pdfSha256': (string);
  'acceptance': (_client_portal_billing_v1_PublicAcceptance__Output | null);
}
