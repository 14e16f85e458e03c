// Original file: proto/billing/v1/acceptance.proto


export interface AcceptanceEvidence {
  'acceptanceId'?: (string);
  'documentId'?: (string);
  'number'?: (string);
  'revision'?: (number);
  'decision'?: (string);
  'pdfSha256'?: (string);
  'signerName'?: (string);
  'comment'?: (string);
  'userId'?: (string);
  'userEmail'?: (string);
  'answeredAt'?: (string);
  'ipAddress'?: (string);
  'userAgent'?: (string);
  /**
   * valid or voided.
   */
  'state'?: (string);
  'voidedAt'?: (string);
  'voidReason'?: (string);
}

export interface AcceptanceEvidence__Output {
  'acceptanceId': (string);
  'documentId': (string);
  'number': (string);
  'revision': (number);
  'decision': (string);
  'pdfSha256': (string);
  'signerName': (string);
  'comment': (string);
  'userId': (string);
  'userEmail': (string);
  'answeredAt': (string);
  'ipAddress': (string);
  'userAgent': (string);
  /**
   * valid or voided.
   */
  'state': (string);
  'voidedAt': (string);
  'voidReason': (string);
}
