// Original file: proto/billing/v1/documents.proto


export interface DocumentSource {
  /**
   * quote, invoice, order, subscription, duplicate, or empty.
   */
  'kind'?: (string);
  'id'?: (string);
}

export interface DocumentSource__Output {
  /**
   * quote, invoice, order, subscription, duplicate, or empty.
   */
  'kind': (string);
  'id': (string);
}
