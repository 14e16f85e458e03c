// Original file: proto/identity/v1/branding.proto


export interface PublicBranding {
  'slug'?: (string);
  'name'?: (string);
  'primaryColor'?: (string);
  'accentColor'?: (string);
  'defaultLanguage'?: (string);
  /**
   * Empty: no logo; else the SHA-256 of the logo's bytes (the public URL's cache key).
   */
  'logoSha256'?: (string);
}

export interface PublicBranding__Output {
  'slug': (string);
  'name': (string);
  'primaryColor': (string);
  'accentColor': (string);
  'defaultLanguage': (string);
  /**
   * Empty: no logo; else the SHA-256 of the logo's bytes (the public URL's cache key).
   */
  'logoSha256': (string);
}
