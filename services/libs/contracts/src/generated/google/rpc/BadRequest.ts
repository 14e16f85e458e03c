// Original file: proto/google/rpc/error_details.proto


export interface _google_rpc_BadRequest_FieldViolation {
  /**
   * The field's path in the request, e.g. `name` or `lines[2].quantity`.
   */
  'field'?: (string);
  'description'?: (string);
}

export interface _google_rpc_BadRequest_FieldViolation__Output {
  /**
   * The field's path in the request, e.g. `name` or `lines[2].quantity`.
   */
  'field': (string);
  'description': (string);
}

/**
 * Which request fields are wrong, and why (sent with INVALID_ARGUMENT).
 */
export interface BadRequest {
  'fieldViolations'?: (_google_rpc_BadRequest_FieldViolation)[];
}

/**
 * Which request fields are wrong, and why (sent with INVALID_ARGUMENT).
 */
export interface BadRequest__Output {
  'fieldViolations': (_google_rpc_BadRequest_FieldViolation__Output)[];
}
