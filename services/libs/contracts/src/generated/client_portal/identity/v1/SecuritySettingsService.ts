// Original file: proto/identity/v1/security.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetSecuritySettingsRequest as _client_portal_identity_v1_GetSecuritySettingsRequest, GetSecuritySettingsRequest__Output as _client_portal_identity_v1_GetSecuritySettingsRequest__Output } from '../../../client_portal/identity/v1/GetSecuritySettingsRequest.js';
import type { SecuritySettingsView as _client_portal_identity_v1_SecuritySettingsView, SecuritySettingsView__Output as _client_portal_identity_v1_SecuritySettingsView__Output } from '../../../client_portal/identity/v1/SecuritySettingsView.js';
import type { UpdateSecuritySettingsRequest as _client_portal_identity_v1_UpdateSecuritySettingsRequest, UpdateSecuritySettingsRequest__Output as _client_portal_identity_v1_UpdateSecuritySettingsRequest__Output } from '../../../client_portal/identity/v1/UpdateSecuritySettingsRequest.js';

export interface SecuritySettingsServiceClient extends grpc.Client {
  /**
   * The caller's tenant's settings: any staff member (the settings screen shows them read-only to
   * those who may not change them). Client users: PERMISSION_DENIED.
   */
  GetSecuritySettings(argument: _client_portal_identity_v1_GetSecuritySettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  GetSecuritySettings(argument: _client_portal_identity_v1_GetSecuritySettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  GetSecuritySettings(argument: _client_portal_identity_v1_GetSecuritySettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  GetSecuritySettings(argument: _client_portal_identity_v1_GetSecuritySettingsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's tenant's settings: any staff member (the settings screen shows them read-only to
   * those who may not change them). Client users: PERMISSION_DENIED.
   */
  getSecuritySettings(argument: _client_portal_identity_v1_GetSecuritySettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  getSecuritySettings(argument: _client_portal_identity_v1_GetSecuritySettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  getSecuritySettings(argument: _client_portal_identity_v1_GetSecuritySettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  getSecuritySettings(argument: _client_portal_identity_v1_GetSecuritySettingsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Admins and owners (portal.configure); optimistic version (0 = never saved).
   */
  UpdateSecuritySettings(argument: _client_portal_identity_v1_UpdateSecuritySettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  UpdateSecuritySettings(argument: _client_portal_identity_v1_UpdateSecuritySettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  UpdateSecuritySettings(argument: _client_portal_identity_v1_UpdateSecuritySettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  UpdateSecuritySettings(argument: _client_portal_identity_v1_UpdateSecuritySettingsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  /**
   * Admins and owners (portal.configure); optimistic version (0 = never saved).
   */
  updateSecuritySettings(argument: _client_portal_identity_v1_UpdateSecuritySettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  updateSecuritySettings(argument: _client_portal_identity_v1_UpdateSecuritySettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  updateSecuritySettings(argument: _client_portal_identity_v1_UpdateSecuritySettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  updateSecuritySettings(argument: _client_portal_identity_v1_UpdateSecuritySettingsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_SecuritySettingsView__Output>): grpc.ClientUnaryCall;
  
}

export interface SecuritySettingsServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The caller's tenant's settings: any staff member (the settings screen shows them read-only to
   * those who may not change them). Client users: PERMISSION_DENIED.
   */
  GetSecuritySettings: grpc.handleUnaryCall<_client_portal_identity_v1_GetSecuritySettingsRequest__Output, _client_portal_identity_v1_SecuritySettingsView>;
  
  /**
   * Admins and owners (portal.configure); optimistic version (0 = never saved).
   */
  UpdateSecuritySettings: grpc.handleUnaryCall<_client_portal_identity_v1_UpdateSecuritySettingsRequest__Output, _client_portal_identity_v1_SecuritySettingsView>;
  
}

export interface SecuritySettingsServiceDefinition extends grpc.ServiceDefinition {
  GetSecuritySettings: MethodDefinition<_client_portal_identity_v1_GetSecuritySettingsRequest, _client_portal_identity_v1_SecuritySettingsView, _client_portal_identity_v1_GetSecuritySettingsRequest__Output, _client_portal_identity_v1_SecuritySettingsView__Output>
  UpdateSecuritySettings: MethodDefinition<_client_portal_identity_v1_UpdateSecuritySettingsRequest, _client_portal_identity_v1_SecuritySettingsView, _client_portal_identity_v1_UpdateSecuritySettingsRequest__Output, _client_portal_identity_v1_SecuritySettingsView__Output>
}
