// Original file: proto/identity/v1/partner_apps.proto


export interface RotatePartnerSecretRequest {
  'id'?: (string);
}

export interface RotatePartnerSecretRequest__Output {
  'id': (string);
}
