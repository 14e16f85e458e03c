// Original file: proto/identity/v1/roles.proto


export interface GetPortalAccessSettingsRequest {
}

export interface GetPortalAccessSettingsRequest__Output {
}
