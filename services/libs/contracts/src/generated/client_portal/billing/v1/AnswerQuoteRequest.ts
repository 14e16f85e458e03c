// Original file: proto/billing/v1/acceptance.proto


export interface AnswerQuoteRequest {
  'documentId'?: (string);
  /**
   * The signer's full name as they typed it; required.
   */
  'signerName'?: (string);
  'comment'?: (string);
  /**
   * Filled by the gateway from the HTTP request, never by the browser.
   */
  'ipAddress'?: (string);
  'userAgent'?: (string);
  /**
   * The signer's e-mail as the gateway knows it.
   */
  'userEmail'?: (string);
}

export interface AnswerQuoteRequest__Output {
  'documentId': (string);
  /**
   * The signer's full name as they typed it; required.
   */
  'signerName': (string);
  'comment': (string);
  /**
   * Filled by the gateway from the HTTP request, never by the browser.
   */
  'ipAddress': (string);
  'userAgent': (string);
  /**
   * The signer's e-mail as the gateway knows it.
   */
  'userEmail': (string);
}
