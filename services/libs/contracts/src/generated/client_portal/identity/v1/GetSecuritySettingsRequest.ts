// Original file: proto/identity/v1/security.proto


export interface GetSecuritySettingsRequest {
}

export interface GetSecuritySettingsRequest__Output {
}
