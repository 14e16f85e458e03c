// Original file: proto/identity/v1/invitations.proto


export interface IssuedInvitationLink {
  /**
   * pending, accepted, expired or cancelled: only a pending invitation gets a link.
   */
  'status'?: (string);
  /**
   * Empty unless pending (and, for a client invitation, the address can be used here).
   */
  'acceptUrl'?: (string);
  /**
   * The address signs in to another organisation's portal: the e-mail tells the person it cannot be
   * used here, without a link.
   */
  'addressUnavailable'?: (boolean);
}

export interface IssuedInvitationLink__Output {
  /**
   * pending, accepted, expired or cancelled: only a pending invitation gets a link.
   */
  'status': (string);
  /**
   * Empty unless pending (and, for a client invitation, the address can be used here).
   */
  'acceptUrl': (string);
  /**
   * The address signs in to another organisation's portal: the e-mail tells the person it cannot be
   * used here, without a link.
   */
  'addressUnavailable': (boolean);
}
