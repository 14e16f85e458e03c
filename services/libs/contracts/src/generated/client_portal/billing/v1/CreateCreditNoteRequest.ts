// Original file: proto/billing/v1/documents.proto

import type { DocumentLineInput as _client_portal_billing_v1_DocumentLineInput, DocumentLineInput__Output as _client_portal_billing_v1_DocumentLineInput__Output } from '../../../client_portal/billing/v1/DocumentLineInput.js';

export interface CreateCreditNoteRequest {
  'invoiceId'?: (string);
  /**
   * The lines credited; all the invoice's lines when empty.
   */
  'lines'?: (_client_portal_billing_v1_DocumentLineInput)[];
}

export interface CreateCreditNoteRequest__Output {
  'invoiceId': (string);
  /**
   * The lines credited; all the invoice's lines when empty.
   */
  'lines': (_client_portal_billing_v1_DocumentLineInput__Output)[];
}
