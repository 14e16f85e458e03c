// Original file: proto/partner/v1/projects.proto


export interface Milestone {
  'id'?: (string);
  'name'?: (string);
  /**
   * RFC 3339 date (YYYY-MM-DD); empty when none.
   */
  'dueDate'?: (string);
  'done'?: (boolean);
}

export interface Milestone__Output {
  'id': (string);
  'name': (string);
  /**
   * RFC 3339 date (YYYY-MM-DD); empty when none.
   */
  'dueDate': (string);
  'done': (boolean);
}
