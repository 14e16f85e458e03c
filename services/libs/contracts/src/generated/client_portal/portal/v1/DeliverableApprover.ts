// Original file: proto/portal/v1/deliverables.proto


/**
 * A contact of the client who decides, in the order staff chose.
 */
export interface DeliverableApprover {
  'contactId'?: (string);
  'name'?: (string);
}

/**
 * A contact of the client who decides, in the order staff chose.
 */
export interface DeliverableApprover__Output {
  'contactId': (string);
  'name': (string);
}
