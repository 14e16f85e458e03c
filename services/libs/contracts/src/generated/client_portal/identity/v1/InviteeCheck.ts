// Original file: proto/identity/v1/invitations.proto


export interface InviteeCheck {
  /**
   * As normalised (trimmed, lower case).
   */
  'email'?: (string);
  /**
   * Empty: may be invited. staff_member: a member of the agency team. other_client: already a portal
   * user of another client of this tenant.
   */
  'problem'?: (string);
  'message'?: (string);
}

export interface InviteeCheck__Output {
  /**
   * As normalised (trimmed, lower case).
   */
  'email': (string);
  /**
   * Empty: may be invited. staff_member: a member of the agency team. other_client: already a portal
   * user of another client of this tenant.
   */
  'problem': (string);
  'message': (string);
}
