// Original file: proto/billing/v1/documents.proto


export interface RenderDocumentPdfRequest {
  'documentId'?: (string);
}

export interface RenderDocumentPdfRequest__Output {
  'documentId': (string);
}
