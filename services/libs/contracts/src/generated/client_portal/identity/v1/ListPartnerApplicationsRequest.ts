// Original file: proto/identity/v1/partner_apps.proto


export interface ListPartnerApplicationsRequest {
}

export interface ListPartnerApplicationsRequest__Output {
}
