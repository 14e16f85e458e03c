/** What SetPasswordPage needs of an invitation preview (client and staff previews both fit). */
export interface InvitationPreviewLike {
  email: string;
  status: string;
}

/** A reason the invitation cannot take a password, shown in place of the form. */
export interface InvitationNotice {
  testid: string;
  tone: 'info' | 'error';
  text: string;
}
