// Original file: proto/identity/v1/security.proto


export interface SecuritySettingsView {
  'tenantId'?: (string);
  /**
   * Accepting a quote, approving a deliverable or paying needs a sign-in younger than this; 0 = off.
   */
  'stepUpMaxAgeSeconds'?: (number);
  'version'?: (number);
  'updatedAt'?: (string);
  /**
   * The staff member who last changed the settings (staff id); empty when never changed.
   */
  'updatedBy'?: (string);
}

export interface SecuritySettingsView__Output {
  'tenantId': (string);
  /**
   * Accepting a quote, approving a deliverable or paying needs a sign-in younger than this; 0 = off.
   */
  'stepUpMaxAgeSeconds': (number);
  'version': (number);
  'updatedAt': (string);
  /**
   * The staff member who last changed the settings (staff id); empty when never changed.
   */
  'updatedBy': (string);
}
