// Original file: proto/notification/v1/preferences.proto


export interface ResetMyNotificationPreferencesRequest {
  'expectedVersion'?: (number);
}

export interface ResetMyNotificationPreferencesRequest__Output {
  'expectedVersion': (number);
}
