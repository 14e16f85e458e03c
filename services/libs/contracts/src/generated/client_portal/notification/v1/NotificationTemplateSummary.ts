// Original file: proto/notification/v1/templates.proto


export interface NotificationTemplateSummary {
  /**
   * invitation, new-message, ...
   */
  'template'?: (string);
  /**
   * client or staff: who receives it.
   */
  'audience'?: (string);
  'hasSms'?: (boolean);
  'hasInApp'?: (boolean);
}

export interface NotificationTemplateSummary__Output {
  /**
   * invitation, new-message, ...
   */
  'template': (string);
  /**
   * client or staff: who receives it.
   */
  'audience': (string);
  'hasSms': (boolean);
  'hasInApp': (boolean);
}
