// Original file: proto/partner/v1/documents.proto


export interface GetDocumentRequest {
  'id'?: (string);
}

export interface GetDocumentRequest__Output {
  'id': (string);
}
