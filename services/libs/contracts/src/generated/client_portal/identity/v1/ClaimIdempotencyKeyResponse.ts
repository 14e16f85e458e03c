// Original file: proto/identity/v1/partner_apps.proto


// Original file: proto/identity/v1/partner_apps.proto

export const _client_portal_identity_v1_ClaimIdempotencyKeyResponse_Outcome = {
  OUTCOME_UNSPECIFIED: 'OUTCOME_UNSPECIFIED',
  /**
   * The caller holds the key: do the write, then Complete (or Release on failure).
   */
  OUTCOME_CLAIMED: 'OUTCOME_CLAIMED',
  /**
   * Done before: answer response_json.
   */
  OUTCOME_REPLAY: 'OUTCOME_REPLAY',
  /**
   * Another call holds the key right now (claimed less than a minute ago): ABORTED, retry later.
   */
  OUTCOME_IN_PROGRESS: 'OUTCOME_IN_PROGRESS',
  /**
   * The key was used with another method or request: INVALID_ARGUMENT.
   */
  OUTCOME_MISMATCH: 'OUTCOME_MISMATCH',
} as const;

export type _client_portal_identity_v1_ClaimIdempotencyKeyResponse_Outcome =
  | 'OUTCOME_UNSPECIFIED'
  | 0
  /**
   * The caller holds the key: do the write, then Complete (or Release on failure).
   */
  | 'OUTCOME_CLAIMED'
  | 1
  /**
   * Done before: answer response_json.
   */
  | 'OUTCOME_REPLAY'
  | 2
  /**
   * Another call holds the key right now (claimed less than a minute ago): ABORTED, retry later.
   */
  | 'OUTCOME_IN_PROGRESS'
  | 3
  /**
   * The key was used with another method or request: INVALID_ARGUMENT.
   */
  | 'OUTCOME_MISMATCH'
  | 4

export type _client_portal_identity_v1_ClaimIdempotencyKeyResponse_Outcome__Output = typeof _client_portal_identity_v1_ClaimIdempotencyKeyResponse_Outcome[keyof typeof _client_portal_identity_v1_ClaimIdempotencyKeyResponse_Outcome]

export interface ClaimIdempotencyKeyResponse {
  'outcome'?: (_client_portal_identity_v1_ClaimIdempotencyKeyResponse_Outcome);
  /**
   * For REPLAY: the stored response, as the partner API's JSON form of the response message.
   */
  'responseJson'?: (string);
}

export interface ClaimIdempotencyKeyResponse__Output {
  'outcome': (_client_portal_identity_v1_ClaimIdempotencyKeyResponse_Outcome__Output);
  /**
   * For REPLAY: the stored response, as the partner API's JSON form of the response message.
   */
  'responseJson': (string);
}
