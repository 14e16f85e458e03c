// Original file: proto/portal/v1/deliverables.proto


export interface DecideDeliverableRequest {
  'deliverableId'?: (string);
  /**
   * The version the client looked at: a superseded one is refused.
   */
  'version'?: (number);
  /**
   * approve or request_changes.
   */
  'decision'?: (string);
  /**
   * Required when requesting changes.
   */
  'comment'?: (string);
  /**
   * Filled by the gateway from the HTTP request, never by the browser.
   */
  'ipAddress'?: (string);
  'userAgent'?: (string);
  'userEmail'?: (string);
}

export interface DecideDeliverableRequest__Output {
  'deliverableId': (string);
  /**
   * The version the client looked at: a superseded one is refused.
   */
  'version': (number);
  /**
   * approve or request_changes.
   */
  'decision': (string);
  /**
   * Required when requesting changes.
   */
  'comment': (string);
  /**
   * Filled by the gateway from the HTTP request, never by the browser.
   */
  'ipAddress': (string);
  'userAgent': (string);
  'userEmail': (string);
}
