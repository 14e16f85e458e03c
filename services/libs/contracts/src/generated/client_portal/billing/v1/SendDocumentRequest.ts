// Original file: proto/billing/v1/documents.proto

import type { DocumentRecipient as _client_portal_billing_v1_DocumentRecipient, DocumentRecipient__Output as _client_portal_billing_v1_DocumentRecipient__Output } from '../../../client_portal/billing/v1/DocumentRecipient.js';

export interface SendDocumentRequest {
  'documentId'?: (string);
  /**
   * Who receives it; the client's billing recipients when empty.
   */
  'recipients'?: (_client_portal_billing_v1_DocumentRecipient)[];
  'message'?: (string);
}

export interface SendDocumentRequest__Output {
  'documentId': (string);
  /**
   * Who receives it; the client's billing recipients when empty.
   */
  'recipients': (_client_portal_billing_v1_DocumentRecipient__Output)[];
  'message': (string);
}
