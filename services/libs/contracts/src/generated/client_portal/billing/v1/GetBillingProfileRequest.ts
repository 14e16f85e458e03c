// Original file: proto/billing/v1/profile.proto


export interface GetBillingProfileRequest {
}

export interface GetBillingProfileRequest__Output {
}
