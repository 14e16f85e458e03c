// Original file: proto/portal/v1/settings.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetPortalSettingsRequest as _client_portal_portal_v1_GetPortalSettingsRequest, GetPortalSettingsRequest__Output as _client_portal_portal_v1_GetPortalSettingsRequest__Output } from '../../../client_portal/portal/v1/GetPortalSettingsRequest.js';
import type { ListCallsToActionRequest as _client_portal_portal_v1_ListCallsToActionRequest, ListCallsToActionRequest__Output as _client_portal_portal_v1_ListCallsToActionRequest__Output } from '../../../client_portal/portal/v1/ListCallsToActionRequest.js';
import type { ListCallsToActionResponse as _client_portal_portal_v1_ListCallsToActionResponse, ListCallsToActionResponse__Output as _client_portal_portal_v1_ListCallsToActionResponse__Output } from '../../../client_portal/portal/v1/ListCallsToActionResponse.js';
import type { PortalSettingsView as _client_portal_portal_v1_PortalSettingsView, PortalSettingsView__Output as _client_portal_portal_v1_PortalSettingsView__Output } from '../../../client_portal/portal/v1/PortalSettingsView.js';
import type { RecordViewAsClientRequest as _client_portal_portal_v1_RecordViewAsClientRequest, RecordViewAsClientRequest__Output as _client_portal_portal_v1_RecordViewAsClientRequest__Output } from '../../../client_portal/portal/v1/RecordViewAsClientRequest.js';
import type { RecordViewAsClientResponse as _client_portal_portal_v1_RecordViewAsClientResponse, RecordViewAsClientResponse__Output as _client_portal_portal_v1_RecordViewAsClientResponse__Output } from '../../../client_portal/portal/v1/RecordViewAsClientResponse.js';
import type { UpdatePortalSettingsRequest as _client_portal_portal_v1_UpdatePortalSettingsRequest, UpdatePortalSettingsRequest__Output as _client_portal_portal_v1_UpdatePortalSettingsRequest__Output } from '../../../client_portal/portal/v1/UpdatePortalSettingsRequest.js';

export interface PortalSettingsServiceClient extends grpc.Client {
  /**
   * Staff (any role): the tenant's settings (the defaults when never saved).
   */
  GetPortalSettings(argument: _client_portal_portal_v1_GetPortalSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  GetPortalSettings(argument: _client_portal_portal_v1_GetPortalSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  GetPortalSettings(argument: _client_portal_portal_v1_GetPortalSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  GetPortalSettings(argument: _client_portal_portal_v1_GetPortalSettingsRequest, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (any role): the tenant's settings (the defaults when never saved).
   */
  getPortalSettings(argument: _client_portal_portal_v1_GetPortalSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  getPortalSettings(argument: _client_portal_portal_v1_GetPortalSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  getPortalSettings(argument: _client_portal_portal_v1_GetPortalSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  getPortalSettings(argument: _client_portal_portal_v1_GetPortalSettingsRequest, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Anyone of the tenant (client users too): the call-to-action buttons only, for the client home.
   */
  ListCallsToAction(argument: _client_portal_portal_v1_ListCallsToActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListCallsToActionResponse__Output>): grpc.ClientUnaryCall;
  ListCallsToAction(argument: _client_portal_portal_v1_ListCallsToActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListCallsToActionResponse__Output>): grpc.ClientUnaryCall;
  ListCallsToAction(argument: _client_portal_portal_v1_ListCallsToActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListCallsToActionResponse__Output>): grpc.ClientUnaryCall;
  ListCallsToAction(argument: _client_portal_portal_v1_ListCallsToActionRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListCallsToActionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Anyone of the tenant (client users too): the call-to-action buttons only, for the client home.
   */
  listCallsToAction(argument: _client_portal_portal_v1_ListCallsToActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListCallsToActionResponse__Output>): grpc.ClientUnaryCall;
  listCallsToAction(argument: _client_portal_portal_v1_ListCallsToActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListCallsToActionResponse__Output>): grpc.ClientUnaryCall;
  listCallsToAction(argument: _client_portal_portal_v1_ListCallsToActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListCallsToActionResponse__Output>): grpc.ClientUnaryCall;
  listCallsToAction(argument: _client_portal_portal_v1_ListCallsToActionRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListCallsToActionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff with portal.view_as_client: records that they opened the portal as a client user, one
   * portal.workspace.viewed_as_client event (clientVisible false) per workspace of that user.
   */
  RecordViewAsClient(argument: _client_portal_portal_v1_RecordViewAsClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_RecordViewAsClientResponse__Output>): grpc.ClientUnaryCall;
  RecordViewAsClient(argument: _client_portal_portal_v1_RecordViewAsClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_RecordViewAsClientResponse__Output>): grpc.ClientUnaryCall;
  RecordViewAsClient(argument: _client_portal_portal_v1_RecordViewAsClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_RecordViewAsClientResponse__Output>): grpc.ClientUnaryCall;
  RecordViewAsClient(argument: _client_portal_portal_v1_RecordViewAsClientRequest, callback: grpc.requestCallback<_client_portal_portal_v1_RecordViewAsClientResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff with portal.view_as_client: records that they opened the portal as a client user, one
   * portal.workspace.viewed_as_client event (clientVisible false) per workspace of that user.
   */
  recordViewAsClient(argument: _client_portal_portal_v1_RecordViewAsClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_RecordViewAsClientResponse__Output>): grpc.ClientUnaryCall;
  recordViewAsClient(argument: _client_portal_portal_v1_RecordViewAsClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_RecordViewAsClientResponse__Output>): grpc.ClientUnaryCall;
  recordViewAsClient(argument: _client_portal_portal_v1_RecordViewAsClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_RecordViewAsClientResponse__Output>): grpc.ClientUnaryCall;
  recordViewAsClient(argument: _client_portal_portal_v1_RecordViewAsClientRequest, callback: grpc.requestCallback<_client_portal_portal_v1_RecordViewAsClientResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Admin (portal.configure): replaces the settings if nobody saved since expected_version was read
   * (FAILED_PRECONDITION "changed meanwhile" otherwise). Every refusal names the field.
   */
  UpdatePortalSettings(argument: _client_portal_portal_v1_UpdatePortalSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  UpdatePortalSettings(argument: _client_portal_portal_v1_UpdatePortalSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  UpdatePortalSettings(argument: _client_portal_portal_v1_UpdatePortalSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  UpdatePortalSettings(argument: _client_portal_portal_v1_UpdatePortalSettingsRequest, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  /**
   * Admin (portal.configure): replaces the settings if nobody saved since expected_version was read
   * (FAILED_PRECONDITION "changed meanwhile" otherwise). Every refusal names the field.
   */
  updatePortalSettings(argument: _client_portal_portal_v1_UpdatePortalSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  updatePortalSettings(argument: _client_portal_portal_v1_UpdatePortalSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  updatePortalSettings(argument: _client_portal_portal_v1_UpdatePortalSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  updatePortalSettings(argument: _client_portal_portal_v1_UpdatePortalSettingsRequest, callback: grpc.requestCallback<_client_portal_portal_v1_PortalSettingsView__Output>): grpc.ClientUnaryCall;
  
}

export interface PortalSettingsServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff (any role): the tenant's settings (the defaults when never saved).
   */
  GetPortalSettings: grpc.handleUnaryCall<_client_portal_portal_v1_GetPortalSettingsRequest__Output, _client_portal_portal_v1_PortalSettingsView>;
  
  /**
   * Anyone of the tenant (client users too): the call-to-action buttons only, for the client home.
   */
  ListCallsToAction: grpc.handleUnaryCall<_client_portal_portal_v1_ListCallsToActionRequest__Output, _client_portal_portal_v1_ListCallsToActionResponse>;
  
  /**
   * Staff with portal.view_as_client: records that they opened the portal as a client user, one
   * portal.workspace.viewed_as_client event (clientVisible false) per workspace of that user.
   */
  RecordViewAsClient: grpc.handleUnaryCall<_client_portal_portal_v1_RecordViewAsClientRequest__Output, _client_portal_portal_v1_RecordViewAsClientResponse>;
  
  /**
   * Admin (portal.configure): replaces the settings if nobody saved since expected_version was read
   * (FAILED_PRECONDITION "changed meanwhile" otherwise). Every refusal names the field.
   */
  UpdatePortalSettings: grpc.handleUnaryCall<_client_portal_portal_v1_UpdatePortalSettingsRequest__Output, _client_portal_portal_v1_PortalSettingsView>;
  
}

export interface PortalSettingsServiceDefinition extends grpc.ServiceDefinition {
  GetPortalSettings: MethodDefinition<_client_portal_portal_v1_GetPortalSettingsRequest, _client_portal_portal_v1_PortalSettingsView, _client_portal_portal_v1_GetPortalSettingsRequest__Output, _client_portal_portal_v1_PortalSettingsView__Output>
  ListCallsToAction: MethodDefinition<_client_portal_portal_v1_ListCallsToActionRequest, _client_portal_portal_v1_ListCallsToActionResponse, _client_portal_portal_v1_ListCallsToActionRequest__Output, _client_portal_portal_v1_ListCallsToActionResponse__Output>
  RecordViewAsClient: MethodDefinition<_client_portal_portal_v1_RecordViewAsClientRequest, _client_portal_portal_v1_RecordViewAsClientResponse, _client_portal_portal_v1_RecordViewAsClientRequest__Output, _client_portal_portal_v1_RecordViewAsClientResponse__Output>
  UpdatePortalSettings: MethodDefinition<_client_portal_portal_v1_UpdatePortalSettingsRequest, _client_portal_portal_v1_PortalSettingsView, _client_portal_portal_v1_UpdatePortalSettingsRequest__Output, _client_portal_portal_v1_PortalSettingsView__Output>
}
