// Original file: proto/identity/v1/identity.proto


export interface ResolvePrincipalRequest {
  /**
   * The token's `sub` (Keycloak user id).
   */
  'subject'?: (string);
  /**
   * The token's tenant_id claim; must agree with what identity knows.
   */
  'tenantId'?: (string);
}

export interface ResolvePrincipalRequest__Output {
  /**
   * The token's `sub` (Keycloak user id).
   */
  'subject': (string);
  /**
   * The token's tenant_id claim; must agree with what identity knows.
   */
  'tenantId': (string);
}
