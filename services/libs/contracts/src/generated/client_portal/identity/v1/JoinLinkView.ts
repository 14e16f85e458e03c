// Original file: proto/identity/v1/join_links.proto


export interface JoinLinkView {
  'id'?: (string);
  /**
   * tenant or workspace.
   */
  'scope'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'workspaceId'?: (string);
  'workspaceName'?: (string);
  /**
   * The role id joiners get (decision-maker, technical, billing, observer, or a tenant role).
   */
  'role'?: (string);
  'createContact'?: (boolean);
  /**
   * active or disabled.
   */
  'status'?: (string);
  /**
   * The secret of the URL (/join/<token>); staff copy it again whenever they like.
   */
  'token'?: (string);
  'createdBy'?: (string);
  'createdAt'?: (string);
  /**
   * '' until the first reset.
   */
  'resetAt'?: (string);
  'joinCount'?: (number);
  'lastJoinedAt'?: (string);
}

export interface JoinLinkView__Output {
  'id': (string);
  /**
   * tenant or workspace.
   */
  'scope': (string);
  'clientId': (string);
  'clientName': (string);
  'workspaceId': (string);
  'workspaceName': (string);
  /**
   * The role id joiners get (decision-maker, technical, billing, observer, or a tenant role).
   */
  'role': (string);
  'createContact': (boolean);
  /**
   * active or disabled.
   */
  'status': (string);
  /**
   * The secret of the URL (/join/<token>); staff copy it again whenever they like.
   */
  'token': (string);
  'createdBy': (string);
  'createdAt': (string);
  /**
   * '' until the first reset.
   */
  'resetAt': (string);
  'joinCount': (number);
  'lastJoinedAt': (string);
}
