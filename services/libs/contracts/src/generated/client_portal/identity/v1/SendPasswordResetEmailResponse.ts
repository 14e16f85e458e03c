// Original file: proto/identity/v1/revocation.proto


export interface SendPasswordResetEmailResponse {
}

export interface SendPasswordResetEmailResponse__Output {
}
