// Original file: proto/notification/v1/preferences.proto


export interface UpdateNotificationChannelsRequest {
  'smsEnabled'?: (boolean);
  'expectedVersion'?: (number);
}

export interface UpdateNotificationChannelsRequest__Output {
  'smsEnabled': (boolean);
  'expectedVersion': (number);
}
