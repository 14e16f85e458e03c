// Original file: proto/identity/v1/branding.proto


export interface UpdateBrandingRequest {
  'portalName'?: (string);
  'primaryColor'?: (string);
  'accentColor'?: (string);
  'defaultLanguage'?: (string);
  'subdomain'?: (string);
  'expectedVersion'?: (number);
  /**
   * Issue 12: the whole branding is sent on each save, so empty clears them.
   */
  'senderName'?: (string);
  'replyTo'?: (string);
}

export interface UpdateBrandingRequest__Output {
  'portalName': (string);
  'primaryColor': (string);
  'accentColor': (string);
  'defaultLanguage': (string);
  'subdomain': (string);
  'expectedVersion': (number);
  /**
   * Issue 12: the whole branding is sent on each save, so empty clears them.
   */
  'senderName': (string);
  'replyTo': (string);
}
