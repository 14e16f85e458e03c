// Original file: proto/notification/v1/templates.proto


export interface PreviewNotificationTemplateRequest {
  'template'?: (string);
  /**
   * fr, en, es or pt; empty: the tenant's default.
   */
  'language'?: (string);
}

export interface PreviewNotificationTemplateRequest__Output {
  'template': (string);
  /**
   * fr, en, es or pt; empty: the tenant's default.
   */
  'language': (string);
}
