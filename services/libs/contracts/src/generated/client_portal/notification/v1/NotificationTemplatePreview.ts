// Original file: proto/notification/v1/templates.proto


export interface NotificationTemplatePreview {
  'template'?: (string);
  'language'?: (string);
  'audience'?: (string);
  'subject'?: (string);
  /**
   * The whole HTML part as sent (branding included).
   */
  'html'?: (string);
  'text'?: (string);
  /**
   * The From display name; empty: the platform's sender.
   */
  'fromName'?: (string);
  'fromAddress'?: (string);
  /**
   * Empty: no Reply-To.
   */
  'replyTo'?: (string);
  /**
   * Empty: the template does not go by SMS.
   */
  'sms'?: (string);
  /**
   * Empty title: no in-app entry.
   */
  'inAppTitle'?: (string);
  'inAppBody'?: (string);
  'inAppLink'?: (string);
}

export interface NotificationTemplatePreview__Output {
  'template': (string);
  'language': (string);
  'audience': (string);
  'subject': (string);
  /**
   * The whole HTML part as sent (branding included).
   */
  'html': (string);
  'text': (string);
  /**
   * The From display name; empty: the platform's sender.
   */
  'fromName': (string);
  'fromAddress': (string);
  /**
   * Empty: no Reply-To.
   */
  'replyTo': (string);
  /**
   * Empty: the template does not go by SMS.
   */
  'sms': (string);
  /**
   * Empty title: no in-app entry.
   */
  'inAppTitle': (string);
  'inAppBody': (string);
  'inAppLink': (string);
}
