// Original file: proto/billing/v1/profile.proto


export interface SetBillingLogoRequest {
  'content'?: (Buffer | Uint8Array | string);
}

export interface SetBillingLogoRequest__Output {
  'content': (Buffer);
}
