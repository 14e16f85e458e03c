// Original file: proto/notification/v1/preferences.proto


export interface NotificationPreferenceInput {
  'kind'?: (string);
  'inApp'?: (boolean);
  'email'?: (string);
  'sms'?: (boolean);
}

export interface NotificationPreferenceInput__Output {
  'kind': (string);
  'inApp': (boolean);
  'email': (string);
  'sms': (boolean);
}
