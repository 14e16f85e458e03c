// Original file: proto/partner/v1/documents.proto


export interface IssueDocumentRequest {
  'idempotencyKey'?: (string);
  'id'?: (string);
}

export interface IssueDocumentRequest__Output {
  'idempotencyKey': (string);
  'id': (string);
}
