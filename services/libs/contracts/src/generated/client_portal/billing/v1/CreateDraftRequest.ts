// Original file: proto/billing/v1/documents.proto

import type { DocumentLineInput as _client_portal_billing_v1_DocumentLineInput, DocumentLineInput__Output as _client_portal_billing_v1_DocumentLineInput__Output } from '../../../client_portal/billing/v1/DocumentLineInput.js';

export interface CreateDraftRequest {
  'clientId'?: (string);
  /**
   * The gateway fills it from crm.
   */
  'clientName'?: (string);
  'kind'?: (string);
  /**
   * ISO 4217; EUR when empty.
   */
  'currency'?: (string);
  /**
   * en, fr, es, pt; en when empty.
   */
  'language'?: (string);
  'lines'?: (_client_portal_billing_v1_DocumentLineInput)[];
  /**
   * YYYY-MM-DD or empty (the day it is issued).
   */
  'issueDate'?: (string);
  /**
   * YYYY-MM-DD or empty (30 days after issue for invoices, proformas and quotes).
   */
  'dueDate'?: (string);
  'notes'?: (string);
  'terms'?: (string);
}

export interface CreateDraftRequest__Output {
  'clientId': (string);
  /**
   * The gateway fills it from crm.
   */
  'clientName': (string);
  'kind': (string);
  /**
   * ISO 4217; EUR when empty.
   */
  'currency': (string);
  /**
   * en, fr, es, pt; en when empty.
   */
  'language': (string);
  'lines': (_client_portal_billing_v1_DocumentLineInput__Output)[];
  /**
   * YYYY-MM-DD or empty (the day it is issued).
   */
  'issueDate': (string);
  /**
   * YYYY-MM-DD or empty (30 days after issue for invoices, proformas and quotes).
   */
  'dueDate': (string);
  'notes': (string);
  'terms': (string);
}
