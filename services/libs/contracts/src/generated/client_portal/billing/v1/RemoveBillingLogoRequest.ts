// Original file: proto/billing/v1/profile.proto


export interface RemoveBillingLogoRequest {
}

export interface RemoveBillingLogoRequest__Output {
}
