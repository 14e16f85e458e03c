// Original file: proto/identity/v1/branding.proto


export interface SetBrandingLogoRequest {
  'content'?: (Buffer | Uint8Array | string);
  'expectedVersion'?: (number);
}

export interface SetBrandingLogoRequest__Output {
  'content': (Buffer);
  'expectedVersion': (number);
}
