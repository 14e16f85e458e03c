// Original file: proto/notification/v1/templates.proto

import type { NotificationTemplateSummary as _client_portal_notification_v1_NotificationTemplateSummary, NotificationTemplateSummary__Output as _client_portal_notification_v1_NotificationTemplateSummary__Output } from '../../../client_portal/notification/v1/NotificationTemplateSummary.js';

export interface ListNotificationTemplatesResponse {
  'templates'?: (_client_portal_notification_v1_NotificationTemplateSummary)[];
  /**
   * The tenant's default language: what a preview without a language speaks.
   */
  'defaultLanguage'?: (string);
}

export interface ListNotificationTemplatesResponse__Output {
  'templates': (_client_portal_notification_v1_NotificationTemplateSummary__Output)[];
  /**
   * The tenant's default language: what a preview without a language speaks.
   */
  'defaultLanguage': (string);
}
