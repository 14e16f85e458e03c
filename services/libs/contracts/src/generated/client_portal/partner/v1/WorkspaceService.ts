// Original file: proto/partner/v1/workspaces.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetWorkspaceRequest as _client_portal_partner_v1_GetWorkspaceRequest, GetWorkspaceRequest__Output as _client_portal_partner_v1_GetWorkspaceRequest__Output } from '../../../client_portal/partner/v1/GetWorkspaceRequest.js';
import type { ListWorkspacesRequest as _client_portal_partner_v1_ListWorkspacesRequest, ListWorkspacesRequest__Output as _client_portal_partner_v1_ListWorkspacesRequest__Output } from '../../../client_portal/partner/v1/ListWorkspacesRequest.js';
import type { ListWorkspacesResponse as _client_portal_partner_v1_ListWorkspacesResponse, ListWorkspacesResponse__Output as _client_portal_partner_v1_ListWorkspacesResponse__Output } from '../../../client_portal/partner/v1/ListWorkspacesResponse.js';
import type { Workspace as _client_portal_partner_v1_Workspace, Workspace__Output as _client_portal_partner_v1_Workspace__Output } from '../../../client_portal/partner/v1/Workspace.js';

/**
 * Client workspaces: the spaces of the portal where a client sees its documents, files and messages.
 */
export interface WorkspaceServiceClient extends grpc.Client {
  /**
   * Scope: `workspaces:read`.
   */
  GetWorkspace(argument: _client_portal_partner_v1_GetWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Workspace__Output>): grpc.ClientUnaryCall;
  GetWorkspace(argument: _client_portal_partner_v1_GetWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Workspace__Output>): grpc.ClientUnaryCall;
  GetWorkspace(argument: _client_portal_partner_v1_GetWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Workspace__Output>): grpc.ClientUnaryCall;
  GetWorkspace(argument: _client_portal_partner_v1_GetWorkspaceRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Workspace__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `workspaces:read`.
   */
  getWorkspace(argument: _client_portal_partner_v1_GetWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Workspace__Output>): grpc.ClientUnaryCall;
  getWorkspace(argument: _client_portal_partner_v1_GetWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Workspace__Output>): grpc.ClientUnaryCall;
  getWorkspace(argument: _client_portal_partner_v1_GetWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Workspace__Output>): grpc.ClientUnaryCall;
  getWorkspace(argument: _client_portal_partner_v1_GetWorkspaceRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Workspace__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `workspaces:read`.
   */
  ListWorkspaces(argument: _client_portal_partner_v1_ListWorkspacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_partner_v1_ListWorkspacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_partner_v1_ListWorkspacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_partner_v1_ListWorkspacesRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `workspaces:read`.
   */
  listWorkspaces(argument: _client_portal_partner_v1_ListWorkspacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_partner_v1_ListWorkspacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_partner_v1_ListWorkspacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_partner_v1_ListWorkspacesRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Client workspaces: the spaces of the portal where a client sees its documents, files and messages.
 */
export interface WorkspaceServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Scope: `workspaces:read`.
   */
  GetWorkspace: grpc.handleUnaryCall<_client_portal_partner_v1_GetWorkspaceRequest__Output, _client_portal_partner_v1_Workspace>;
  
  /**
   * Scope: `workspaces:read`.
   */
  ListWorkspaces: grpc.handleUnaryCall<_client_portal_partner_v1_ListWorkspacesRequest__Output, _client_portal_partner_v1_ListWorkspacesResponse>;
  
}

export interface WorkspaceServiceDefinition extends grpc.ServiceDefinition {
  GetWorkspace: MethodDefinition<_client_portal_partner_v1_GetWorkspaceRequest, _client_portal_partner_v1_Workspace, _client_portal_partner_v1_GetWorkspaceRequest__Output, _client_portal_partner_v1_Workspace__Output>
  ListWorkspaces: MethodDefinition<_client_portal_partner_v1_ListWorkspacesRequest, _client_portal_partner_v1_ListWorkspacesResponse, _client_portal_partner_v1_ListWorkspacesRequest__Output, _client_portal_partner_v1_ListWorkspacesResponse__Output>
}
