// Original file: proto/billing/v1/documents.proto


export interface DuplicateDocumentRequest {
  'documentId'?: (string);
  /**
   * The new draft's kind; the same as the original when empty.
   */
  'kind'?: (string);
}

export interface DuplicateDocumentRequest__Output {
  'documentId': (string);
  /**
   * The new draft's kind; the same as the original when empty.
   */
  'kind': (string);
}
