// Original file: proto/portal/v1/portal.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { EnablePortalRequest as _client_portal_portal_v1_EnablePortalRequest, EnablePortalRequest__Output as _client_portal_portal_v1_EnablePortalRequest__Output } from '../../../client_portal/portal/v1/EnablePortalRequest.js';
import type { GetWorkspaceRequest as _client_portal_portal_v1_GetWorkspaceRequest, GetWorkspaceRequest__Output as _client_portal_portal_v1_GetWorkspaceRequest__Output } from '../../../client_portal/portal/v1/GetWorkspaceRequest.js';
import type { ListWorkspacesRequest as _client_portal_portal_v1_ListWorkspacesRequest, ListWorkspacesRequest__Output as _client_portal_portal_v1_ListWorkspacesRequest__Output } from '../../../client_portal/portal/v1/ListWorkspacesRequest.js';
import type { ListWorkspacesResponse as _client_portal_portal_v1_ListWorkspacesResponse, ListWorkspacesResponse__Output as _client_portal_portal_v1_ListWorkspacesResponse__Output } from '../../../client_portal/portal/v1/ListWorkspacesResponse.js';
import type { Workspace as _client_portal_portal_v1_Workspace, Workspace__Output as _client_portal_portal_v1_Workspace__Output } from '../../../client_portal/portal/v1/Workspace.js';
import type { WorkspaceView as _client_portal_portal_v1_WorkspaceView, WorkspaceView__Output as _client_portal_portal_v1_WorkspaceView__Output } from '../../../client_portal/portal/v1/WorkspaceView.js';

export interface PortalServiceClient extends grpc.Client {
  /**
   * Staff: creates the client's workspace (one per client for now; calling again returns it and
   * publishes nothing). Publishes portal.workspace.created.
   */
  EnablePortal(argument: _client_portal_portal_v1_EnablePortalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  EnablePortal(argument: _client_portal_portal_v1_EnablePortalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  EnablePortal(argument: _client_portal_portal_v1_EnablePortalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  EnablePortal(argument: _client_portal_portal_v1_EnablePortalRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  /**
   * Staff: creates the client's workspace (one per client for now; calling again returns it and
   * publishes nothing). Publishes portal.workspace.created.
   */
  enablePortal(argument: _client_portal_portal_v1_EnablePortalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  enablePortal(argument: _client_portal_portal_v1_EnablePortalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  enablePortal(argument: _client_portal_portal_v1_EnablePortalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  enablePortal(argument: _client_portal_portal_v1_EnablePortalRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  
  /**
   * A workspace with the documents shared in it (from billing events), newest first, at most 100.
   * Same visibility as ListWorkspaces; a workspace the caller may not see is NOT_FOUND.
   */
  GetWorkspace(argument: _client_portal_portal_v1_GetWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceView__Output>): grpc.ClientUnaryCall;
  GetWorkspace(argument: _client_portal_portal_v1_GetWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceView__Output>): grpc.ClientUnaryCall;
  GetWorkspace(argument: _client_portal_portal_v1_GetWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceView__Output>): grpc.ClientUnaryCall;
  GetWorkspace(argument: _client_portal_portal_v1_GetWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceView__Output>): grpc.ClientUnaryCall;
  /**
   * A workspace with the documents shared in it (from billing events), newest first, at most 100.
   * Same visibility as ListWorkspaces; a workspace the caller may not see is NOT_FOUND.
   */
  getWorkspace(argument: _client_portal_portal_v1_GetWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceView__Output>): grpc.ClientUnaryCall;
  getWorkspace(argument: _client_portal_portal_v1_GetWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceView__Output>): grpc.ClientUnaryCall;
  getWorkspace(argument: _client_portal_portal_v1_GetWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceView__Output>): grpc.ClientUnaryCall;
  getWorkspace(argument: _client_portal_portal_v1_GetWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_WorkspaceView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff see the tenant's workspaces (optionally one client's); client users only their own.
   */
  ListWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff see the tenant's workspaces (optionally one client's); client users only their own.
   */
  listWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface PortalServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff: creates the client's workspace (one per client for now; calling again returns it and
   * publishes nothing). Publishes portal.workspace.created.
   */
  EnablePortal: grpc.handleUnaryCall<_client_portal_portal_v1_EnablePortalRequest__Output, _client_portal_portal_v1_Workspace>;
  
  /**
   * A workspace with the documents shared in it (from billing events), newest first, at most 100.
   * Same visibility as ListWorkspaces; a workspace the caller may not see is NOT_FOUND.
   */
  GetWorkspace: grpc.handleUnaryCall<_client_portal_portal_v1_GetWorkspaceRequest__Output, _client_portal_portal_v1_WorkspaceView>;
  
  /**
   * Staff see the tenant's workspaces (optionally one client's); client users only their own.
   */
  ListWorkspaces: grpc.handleUnaryCall<_client_portal_portal_v1_ListWorkspacesRequest__Output, _client_portal_portal_v1_ListWorkspacesResponse>;
  
}

export interface PortalServiceDefinition extends grpc.ServiceDefinition {
  EnablePortal: MethodDefinition<_client_portal_portal_v1_EnablePortalRequest, _client_portal_portal_v1_Workspace, _client_portal_portal_v1_EnablePortalRequest__Output, _client_portal_portal_v1_Workspace__Output>
  GetWorkspace: MethodDefinition<_client_portal_portal_v1_GetWorkspaceRequest, _client_portal_portal_v1_WorkspaceView, _client_portal_portal_v1_GetWorkspaceRequest__Output, _client_portal_portal_v1_WorkspaceView__Output>
  ListWorkspaces: MethodDefinition<_client_portal_portal_v1_ListWorkspacesRequest, _client_portal_portal_v1_ListWorkspacesResponse, _client_portal_portal_v1_ListWorkspacesRequest__Output, _client_portal_portal_v1_ListWorkspacesResponse__Output>
}
