// Original file: proto/identity/v1/partner_apps.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ClaimIdempotencyKeyRequest as _client_portal_identity_v1_ClaimIdempotencyKeyRequest, ClaimIdempotencyKeyRequest__Output as _client_portal_identity_v1_ClaimIdempotencyKeyRequest__Output } from '../../../client_portal/identity/v1/ClaimIdempotencyKeyRequest.js';
import type { ClaimIdempotencyKeyResponse as _client_portal_identity_v1_ClaimIdempotencyKeyResponse, ClaimIdempotencyKeyResponse__Output as _client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output } from '../../../client_portal/identity/v1/ClaimIdempotencyKeyResponse.js';
import type { CompleteIdempotencyKeyRequest as _client_portal_identity_v1_CompleteIdempotencyKeyRequest, CompleteIdempotencyKeyRequest__Output as _client_portal_identity_v1_CompleteIdempotencyKeyRequest__Output } from '../../../client_portal/identity/v1/CompleteIdempotencyKeyRequest.js';
import type { CompleteIdempotencyKeyResponse as _client_portal_identity_v1_CompleteIdempotencyKeyResponse, CompleteIdempotencyKeyResponse__Output as _client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output } from '../../../client_portal/identity/v1/CompleteIdempotencyKeyResponse.js';
import type { ReleaseIdempotencyKeyRequest as _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, ReleaseIdempotencyKeyRequest__Output as _client_portal_identity_v1_ReleaseIdempotencyKeyRequest__Output } from '../../../client_portal/identity/v1/ReleaseIdempotencyKeyRequest.js';

/**
 * Writes made through the partner API carry an idempotency key: the first call with a key claims it,
 * a repeat answers the stored result. Keys are kept 24 hours per application.
 */
export interface PartnerIdempotencyServiceClient extends grpc.Client {
  /**
   * Service principal `gateway` only.
   */
  ClaimIdempotencyKey(argument: _client_portal_identity_v1_ClaimIdempotencyKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  ClaimIdempotencyKey(argument: _client_portal_identity_v1_ClaimIdempotencyKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  ClaimIdempotencyKey(argument: _client_portal_identity_v1_ClaimIdempotencyKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  ClaimIdempotencyKey(argument: _client_portal_identity_v1_ClaimIdempotencyKeyRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Service principal `gateway` only.
   */
  claimIdempotencyKey(argument: _client_portal_identity_v1_ClaimIdempotencyKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  claimIdempotencyKey(argument: _client_portal_identity_v1_ClaimIdempotencyKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  claimIdempotencyKey(argument: _client_portal_identity_v1_ClaimIdempotencyKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  claimIdempotencyKey(argument: _client_portal_identity_v1_ClaimIdempotencyKeyRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores the result of the claimed write (service principal `gateway` only).
   */
  CompleteIdempotencyKey(argument: _client_portal_identity_v1_CompleteIdempotencyKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  CompleteIdempotencyKey(argument: _client_portal_identity_v1_CompleteIdempotencyKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  CompleteIdempotencyKey(argument: _client_portal_identity_v1_CompleteIdempotencyKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  CompleteIdempotencyKey(argument: _client_portal_identity_v1_CompleteIdempotencyKeyRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores the result of the claimed write (service principal `gateway` only).
   */
  completeIdempotencyKey(argument: _client_portal_identity_v1_CompleteIdempotencyKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  completeIdempotencyKey(argument: _client_portal_identity_v1_CompleteIdempotencyKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  completeIdempotencyKey(argument: _client_portal_identity_v1_CompleteIdempotencyKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  completeIdempotencyKey(argument: _client_portal_identity_v1_CompleteIdempotencyKeyRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Frees a claimed key whose write failed, so the partner can retry with the same key.
   */
  ReleaseIdempotencyKey(argument: _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  ReleaseIdempotencyKey(argument: _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  ReleaseIdempotencyKey(argument: _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  ReleaseIdempotencyKey(argument: _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Frees a claimed key whose write failed, so the partner can retry with the same key.
   */
  releaseIdempotencyKey(argument: _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  releaseIdempotencyKey(argument: _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  releaseIdempotencyKey(argument: _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  releaseIdempotencyKey(argument: _client_portal_identity_v1_ReleaseIdempotencyKeyRequest, callback: grpc.requestCallback<_client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Writes made through the partner API carry an idempotency key: the first call with a key claims it,
 * a repeat answers the stored result. Keys are kept 24 hours per application.
 */
export interface PartnerIdempotencyServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Service principal `gateway` only.
   */
  ClaimIdempotencyKey: grpc.handleUnaryCall<_client_portal_identity_v1_ClaimIdempotencyKeyRequest__Output, _client_portal_identity_v1_ClaimIdempotencyKeyResponse>;
  
  /**
   * Stores the result of the claimed write (service principal `gateway` only).
   */
  CompleteIdempotencyKey: grpc.handleUnaryCall<_client_portal_identity_v1_CompleteIdempotencyKeyRequest__Output, _client_portal_identity_v1_CompleteIdempotencyKeyResponse>;
  
  /**
   * Frees a claimed key whose write failed, so the partner can retry with the same key.
   */
  ReleaseIdempotencyKey: grpc.handleUnaryCall<_client_portal_identity_v1_ReleaseIdempotencyKeyRequest__Output, _client_portal_identity_v1_CompleteIdempotencyKeyResponse>;
  
}

export interface PartnerIdempotencyServiceDefinition extends grpc.ServiceDefinition {
  ClaimIdempotencyKey: MethodDefinition<_client_portal_identity_v1_ClaimIdempotencyKeyRequest, _client_portal_identity_v1_ClaimIdempotencyKeyResponse, _client_portal_identity_v1_ClaimIdempotencyKeyRequest__Output, _client_portal_identity_v1_ClaimIdempotencyKeyResponse__Output>
  CompleteIdempotencyKey: MethodDefinition<_client_portal_identity_v1_CompleteIdempotencyKeyRequest, _client_portal_identity_v1_CompleteIdempotencyKeyResponse, _client_portal_identity_v1_CompleteIdempotencyKeyRequest__Output, _client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>
  ReleaseIdempotencyKey: MethodDefinition<_client_portal_identity_v1_ReleaseIdempotencyKeyRequest, _client_portal_identity_v1_CompleteIdempotencyKeyResponse, _client_portal_identity_v1_ReleaseIdempotencyKeyRequest__Output, _client_portal_identity_v1_CompleteIdempotencyKeyResponse__Output>
}
