// Original file: proto/billing/v1/documents.proto

import type { DocumentLineInput as _client_portal_billing_v1_DocumentLineInput, DocumentLineInput__Output as _client_portal_billing_v1_DocumentLineInput__Output } from '../../../client_portal/billing/v1/DocumentLineInput.js';

export interface UpdateDraftRequest {
  'documentId'?: (string);
  'expectedVersion'?: (number);
  'currency'?: (string);
  'language'?: (string);
  'lines'?: (_client_portal_billing_v1_DocumentLineInput)[];
  'issueDate'?: (string);
  'dueDate'?: (string);
  'notes'?: (string);
  'terms'?: (string);
}

export interface UpdateDraftRequest__Output {
  'documentId': (string);
  'expectedVersion': (number);
  'currency': (string);
  'language': (string);
  'lines': (_client_portal_billing_v1_DocumentLineInput__Output)[];
  'issueDate': (string);
  'dueDate': (string);
  'notes': (string);
  'terms': (string);
}
