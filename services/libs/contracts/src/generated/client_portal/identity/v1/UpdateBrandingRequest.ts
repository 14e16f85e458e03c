// Original file: proto/identity/v1/branding.proto


export interface UpdateBrandingRequest {
  'portalName'?: (string);
  'primaryColor'?: (string);
  'accentColor'?: (string);
  'defaultLanguage'?: (string);
  'subdomain'?: (string);
  'expectedVersion'?: (number);
}

export interface UpdateBrandingRequest__Output {
  'portalName': (string);
  'primaryColor': (string);
  'accentColor': (string);
  'defaultLanguage': (string);
  'subdomain': (string);
  'expectedVersion': (number);
}
