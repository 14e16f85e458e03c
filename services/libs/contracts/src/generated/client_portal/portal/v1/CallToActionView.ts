// Original file: proto/portal/v1/settings.proto


export interface CallToActionView {
  'id'?: (string);
  /**
   * payments, documents, contact, booking or link.
   */
  'kind'?: (string);
  /**
   * Empty: the web app's translated label for the kind.
   */
  'label'?: (string);
  /**
   * https URL for booking and link; empty for the kinds leading inside the portal.
   */
  'url'?: (string);
}

export interface CallToActionView__Output {
  'id': (string);
  /**
   * payments, documents, contact, booking or link.
   */
  'kind': (string);
  /**
   * Empty: the web app's translated label for the kind.
   */
  'label': (string);
  /**
   * https URL for booking and link; empty for the kinds leading inside the portal.
   */
  'url': (string);
}
