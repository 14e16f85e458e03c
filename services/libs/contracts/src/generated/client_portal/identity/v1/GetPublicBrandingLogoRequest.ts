// Original file: proto/identity/v1/branding.proto


export interface GetPublicBrandingLogoRequest {
  'slug'?: (string);
}

export interface GetPublicBrandingLogoRequest__Output {
  'slug': (string);
}
