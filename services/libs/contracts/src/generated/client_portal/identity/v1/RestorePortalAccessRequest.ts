// Original file: proto/identity/v1/revocation.proto


export interface RestorePortalAccessRequest {
  'externalUserId'?: (string);
}

export interface RestorePortalAccessRequest__Output {
  'externalUserId': (string);
}
