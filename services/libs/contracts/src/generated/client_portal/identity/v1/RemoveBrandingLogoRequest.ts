// Original file: proto/identity/v1/branding.proto


export interface RemoveBrandingLogoRequest {
  'expectedVersion'?: (number);
}

export interface RemoveBrandingLogoRequest__Output {
  'expectedVersion': (number);
}
