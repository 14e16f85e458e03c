// Original file: proto/identity/v1/join_links.proto


export interface JoinLinkPreview {
  'tenantName'?: (string);
  /**
   * For the tenant's public branding (logo, colours, language).
   */
  'tenantSlug'?: (string);
  'scope'?: (string);
  /**
   * The workspace's name for a workspace link ('' for a tenant link): no client data beyond it.
   */
  'workspaceName'?: (string);
  /**
   * active or disabled.
   */
  'status'?: (string);
}

export interface JoinLinkPreview__Output {
  'tenantName': (string);
  /**
   * For the tenant's public branding (logo, colours, language).
   */
  'tenantSlug': (string);
  'scope': (string);
  /**
   * The workspace's name for a workspace link ('' for a tenant link): no client data beyond it.
   */
  'workspaceName': (string);
  /**
   * active or disabled.
   */
  'status': (string);
}
