// Original file: proto/billing/v1/documents.proto


export interface VoidDocumentRequest {
  'documentId'?: (string);
  'reason'?: (string);
}

export interface VoidDocumentRequest__Output {
  'documentId': (string);
  'reason': (string);
}
