// Original file: proto/identity/v1/partner_apps.proto


export interface RevokePartnerApplicationRequest {
  'id'?: (string);
}

export interface RevokePartnerApplicationRequest__Output {
  'id': (string);
}
