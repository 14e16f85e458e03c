// Original file: proto/identity/v1/partner_apps.proto


export interface UpdatePartnerApplicationRequest {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
  'scopes'?: (string)[];
  'rateLimitPerMinute'?: (number);
}

export interface UpdatePartnerApplicationRequest__Output {
  'id': (string);
  'name': (string);
  'description': (string);
  'scopes': (string)[];
  'rateLimitPerMinute': (number);
}
