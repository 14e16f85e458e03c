// Original file: proto/notification/v1/preferences.proto

import type { NotificationPreferenceInput as _client_portal_notification_v1_NotificationPreferenceInput, NotificationPreferenceInput__Output as _client_portal_notification_v1_NotificationPreferenceInput__Output } from '../../../client_portal/notification/v1/NotificationPreferenceInput.js';

export interface UpdateMyNotificationPreferencesRequest {
  'preferences'?: (_client_portal_notification_v1_NotificationPreferenceInput)[];
  /**
   * The version the caller read (0 when never saved).
   */
  'expectedVersion'?: (number);
}

export interface UpdateMyNotificationPreferencesRequest__Output {
  'preferences': (_client_portal_notification_v1_NotificationPreferenceInput__Output)[];
  /**
   * The version the caller read (0 when never saved).
   */
  'expectedVersion': (number);
}
