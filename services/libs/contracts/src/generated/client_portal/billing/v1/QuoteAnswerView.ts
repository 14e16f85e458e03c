// Original file: proto/billing/v1/acceptance.proto


export interface QuoteAnswerView {
  /**
   * accepted or rejected.
   */
  'decision'?: (string);
  'acceptanceId'?: (string);
  'signerName'?: (string);
  'comment'?: (string);
  'answeredAt'?: (string);
  'pdfSha256'?: (string);
  'revision'?: (number);
}

export interface QuoteAnswerView__Output {
  /**
   * accepted or rejected.
   */
  'decision': (string);
  'acceptanceId': (string);
  'signerName': (string);
  'comment': (string);
  'answeredAt': (string);
  'pdfSha256': (string);
  'revision': (number);
}
