// Original file: proto/billing/v1/acceptance.proto


export interface GetClientDocumentRequest {
  'documentId'?: (string);
}

export interface GetClientDocumentRequest__Output {
  'documentId': (string);
}
