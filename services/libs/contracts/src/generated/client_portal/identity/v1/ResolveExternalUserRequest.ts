// Original file: proto/identity/v1/view_as.proto


export interface ResolveExternalUserRequest {
  'tenantId'?: (string);
  /**
   * The staff member asking (their identity user id, as ResolvePrincipal answered it).
   */
  'staffUserId'?: (string);
  /**
   * The client's portal user to view as.
   */
  'externalUserId'?: (string);
}

export interface ResolveExternalUserRequest__Output {
  'tenantId': (string);
  /**
   * The staff member asking (their identity user id, as ResolvePrincipal answered it).
   */
  'staffUserId': (string);
  /**
   * The client's portal user to view as.
   */
  'externalUserId': (string);
}
