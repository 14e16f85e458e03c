// Original file: proto/notification/v1/templates.proto


export interface ListNotificationTemplatesRequest {
}

export interface ListNotificationTemplatesRequest__Output {
}
