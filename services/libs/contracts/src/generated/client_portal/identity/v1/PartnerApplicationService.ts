// Original file: proto/identity/v1/partner_apps.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreatePartnerApplicationRequest as _client_portal_identity_v1_CreatePartnerApplicationRequest, CreatePartnerApplicationRequest__Output as _client_portal_identity_v1_CreatePartnerApplicationRequest__Output } from '../../../client_portal/identity/v1/CreatePartnerApplicationRequest.js';
import type { GetPartnerApplicationRequest as _client_portal_identity_v1_GetPartnerApplicationRequest, GetPartnerApplicationRequest__Output as _client_portal_identity_v1_GetPartnerApplicationRequest__Output } from '../../../client_portal/identity/v1/GetPartnerApplicationRequest.js';
import type { ListPartnerApplicationsRequest as _client_portal_identity_v1_ListPartnerApplicationsRequest, ListPartnerApplicationsRequest__Output as _client_portal_identity_v1_ListPartnerApplicationsRequest__Output } from '../../../client_portal/identity/v1/ListPartnerApplicationsRequest.js';
import type { ListPartnerApplicationsResponse as _client_portal_identity_v1_ListPartnerApplicationsResponse, ListPartnerApplicationsResponse__Output as _client_portal_identity_v1_ListPartnerApplicationsResponse__Output } from '../../../client_portal/identity/v1/ListPartnerApplicationsResponse.js';
import type { PartnerApplicationSecret as _client_portal_identity_v1_PartnerApplicationSecret, PartnerApplicationSecret__Output as _client_portal_identity_v1_PartnerApplicationSecret__Output } from '../../../client_portal/identity/v1/PartnerApplicationSecret.js';
import type { PartnerApplicationView as _client_portal_identity_v1_PartnerApplicationView, PartnerApplicationView__Output as _client_portal_identity_v1_PartnerApplicationView__Output } from '../../../client_portal/identity/v1/PartnerApplicationView.js';
import type { PartnerCredential as _client_portal_identity_v1_PartnerCredential, PartnerCredential__Output as _client_portal_identity_v1_PartnerCredential__Output } from '../../../client_portal/identity/v1/PartnerCredential.js';
import type { ResolvePartnerClientRequest as _client_portal_identity_v1_ResolvePartnerClientRequest, ResolvePartnerClientRequest__Output as _client_portal_identity_v1_ResolvePartnerClientRequest__Output } from '../../../client_portal/identity/v1/ResolvePartnerClientRequest.js';
import type { RevokePartnerApplicationRequest as _client_portal_identity_v1_RevokePartnerApplicationRequest, RevokePartnerApplicationRequest__Output as _client_portal_identity_v1_RevokePartnerApplicationRequest__Output } from '../../../client_portal/identity/v1/RevokePartnerApplicationRequest.js';
import type { RotatePartnerSecretRequest as _client_portal_identity_v1_RotatePartnerSecretRequest, RotatePartnerSecretRequest__Output as _client_portal_identity_v1_RotatePartnerSecretRequest__Output } from '../../../client_portal/identity/v1/RotatePartnerSecretRequest.js';
import type { UpdatePartnerApplicationRequest as _client_portal_identity_v1_UpdatePartnerApplicationRequest, UpdatePartnerApplicationRequest__Output as _client_portal_identity_v1_UpdatePartnerApplicationRequest__Output } from '../../../client_portal/identity/v1/UpdatePartnerApplicationRequest.js';

export interface PartnerApplicationServiceClient extends grpc.Client {
  /**
   * Tenant admins and owners. Creates the Keycloak client; answers the secret once.
   */
  CreatePartnerApplication(argument: _client_portal_identity_v1_CreatePartnerApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  CreatePartnerApplication(argument: _client_portal_identity_v1_CreatePartnerApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  CreatePartnerApplication(argument: _client_portal_identity_v1_CreatePartnerApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  CreatePartnerApplication(argument: _client_portal_identity_v1_CreatePartnerApplicationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  /**
   * Tenant admins and owners. Creates the Keycloak client; answers the secret once.
   */
  createPartnerApplication(argument: _client_portal_identity_v1_CreatePartnerApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  createPartnerApplication(argument: _client_portal_identity_v1_CreatePartnerApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  createPartnerApplication(argument: _client_portal_identity_v1_CreatePartnerApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  createPartnerApplication(argument: _client_portal_identity_v1_CreatePartnerApplicationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  
  GetPartnerApplication(argument: _client_portal_identity_v1_GetPartnerApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  GetPartnerApplication(argument: _client_portal_identity_v1_GetPartnerApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  GetPartnerApplication(argument: _client_portal_identity_v1_GetPartnerApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  GetPartnerApplication(argument: _client_portal_identity_v1_GetPartnerApplicationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  getPartnerApplication(argument: _client_portal_identity_v1_GetPartnerApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  getPartnerApplication(argument: _client_portal_identity_v1_GetPartnerApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  getPartnerApplication(argument: _client_portal_identity_v1_GetPartnerApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  getPartnerApplication(argument: _client_portal_identity_v1_GetPartnerApplicationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Tenant admins and owners: the tenant's applications, newest first, revoked ones included.
   */
  ListPartnerApplications(argument: _client_portal_identity_v1_ListPartnerApplicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPartnerApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListPartnerApplications(argument: _client_portal_identity_v1_ListPartnerApplicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListPartnerApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListPartnerApplications(argument: _client_portal_identity_v1_ListPartnerApplicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPartnerApplicationsResponse__Output>): grpc.ClientUnaryCall;
  ListPartnerApplications(argument: _client_portal_identity_v1_ListPartnerApplicationsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListPartnerApplicationsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Tenant admins and owners: the tenant's applications, newest first, revoked ones included.
   */
  listPartnerApplications(argument: _client_portal_identity_v1_ListPartnerApplicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPartnerApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listPartnerApplications(argument: _client_portal_identity_v1_ListPartnerApplicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListPartnerApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listPartnerApplications(argument: _client_portal_identity_v1_ListPartnerApplicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPartnerApplicationsResponse__Output>): grpc.ClientUnaryCall;
  listPartnerApplications(argument: _client_portal_identity_v1_ListPartnerApplicationsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListPartnerApplicationsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The gateway's partner server only (service principal `gateway`, of the token's tenant): the
   * application a token was issued to, looked up by its Keycloak client id on every call.
   * NOT_FOUND when unknown or of another tenant.
   */
  ResolvePartnerClient(argument: _client_portal_identity_v1_ResolvePartnerClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerCredential__Output>): grpc.ClientUnaryCall;
  ResolvePartnerClient(argument: _client_portal_identity_v1_ResolvePartnerClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerCredential__Output>): grpc.ClientUnaryCall;
  ResolvePartnerClient(argument: _client_portal_identity_v1_ResolvePartnerClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerCredential__Output>): grpc.ClientUnaryCall;
  ResolvePartnerClient(argument: _client_portal_identity_v1_ResolvePartnerClientRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerCredential__Output>): grpc.ClientUnaryCall;
  /**
   * The gateway's partner server only (service principal `gateway`, of the token's tenant): the
   * application a token was issued to, looked up by its Keycloak client id on every call.
   * NOT_FOUND when unknown or of another tenant.
   */
  resolvePartnerClient(argument: _client_portal_identity_v1_ResolvePartnerClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerCredential__Output>): grpc.ClientUnaryCall;
  resolvePartnerClient(argument: _client_portal_identity_v1_ResolvePartnerClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerCredential__Output>): grpc.ClientUnaryCall;
  resolvePartnerClient(argument: _client_portal_identity_v1_ResolvePartnerClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerCredential__Output>): grpc.ClientUnaryCall;
  resolvePartnerClient(argument: _client_portal_identity_v1_ResolvePartnerClientRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerCredential__Output>): grpc.ClientUnaryCall;
  
  /**
   * For good: the Keycloak client is deleted and the next call with any of its tokens is refused.
   */
  RevokePartnerApplication(argument: _client_portal_identity_v1_RevokePartnerApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  RevokePartnerApplication(argument: _client_portal_identity_v1_RevokePartnerApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  RevokePartnerApplication(argument: _client_portal_identity_v1_RevokePartnerApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  RevokePartnerApplication(argument: _client_portal_identity_v1_RevokePartnerApplicationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  /**
   * For good: the Keycloak client is deleted and the next call with any of its tokens is refused.
   */
  revokePartnerApplication(argument: _client_portal_identity_v1_RevokePartnerApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  revokePartnerApplication(argument: _client_portal_identity_v1_RevokePartnerApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  revokePartnerApplication(argument: _client_portal_identity_v1_RevokePartnerApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  revokePartnerApplication(argument: _client_portal_identity_v1_RevokePartnerApplicationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  
  /**
   * A new secret (answered once); the old one can no longer obtain tokens, and tokens issued before
   * the rotation are refused from then on.
   */
  RotatePartnerSecret(argument: _client_portal_identity_v1_RotatePartnerSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  RotatePartnerSecret(argument: _client_portal_identity_v1_RotatePartnerSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  RotatePartnerSecret(argument: _client_portal_identity_v1_RotatePartnerSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  RotatePartnerSecret(argument: _client_portal_identity_v1_RotatePartnerSecretRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  /**
   * A new secret (answered once); the old one can no longer obtain tokens, and tokens issued before
   * the rotation are refused from then on.
   */
  rotatePartnerSecret(argument: _client_portal_identity_v1_RotatePartnerSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  rotatePartnerSecret(argument: _client_portal_identity_v1_RotatePartnerSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  rotatePartnerSecret(argument: _client_portal_identity_v1_RotatePartnerSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  rotatePartnerSecret(argument: _client_portal_identity_v1_RotatePartnerSecretRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationSecret__Output>): grpc.ClientUnaryCall;
  
  /**
   * Name, scopes and rate limit; takes effect on the application's next call.
   */
  UpdatePartnerApplication(argument: _client_portal_identity_v1_UpdatePartnerApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  UpdatePartnerApplication(argument: _client_portal_identity_v1_UpdatePartnerApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  UpdatePartnerApplication(argument: _client_portal_identity_v1_UpdatePartnerApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  UpdatePartnerApplication(argument: _client_portal_identity_v1_UpdatePartnerApplicationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  /**
   * Name, scopes and rate limit; takes effect on the application's next call.
   */
  updatePartnerApplication(argument: _client_portal_identity_v1_UpdatePartnerApplicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  updatePartnerApplication(argument: _client_portal_identity_v1_UpdatePartnerApplicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  updatePartnerApplication(argument: _client_portal_identity_v1_UpdatePartnerApplicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  updatePartnerApplication(argument: _client_portal_identity_v1_UpdatePartnerApplicationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PartnerApplicationView__Output>): grpc.ClientUnaryCall;
  
}

export interface PartnerApplicationServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Tenant admins and owners. Creates the Keycloak client; answers the secret once.
   */
  CreatePartnerApplication: grpc.handleUnaryCall<_client_portal_identity_v1_CreatePartnerApplicationRequest__Output, _client_portal_identity_v1_PartnerApplicationSecret>;
  
  GetPartnerApplication: grpc.handleUnaryCall<_client_portal_identity_v1_GetPartnerApplicationRequest__Output, _client_portal_identity_v1_PartnerApplicationView>;
  
  /**
   * Tenant admins and owners: the tenant's applications, newest first, revoked ones included.
   */
  ListPartnerApplications: grpc.handleUnaryCall<_client_portal_identity_v1_ListPartnerApplicationsRequest__Output, _client_portal_identity_v1_ListPartnerApplicationsResponse>;
  
  /**
   * The gateway's partner server only (service principal `gateway`, of the token's tenant): the
   * application a token was issued to, looked up by its Keycloak client id on every call.
   * NOT_FOUND when unknown or of another tenant.
   */
  ResolvePartnerClient: grpc.handleUnaryCall<_client_portal_identity_v1_ResolvePartnerClientRequest__Output, _client_portal_identity_v1_PartnerCredential>;
  
  /**
   * For good: the Keycloak client is deleted and the next call with any of its tokens is refused.
   */
  RevokePartnerApplication: grpc.handleUnaryCall<_client_portal_identity_v1_RevokePartnerApplicationRequest__Output, _client_portal_identity_v1_PartnerApplicationView>;
  
  /**
   * A new secret (answered once); the old one can no longer obtain tokens, and tokens issued before
   * the rotation are refused from then on.
   */
  RotatePartnerSecret: grpc.handleUnaryCall<_client_portal_identity_v1_RotatePartnerSecretRequest__Output, _client_portal_identity_v1_PartnerApplicationSecret>;
  
  /**
   * Name, scopes and rate limit; takes effect on the application's next call.
   */
  UpdatePartnerApplication: grpc.handleUnaryCall<_client_portal_identity_v1_UpdatePartnerApplicationRequest__Output, _client_portal_identity_v1_PartnerApplicationView>;
  
}

export interface PartnerApplicationServiceDefinition extends grpc.ServiceDefinition {
  CreatePartnerApplication: MethodDefinition<_client_portal_identity_v1_CreatePartnerApplicationRequest, _client_portal_identity_v1_PartnerApplicationSecret, _client_portal_identity_v1_CreatePartnerApplicationRequest__Output, _client_portal_identity_v1_PartnerApplicationSecret__Output>
  GetPartnerApplication: MethodDefinition<_client_portal_identity_v1_GetPartnerApplicationRequest, _client_portal_identity_v1_PartnerApplicationView, _client_portal_identity_v1_GetPartnerApplicationRequest__Output, _client_portal_identity_v1_PartnerApplicationView__Output>
  ListPartnerApplications: MethodDefinition<_client_portal_identity_v1_ListPartnerApplicationsRequest, _client_portal_identity_v1_ListPartnerApplicationsResponse, _client_portal_identity_v1_ListPartnerApplicationsRequest__Output, _client_portal_identity_v1_ListPartnerApplicationsResponse__Output>
  ResolvePartnerClient: MethodDefinition<_client_portal_identity_v1_ResolvePartnerClientRequest, _client_portal_identity_v1_PartnerCredential, _client_portal_identity_v1_ResolvePartnerClientRequest__Output, _client_portal_identity_v1_PartnerCredential__Output>
  RevokePartnerApplication: MethodDefinition<_client_portal_identity_v1_RevokePartnerApplicationRequest, _client_portal_identity_v1_PartnerApplicationView, _client_portal_identity_v1_RevokePartnerApplicationRequest__Output, _client_portal_identity_v1_PartnerApplicationView__Output>
  RotatePartnerSecret: MethodDefinition<_client_portal_identity_v1_RotatePartnerSecretRequest, _client_portal_identity_v1_PartnerApplicationSecret, _client_portal_identity_v1_RotatePartnerSecretRequest__Output, _client_portal_identity_v1_PartnerApplicationSecret__Output>
  UpdatePartnerApplication: MethodDefinition<_client_portal_identity_v1_UpdatePartnerApplicationRequest, _client_portal_identity_v1_PartnerApplicationView, _client_portal_identity_v1_UpdatePartnerApplicationRequest__Output, _client_portal_identity_v1_PartnerApplicationView__Output>
}
