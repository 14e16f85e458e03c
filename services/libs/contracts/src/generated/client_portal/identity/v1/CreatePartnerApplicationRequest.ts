// Original file: proto/identity/v1/partner_apps.proto


export interface CreatePartnerApplicationRequest {
  'name'?: (string);
  'description'?: (string);
  'scopes'?: (string)[];
  /**
   * 0 = the default (600).
   */
  'rateLimitPerMinute'?: (number);
}

export interface CreatePartnerApplicationRequest__Output {
  'name': (string);
  'description': (string);
  'scopes': (string)[];
  /**
   * 0 = the default (600).
   */
  'rateLimitPerMinute': (number);
}
