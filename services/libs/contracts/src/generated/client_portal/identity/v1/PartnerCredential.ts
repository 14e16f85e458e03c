// Original file: proto/identity/v1/partner_apps.proto

import type { Long } from '@grpc/proto-loader';

export interface PartnerCredential {
  'applicationId'?: (string);
  'tenantId'?: (string);
  'name'?: (string);
  'scopes'?: (string)[];
  /**
   * active or revoked.
   */
  'status'?: (string);
  'rateLimitPerMinute'?: (number);
  /**
   * Tokens issued before this moment (epoch seconds, the token's `iat`) are refused: the secret was
   * rotated since. 0 = none.
   */
  'tokensValidAfter'?: (number | string | Long);
}

export interface PartnerCredential__Output {
  'applicationId': (string);
  'tenantId': (string);
  'name': (string);
  'scopes': (string)[];
  /**
   * active or revoked.
   */
  'status': (string);
  'rateLimitPerMinute': (number);
  /**
   * Tokens issued before this moment (epoch seconds, the token's `iat`) are refused: the secret was
   * rotated since. 0 = none.
   */
  'tokensValidAfter': (string);
}
