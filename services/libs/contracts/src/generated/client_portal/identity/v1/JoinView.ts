// Original file: proto/identity/v1/join_links.proto


export interface JoinView {
  'id'?: (string);
  'linkId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  /**
   * started (the form was accepted, the account is being made), joined, or refused (rate limited).
   */
  'status'?: (string);
  'clientId'?: (string);
  'clientName'?: (string);
  'workspaceId'?: (string);
  'ipAddress'?: (string);
  'createdAt'?: (string);
  'joinedAt'?: (string);
}

export interface JoinView__Output {
  'id': (string);
  'linkId': (string);
  'email': (string);
  'displayName': (string);
  /**
   * started (the form was accepted, the account is being made), joined, or refused (rate limited).
   */
  'status': (string);
  'clientId': (string);
  'clientName': (string);
  'workspaceId': (string);
  'ipAddress': (string);
  'createdAt': (string);
  'joinedAt': (string);
}
