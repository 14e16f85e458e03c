// Original file: proto/billing/v1/documents.proto


export interface DeleteDraftRequest {
  'documentId'?: (string);
  'expectedVersion'?: (number);
}

export interface DeleteDraftRequest__Output {
  'documentId': (string);
  'expectedVersion': (number);
}
