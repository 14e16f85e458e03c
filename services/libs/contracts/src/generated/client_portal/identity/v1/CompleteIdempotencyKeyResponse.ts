// Original file: proto/identity/v1/partner_apps.proto


export interface CompleteIdempotencyKeyResponse {
}

export interface CompleteIdempotencyKeyResponse__Output {
}
