// Original file: proto/billing/v1/profile.proto

import type { BillingAddress as _client_portal_billing_v1_BillingAddress, BillingAddress__Output as _client_portal_billing_v1_BillingAddress__Output } from '../../../client_portal/billing/v1/BillingAddress.js';

export interface PreviewBillingPdfRequest {
  /**
   * en, fr, es or pt; en when empty.
   */
  'language'?: (string);
  /**
   * quote, proforma, invoice, credit_note or delivery_note; invoice when empty.
   */
  'kind'?: (string);
  /**
   * The agency's name, used where the profile has no trading name.
   */
  'tenantName'?: (string);
  /**
   * Optional: address the sample to this client (its billing details, falling back to the crm name
   * and address below) and, when language is empty, speak the client's language.
   */
  'clientId'?: (string);
  'clientName'?: (string);
  'clientAddress'?: (_client_portal_billing_v1_BillingAddress | null);
}

export interface PreviewBillingPdfRequest__Output {
  /**
   * en, fr, es or pt; en when empty.
   */
  'language': (string);
  /**
   * quote, proforma, invoice, credit_note or delivery_note; invoice when empty.
   */
  'kind': (string);
  /**
   * The agency's name, used where the profile has no trading name.
   */
  'tenantName': (string);
  /**
   * Optional: address the sample to this client (its billing details, falling back to the crm name
   * and address below) and, when language is empty, speak the client's language.
   */
  'clientId': (string);
  'clientName': (string);
  'clientAddress': (_client_portal_billing_v1_BillingAddress__Output | null);
}
