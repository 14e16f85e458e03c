// Original file: proto/notification/v1/preferences.proto

import type { NotificationKindSetting as _client_portal_notification_v1_NotificationKindSetting, NotificationKindSetting__Output as _client_portal_notification_v1_NotificationKindSetting__Output } from '../../../client_portal/notification/v1/NotificationKindSetting.js';

export interface NotificationPreferencesView {
  'settings'?: (_client_portal_notification_v1_NotificationKindSetting)[];
  /**
   * The tenant offers text messages (a provider configured and the tenant switched SMS on).
   */
  'smsOffered'?: (boolean);
  'version'?: (number);
}

export interface NotificationPreferencesView__Output {
  'settings': (_client_portal_notification_v1_NotificationKindSetting__Output)[];
  /**
   * The tenant offers text messages (a provider configured and the tenant switched SMS on).
   */
  'smsOffered': (boolean);
  'version': (number);
}
