// Original file: proto/identity/v1/branding.proto


export interface GetBrandingRequest {
}

export interface GetBrandingRequest__Output {
}
