// Original file: proto/partner/v1/documents.proto


export interface GetDocumentPdfRequest {
  'id'?: (string);
}

export interface GetDocumentPdfRequest__Output {
  'id': (string);
}
