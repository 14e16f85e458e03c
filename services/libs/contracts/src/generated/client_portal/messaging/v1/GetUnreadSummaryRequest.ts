// Original file: proto/messaging/v1/conversations.proto


export interface GetUnreadSummaryRequest {
}

export interface GetUnreadSummaryRequest__Output {
}
