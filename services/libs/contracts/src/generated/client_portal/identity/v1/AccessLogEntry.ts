// Original file: proto/identity/v1/revocation.proto


export interface AccessLogEntry {
  'id'?: (string);
  'externalUserId'?: (string);
  /**
   * The person whose access changed, as they were named then.
   */
  'userName'?: (string);
  'userEmail'?: (string);
  /**
   * portal_revoked, portal_restored, workspace_removed, converted_to_staff, password_reset_sent.
   */
  'action'?: (string);
  /**
   * The workspace for workspace_removed; empty otherwise.
   */
  'workspaceId'?: (string);
  'actorId'?: (string);
  'actorName'?: (string);
  'reason'?: (string);
  /**
   * RFC 3339.
   */
  'at'?: (string);
}

export interface AccessLogEntry__Output {
  'id': (string);
  'externalUserId': (string);
  /**
   * The person whose access changed, as they were named then.
   */
  'userName': (string);
  'userEmail': (string);
  /**
   * portal_revoked, portal_restored, workspace_removed, converted_to_staff, password_reset_sent.
   */
  'action': (string);
  /**
   * The workspace for workspace_removed; empty otherwise.
   */
  'workspaceId': (string);
  'actorId': (string);
  'actorName': (string);
  'reason': (string);
  /**
   * RFC 3339.
   */
  'at': (string);
}
