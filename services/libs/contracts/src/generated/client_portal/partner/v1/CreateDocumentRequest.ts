// Original file: proto/partner/v1/documents.proto

import type { DocumentLineInput as _client_portal_partner_v1_DocumentLineInput, DocumentLineInput__Output as _client_portal_partner_v1_DocumentLineInput__Output } from '../../../client_portal/partner/v1/DocumentLineInput.js';

export interface CreateDocumentRequest {
  'idempotencyKey'?: (string);
  /**
   * quote or invoice.
   */
  'kind'?: (string);
  'clientId'?: (string);
  /**
   * ISO 4217; empty: EUR.
   */
  'currency'?: (string);
  /**
   * At least one.
   */
  'lines'?: (_client_portal_partner_v1_DocumentLineInput)[];
  /**
   * YYYY-MM-DD; empty: 30 days after the day it is issued.
   */
  'dueDate'?: (string);
  'notes'?: (string);
  /**
   * fr, en, es or pt; empty: the client's billing language (en when it has none).
   */
  'language'?: (string);
}

export interface CreateDocumentRequest__Output {
  'idempotencyKey': (string);
  /**
   * quote or invoice.
   */
  'kind': (string);
  'clientId': (string);
  /**
   * ISO 4217; empty: EUR.
   */
  'currency': (string);
  /**
   * At least one.
   */
  'lines': (_client_portal_partner_v1_DocumentLineInput__Output)[];
  /**
   * YYYY-MM-DD; empty: 30 days after the day it is issued.
   */
  'dueDate': (string);
  'notes': (string);
  /**
   * fr, en, es or pt; empty: the client's billing language (en when it has none).
   */
  'language': (string);
}
