// Original file: proto/billing/v1/documents.proto


export interface DocumentRecipient {
  'email'?: (string);
  'name'?: (string);
  'language'?: (string);
}

export interface DocumentRecipient__Output {
  'email': (string);
  'name': (string);
  'language': (string);
}
