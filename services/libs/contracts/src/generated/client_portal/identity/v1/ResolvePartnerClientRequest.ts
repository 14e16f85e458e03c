// Original file: proto/identity/v1/partner_apps.proto


export interface ResolvePartnerClientRequest {
  'clientId'?: (string);
}

export interface ResolvePartnerClientRequest__Output {
  'clientId': (string);
}
