// Original file: proto/identity/v1/partner_apps.proto


export interface PartnerApplicationView {
  'id'?: (string);
  'name'?: (string);
  'description'?: (string);
  /**
   * The OAuth client id the application asks Keycloak tokens with (`partner-<short id>`).
   */
  'clientId'?: (string);
  /**
   * Sorted; each one of PARTNER_SCOPES (clients:read, clients:write, projects:read, workspaces:read,
   * documents:read, documents:write, payments:read, payments:write, messages:read, messages:write,
   * files:read).
   */
  'scopes'?: (string)[];
  /**
   * Calls per minute before RESOURCE_EXHAUSTED (10..6000, default 600).
   */
  'rateLimitPerMinute'?: (number);
  /**
   * active or revoked.
   */
  'status'?: (string);
  /**
   * The first 4 characters of the current secret, to tell secrets apart ("a1b2…").
   */
  'secretHint'?: (string);
  'createdAt'?: (string);
  'createdByName'?: (string);
  'secretRotatedAt'?: (string);
  'revokedAt'?: (string);
  /**
   * When a token of this application was last accepted (at most a minute stale); empty if never.
   */
  'lastUsedAt'?: (string);
}

export interface PartnerApplicationView__Output {
  'id': (string);
  'name': (string);
  'description': (string);
  /**
   * The OAuth client id the application asks Keycloak tokens with (`partner-<short id>`).
   */
  'clientId': (string);
  /**
   * Sorted; each one of PARTNER_SCOPES (clients:read, clients:write, projects:read, workspaces:read,
   * documents:read, documents:write, payments:read, payments:write, messages:read, messages:write,
   * files:read).
   */
  'scopes': (string)[];
  /**
   * Calls per minute before RESOURCE_EXHAUSTED (10..6000, default 600).
   */
  'rateLimitPerMinute': (number);
  /**
   * active or revoked.
   */
  'status': (string);
  /**
   * The first 4 characters of the current secret, to tell secrets apart ("a1b2…").
   */
  'secretHint': (string);
  'createdAt': (string);
  'createdByName': (string);
  'secretRotatedAt': (string);
  'revokedAt': (string);
  /**
   * When a token of this application was last accepted (at most a minute stale); empty if never.
   */
  'lastUsedAt': (string);
}
