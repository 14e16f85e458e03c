// Original file: proto/billing/v1/acceptance.proto


export interface ReviseQuoteRequest {
  'documentId'?: (string);
  /**
   * The version the caller read; 0 to skip the check.
   */
  'expectedVersion'?: (number);
}

export interface ReviseQuoteRequest__Output {
  'documentId': (string);
  /**
   * The version the caller read; 0 to skip the check.
   */
  'expectedVersion': (number);
}
