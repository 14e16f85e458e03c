// Original file: proto/identity/v1/branding.proto


export interface BrandingLogoInfo {
  'contentType'?: (string);
  'size'?: (number);
  /**
   * SHA-256 (hex) of the bytes: cache key of the public logo URL.
   */
  'sha256'?: (string);
  'uploadedAt'?: (string);
}

export interface BrandingLogoInfo__Output {
  'contentType': (string);
  'size': (number);
  /**
   * SHA-256 (hex) of the bytes: cache key of the public logo URL.
   */
  'sha256': (string);
  'uploadedAt': (string);
}
