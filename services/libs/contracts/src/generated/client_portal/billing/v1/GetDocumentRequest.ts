// Original file: proto/billing/v1/documents.proto


export interface GetDocumentRequest {
  'documentId'?: (string);
}

export interface GetDocumentRequest__Output {
  'documentId': (string);
}
