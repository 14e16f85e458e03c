// Original file: proto/identity/v1/invitations.proto


export interface IssueInvitationLinkRequest {
  /**
   * client or staff.
   */
  'kind'?: (string);
  'id'?: (string);
}

export interface IssueInvitationLinkRequest__Output {
  /**
   * client or staff.
   */
  'kind': (string);
  'id': (string);
}
