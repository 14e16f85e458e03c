// Original file: proto/identity/v1/branding.proto


export interface CheckSubdomainRequest {
  'subdomain'?: (string);
}

export interface CheckSubdomainRequest__Output {
  'subdomain': (string);
}
