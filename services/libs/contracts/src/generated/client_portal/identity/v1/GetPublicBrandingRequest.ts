// Original file: proto/identity/v1/branding.proto


export interface GetPublicBrandingRequest {
  /**
   * One of them: the sub-domain label or the tenant's slug.
   */
  'subdomain'?: (string);
  'slug'?: (string);
}

export interface GetPublicBrandingRequest__Output {
  /**
   * One of them: the sub-domain label or the tenant's slug.
   */
  'subdomain': (string);
  'slug': (string);
}
