// Original file: proto/notification/v1/preferences.proto


export interface GetNotificationChannelsRequest {
}

export interface GetNotificationChannelsRequest__Output {
}
