// Original file: proto/billing/v1/profile.proto


export interface BillingLogo {
  'content'?: (Buffer | Uint8Array | string);
  'contentType'?: (string);
  'sha256'?: (string);
}

export interface BillingLogo__Output {
  'content': (Buffer);
  'contentType': (string);
  'sha256': (string);
}
