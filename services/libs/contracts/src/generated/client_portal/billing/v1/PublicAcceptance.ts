// Original file: proto/billing/v1/acceptance.proto


export interface PublicAcceptance {
  'acceptanceId'?: (string);
  'number'?: (string);
  'revision'?: (number);
  'decision'?: (string);
  'signerName'?: (string);
  'answeredAt'?: (string);
  'pdfSha256'?: (string);
  /**
   * valid or voided.
   */
  'state'?: (string);
  'voidedAt'?: (string);
  'voidReason'?: (string);
  /**
   * The names printed on the document.
   */
  'sellerName'?: (string);
  'buyerName'?: (string);
}

export interface PublicAcceptance__Output {
  'acceptanceId': (string);
  'number': (string);
  'revision': (number);
  'decision': (string);
  'signerName': (string);
  'answeredAt': (string);
  'pdfSha256': (string);
  /**
   * valid or voided.
   */
  'state': (string);
  'voidedAt': (string);
  'voidReason': (string);
  /**
   * The names printed on the document.
   */
  'sellerName': (string);
  'buyerName': (string);
}
