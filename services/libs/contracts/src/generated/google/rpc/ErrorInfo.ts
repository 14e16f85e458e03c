// Original file: proto/google/rpc/error_details.proto


/**
 * Why a call failed, as a stable machine string: `reason` (e.g. SCOPE_MISSING, RATE_LIMITED,
 * IDEMPOTENCY_KEY_REUSED), `domain` (`partner.client-portal`) and details such as `scope`.
 */
export interface ErrorInfo {
  'reason'?: (string);
  'domain'?: (string);
  'metadata'?: ({[key: string]: string});
}

/**
 * Why a call failed, as a stable machine string: `reason` (e.g. SCOPE_MISSING, RATE_LIMITED,
 * IDEMPOTENCY_KEY_REUSED), `domain` (`partner.client-portal`) and details such as `scope`.
 */
export interface ErrorInfo__Output {
  'reason': (string);
  'domain': (string);
  'metadata': ({[key: string]: string});
}
