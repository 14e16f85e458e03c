// Original file: proto/notification/v1/inbox.proto


export interface MarkAllInboxNotificationsReadRequest {
}

export interface MarkAllInboxNotificationsReadRequest__Output {
}
