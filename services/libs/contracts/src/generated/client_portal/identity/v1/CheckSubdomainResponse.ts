// Original file: proto/identity/v1/branding.proto


export interface CheckSubdomainResponse {
  'subdomain'?: (string);
  'available'?: (boolean);
  /**
   * Empty when available; else invalid_format, too_short, too_long, reserved or taken.
   */
  'reason'?: (string);
  'message'?: (string);
}

export interface CheckSubdomainResponse__Output {
  'subdomain': (string);
  'available': (boolean);
  /**
   * Empty when available; else invalid_format, too_short, too_long, reserved or taken.
   */
  'reason': (string);
  'message': (string);
}
