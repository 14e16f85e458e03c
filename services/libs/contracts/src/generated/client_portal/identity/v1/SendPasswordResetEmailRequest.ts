// Original file: proto/identity/v1/revocation.proto


export interface SendPasswordResetEmailRequest {
  'externalUserId'?: (string);
}

export interface SendPasswordResetEmailRequest__Output {
  'externalUserId': (string);
}
