// Original file: proto/billing/v1/documents.proto


export interface IssueDocumentRequest {
  'documentId'?: (string);
  'expectedVersion'?: (number);
  /**
   * The agency's name (the seller's fallback when it has no billing profile).
   */
  'tenantName'?: (string);
}

export interface IssueDocumentRequest__Output {
  'documentId': (string);
  'expectedVersion': (number);
  /**
   * The agency's name (the seller's fallback when it has no billing profile).
   */
  'tenantName': (string);
}
