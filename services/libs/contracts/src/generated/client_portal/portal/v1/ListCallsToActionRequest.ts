// Original file: proto/portal/v1/settings.proto


export interface ListCallsToActionRequest {
}

export interface ListCallsToActionRequest__Output {
}
