// Original file: proto/identity/v1/branding.proto


export interface BrandingLogo {
  'content'?: (Buffer | Uint8Array | string);
  'contentType'?: (string);
  'sha256'?: (string);
}

export interface BrandingLogo__Output {
  'content': (Buffer);
  'contentType': (string);
  'sha256': (string);
}
