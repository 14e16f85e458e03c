// Original file: proto/identity/v1/view_as.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListPortalUsersRequest as _client_portal_identity_v1_ListPortalUsersRequest, ListPortalUsersRequest__Output as _client_portal_identity_v1_ListPortalUsersRequest__Output } from '../../../client_portal/identity/v1/ListPortalUsersRequest.js';
import type { ListPortalUsersResponse as _client_portal_identity_v1_ListPortalUsersResponse, ListPortalUsersResponse__Output as _client_portal_identity_v1_ListPortalUsersResponse__Output } from '../../../client_portal/identity/v1/ListPortalUsersResponse.js';
import type { ResolveExternalUserRequest as _client_portal_identity_v1_ResolveExternalUserRequest, ResolveExternalUserRequest__Output as _client_portal_identity_v1_ResolveExternalUserRequest__Output } from '../../../client_portal/identity/v1/ResolveExternalUserRequest.js';
import type { ResolveExternalUserResponse as _client_portal_identity_v1_ResolveExternalUserResponse, ResolveExternalUserResponse__Output as _client_portal_identity_v1_ResolveExternalUserResponse__Output } from '../../../client_portal/identity/v1/ResolveExternalUserResponse.js';

export interface ViewAsServiceClient extends grpc.Client {
  /**
   * Staff with portal.view_as_client: the client's active portal users (who may be viewed as).
   */
  ListPortalUsers(argument: _client_portal_identity_v1_ListPortalUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  ListPortalUsers(argument: _client_portal_identity_v1_ListPortalUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  ListPortalUsers(argument: _client_portal_identity_v1_ListPortalUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  ListPortalUsers(argument: _client_portal_identity_v1_ListPortalUsersRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with portal.view_as_client: the client's active portal users (who may be viewed as).
   */
  listPortalUsers(argument: _client_portal_identity_v1_ListPortalUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  listPortalUsers(argument: _client_portal_identity_v1_ListPortalUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  listPortalUsers(argument: _client_portal_identity_v1_ListPortalUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  listPortalUsers(argument: _client_portal_identity_v1_ListPortalUsersRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The gateway's service principal only: the principal of a client's portal user, for a staff member
   * of the same tenant allowed portal.view_as_client. The answer's principal is the client user's;
   * the gateway marks it viewed_by the staff member and refuses every change.
   */
  ResolveExternalUser(argument: _client_portal_identity_v1_ResolveExternalUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ResolveExternalUserResponse__Output>): grpc.ClientUnaryCall;
  ResolveExternalUser(argument: _client_portal_identity_v1_ResolveExternalUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ResolveExternalUserResponse__Output>): grpc.ClientUnaryCall;
  ResolveExternalUser(argument: _client_portal_identity_v1_ResolveExternalUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ResolveExternalUserResponse__Output>): grpc.ClientUnaryCall;
  ResolveExternalUser(argument: _client_portal_identity_v1_ResolveExternalUserRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ResolveExternalUserResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The gateway's service principal only: the principal of a client's portal user, for a staff member
   * of the same tenant allowed portal.view_as_client. The answer's principal is the client user's;
   * the gateway marks it viewed_by the staff member and refuses every change.
   */
  resolveExternalUser(argument: _client_portal_identity_v1_ResolveExternalUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ResolveExternalUserResponse__Output>): grpc.ClientUnaryCall;
  resolveExternalUser(argument: _client_portal_identity_v1_ResolveExternalUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ResolveExternalUserResponse__Output>): grpc.ClientUnaryCall;
  resolveExternalUser(argument: _client_portal_identity_v1_ResolveExternalUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ResolveExternalUserResponse__Output>): grpc.ClientUnaryCall;
  resolveExternalUser(argument: _client_portal_identity_v1_ResolveExternalUserRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ResolveExternalUserResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface ViewAsServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff with portal.view_as_client: the client's active portal users (who may be viewed as).
   */
  ListPortalUsers: grpc.handleUnaryCall<_client_portal_identity_v1_ListPortalUsersRequest__Output, _client_portal_identity_v1_ListPortalUsersResponse>;
  
  /**
   * The gateway's service principal only: the principal of a client's portal user, for a staff member
   * of the same tenant allowed portal.view_as_client. The answer's principal is the client user's;
   * the gateway marks it viewed_by the staff member and refuses every change.
   */
  ResolveExternalUser: grpc.handleUnaryCall<_client_portal_identity_v1_ResolveExternalUserRequest__Output, _client_portal_identity_v1_ResolveExternalUserResponse>;
  
}

export interface ViewAsServiceDefinition extends grpc.ServiceDefinition {
  ListPortalUsers: MethodDefinition<_client_portal_identity_v1_ListPortalUsersRequest, _client_portal_identity_v1_ListPortalUsersResponse, _client_portal_identity_v1_ListPortalUsersRequest__Output, _client_portal_identity_v1_ListPortalUsersResponse__Output>
  ResolveExternalUser: MethodDefinition<_client_portal_identity_v1_ResolveExternalUserRequest, _client_portal_identity_v1_ResolveExternalUserResponse, _client_portal_identity_v1_ResolveExternalUserRequest__Output, _client_portal_identity_v1_ResolveExternalUserResponse__Output>
}
