// Original file: proto/crm/v1/crm.proto


/**
 * One status change of a client: who (a staff member id and their name then) and when.
 */
export interface ClientStatusChange {
  /**
   * Empty for the client's first status (at creation).
   */
  'from'?: (string);
  'to'?: (string);
  'changedBy'?: (string);
  'changedByName'?: (string);
  'changedAt'?: (string);
}

/**
 * One status change of a client: who (a staff member id and their name then) and when.
 */
export interface ClientStatusChange__Output {
  /**
   * Empty for the client's first status (at creation).
   */
  'from': (string);
  'to': (string);
  'changedBy': (string);
  'changedByName': (string);
  'changedAt': (string);
}
