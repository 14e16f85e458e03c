// Original file: proto/notification/v1/inbox.proto


export interface MarkInboxNotificationReadRequest {
  'notificationId'?: (string);
}

export interface MarkInboxNotificationReadRequest__Output {
  'notificationId': (string);
}
