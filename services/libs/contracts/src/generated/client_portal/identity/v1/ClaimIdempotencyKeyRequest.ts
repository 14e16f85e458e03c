// Original file: proto/identity/v1/partner_apps.proto


export interface ClaimIdempotencyKeyRequest {
  'applicationId'?: (string);
  'key'?: (string);
  /**
   * The full method name: a key reused for another method is refused.
   */
  'method'?: (string);
  /**
   * SHA-256 (hex) of the request as received: a key reused with another request is refused.
   */
  'requestHash'?: (string);
}

export interface ClaimIdempotencyKeyRequest__Output {
  'applicationId': (string);
  'key': (string);
  /**
   * The full method name: a key reused for another method is refused.
   */
  'method': (string);
  /**
   * SHA-256 (hex) of the request as received: a key reused with another request is refused.
   */
  'requestHash': (string);
}
