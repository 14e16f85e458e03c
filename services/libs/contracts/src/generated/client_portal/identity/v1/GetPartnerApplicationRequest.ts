// Original file: proto/identity/v1/partner_apps.proto


export interface GetPartnerApplicationRequest {
  'id'?: (string);
}

export interface GetPartnerApplicationRequest__Output {
  'id': (string);
}
