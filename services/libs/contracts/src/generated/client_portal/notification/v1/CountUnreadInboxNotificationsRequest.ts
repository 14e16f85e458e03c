// Original file: proto/notification/v1/inbox.proto


export interface CountUnreadInboxNotificationsRequest {
}

export interface CountUnreadInboxNotificationsRequest__Output {
}
