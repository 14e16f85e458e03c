// Original file: proto/billing/v1/profile.proto


export interface GetBillingLogoRequest {
}

export interface GetBillingLogoRequest__Output {
}
