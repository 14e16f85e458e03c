// Original file: proto/notification/v1/preferences.proto


export interface NotificationChannelsView {
  /**
   * The deployment has an SMS provider configured.
   */
  'smsAvailable'?: (boolean);
  'smsEnabled'?: (boolean);
  'version'?: (number);
}

export interface NotificationChannelsView__Output {
  /**
   * The deployment has an SMS provider configured.
   */
  'smsAvailable': (boolean);
  'smsEnabled': (boolean);
  'version': (number);
}
