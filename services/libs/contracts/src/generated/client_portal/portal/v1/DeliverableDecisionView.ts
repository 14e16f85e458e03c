// Original file: proto/portal/v1/deliverables.proto


/**
 * One decision as the deliverable shows it. Client users get user_id, user_email, ip_address and
 * user_agent empty (the staff side of the evidence).
 */
export interface DeliverableDecisionView {
  'decisionId'?: (string);
  'version'?: (number);
  /**
   * approved or changes_requested.
   */
  'decision'?: (string);
  'comment'?: (string);
  'approverName'?: (string);
  'contactId'?: (string);
  'userId'?: (string);
  'userEmail'?: (string);
  'decidedAt'?: (string);
  'sha256'?: (string);
  'ipAddress'?: (string);
  'userAgent'?: (string);
  /**
   * valid or voided (a later version was uploaded).
   */
  'state'?: (string);
  'voidedAt'?: (string);
  'voidReason'?: (string);
}

/**
 * One decision as the deliverable shows it. Client users get user_id, user_email, ip_address and
 * user_agent empty (the staff side of the evidence).
 */
export interface DeliverableDecisionView__Output {
  'decisionId': (string);
  'version': (number);
  /**
   * approved or changes_requested.
   */
  'decision': (string);
  'comment': (string);
  'approverName': (string);
  'contactId': (string);
  'userId': (string);
  'userEmail': (string);
  'decidedAt': (string);
  'sha256': (string);
  'ipAddress': (string);
  'userAgent': (string);
  /**
   * valid or voided (a later version was uploaded).
   */
  'state': (string);
  'voidedAt': (string);
  'voidReason': (string);
}
