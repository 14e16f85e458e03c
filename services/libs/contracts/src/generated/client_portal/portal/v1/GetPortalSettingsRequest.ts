// Original file: proto/portal/v1/settings.proto


export interface GetPortalSettingsRequest {
}

export interface GetPortalSettingsRequest__Output {
}
