// Original file: proto/notification/v1/notification.proto


export interface RetryNotificationRequest {
  'id'?: (string);
}

export interface RetryNotificationRequest__Output {
  'id': (string);
}
