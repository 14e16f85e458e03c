// Original file: proto/google/rpc/status.proto

import type { Any as _google_protobuf_Any, Any__Output as _google_protobuf_Any__Output } from '../../google/protobuf/Any.js';

export interface Status {
  /**
   * The gRPC status code.
   */
  'code'?: (number);
  /**
   * An English message for developers.
   */
  'message'?: (string);
  /**
   * Typed details: google.rpc.BadRequest, ErrorInfo, RetryInfo (error_details.proto).
   */
  'details'?: (_google_protobuf_Any)[];
}

export interface Status__Output {
  /**
   * The gRPC status code.
   */
  'code': (number);
  /**
   * An English message for developers.
   */
  'message': (string);
  /**
   * Typed details: google.rpc.BadRequest, ErrorInfo, RetryInfo (error_details.proto).
   */
  'details': (_google_protobuf_Any__Output)[];
}
