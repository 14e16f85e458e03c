// Original file: proto/portal/v1/tasks.proto


/**
 * Who a task is assigned to. A client user never receives a staff member's id: `id` is empty then.
 */
export interface TaskAssignee {
  /**
   * staff or contact.
   */
  'kind'?: (string);
  'id'?: (string);
  'name'?: (string);
}

/**
 * Who a task is assigned to. A client user never receives a staff member's id: `id` is empty then.
 */
export interface TaskAssignee__Output {
  /**
   * staff or contact.
   */
  'kind': (string);
  'id': (string);
  'name': (string);
}
