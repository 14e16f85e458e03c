// Original file: proto/identity/v1/revocation.proto


export interface RevokePortalAccessRequest {
  'externalUserId'?: (string);
  /**
   * Why (kept in the access log; optional, at most 500 characters).
   */
  'reason'?: (string);
}

export interface RevokePortalAccessRequest__Output {
  'externalUserId': (string);
  /**
   * Why (kept in the access log; optional, at most 500 characters).
   */
  'reason': (string);
}
