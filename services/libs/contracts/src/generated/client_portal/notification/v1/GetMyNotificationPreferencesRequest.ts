// Original file: proto/notification/v1/preferences.proto


export interface GetMyNotificationPreferencesRequest {
}

export interface GetMyNotificationPreferencesRequest__Output {
}
