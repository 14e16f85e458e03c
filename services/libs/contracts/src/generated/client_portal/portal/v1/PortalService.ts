// Original file: proto/portal/v1/portal.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ArchiveWorkspaceRequest as _client_portal_portal_v1_ArchiveWorkspaceRequest, ArchiveWorkspaceRequest__Output as _client_portal_portal_v1_ArchiveWorkspaceRequest__Output } from '../../../client_portal/portal/v1/ArchiveWorkspaceRequest.js';
import type { CreateWorkspaceRequest as _client_portal_portal_v1_CreateWorkspaceRequest, CreateWorkspaceRequest__Output as _client_portal_portal_v1_CreateWorkspaceRequest__Output } from '../../../client_portal/portal/v1/CreateWorkspaceRequest.js';
import type { EnablePortalRequest as _client_portal_portal_v1_EnablePortalRequest, EnablePortalRequest__Output as _client_portal_portal_v1_EnablePortalRequest__Output } from '../../../client_portal/portal/v1/EnablePortalRequest.js';
import type { GetWorkspaceRequest as _client_portal_portal_v1_GetWorkspaceRequest, GetWorkspaceRequest__Output as _client_portal_portal_v1_GetWorkspaceRequest__Output } from '../../../client_portal/portal/v1/GetWorkspaceRequest.js';
import type { ListWorkspacesRequest as _client_portal_portal_v1_ListWorkspacesRequest, ListWorkspacesRequest__Output as _client_portal_portal_v1_ListWorkspacesRequest__Output } from '../../../client_portal/portal/v1/ListWorkspacesRequest.js';
import type { ListWorkspacesResponse as _client_portal_portal_v1_ListWorkspacesResponse, ListWorkspacesResponse__Output as _client_portal_portal_v1_ListWorkspacesResponse__Output } from '../../../client_portal/portal/v1/ListWorkspacesResponse.js';
import type { RenameWorkspaceRequest as _client_portal_portal_v1_RenameWorkspaceRequest, RenameWorkspaceRequest__Output as _client_portal_portal_v1_RenameWorkspaceRequest__Output } from '../../../client_portal/portal/v1/RenameWorkspaceRequest.js';
import type { RestoreWorkspaceRequest as _client_portal_portal_v1_RestoreWorkspaceRequest, RestoreWorkspaceRequest__Output as _client_portal_portal_v1_RestoreWorkspaceRequest__Output } from '../../../client_portal/portal/v1/RestoreWorkspaceRequest.js';
import type { SetWorkspaceModulesRequest as _client_portal_portal_v1_SetWorkspaceModulesRequest, SetWorkspaceModulesRequest__Output as _client_portal_portal_v1_SetWorkspaceModulesRequest__Output } from '../../../client_portal/portal/v1/SetWorkspaceModulesRequest.js';
import type { Workspace as _client_portal_portal_v1_Workspace, Workspace__Output as _client_portal_portal_v1_Workspace__Output } from '../../../client_portal/portal/v1/Workspace.js';
import type { WorkspaceView as _client_portal_portal_v1_WorkspaceView, WorkspaceView__Output as _client_portal_portal_v1_WorkspaceView__Output } from '../../../client_portal/portal/v1/WorkspaceView.js';

export interface PortalServiceClient extends grpc.Client {
  /**
   * Staff (workspaces.manage): read-only for everybody and out of the client's navigation.
   * Publishes portal.workspace.archived (nothing when archived already).
   */
  ArchiveWorkspace(argument: _client_portal_portal_v1_ArchiveWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  ArchiveWorkspace(argument: _client_portal_portal_v1_ArchiveWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  ArchiveWorkspace(argument: _client_portal_portal_v1_ArchiveWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  ArchiveWorkspace(argument: _client_portal_portal_v1_ArchiveWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.manage): read-only for everybody and out of the client's navigation.
   * Publishes portal.workspace.archived (nothing when archived already).
   */
  archiveWorkspace(argument: _client_portal_portal_v1_ArchiveWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  archiveWorkspace(argument: _client_portal_portal_v1_ArchiveWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  archiveWorkspace(argument: _client_portal_portal_v1_ArchiveWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  archiveWorkspace(argument: _client_portal_portal_v1_ArchiveWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.manage): opens one more workspace for a client, optionally linked to one of its
   * projects (the name then defaults to the project's). Publishes portal.workspace.created.
   */
  CreateWorkspace(argument: _client_portal_portal_v1_CreateWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  CreateWorkspace(argument: _client_portal_portal_v1_CreateWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  CreateWorkspace(argument: _client_portal_portal_v1_CreateWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  CreateWorkspace(argument: _client_portal_portal_v1_CreateWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.manage): opens one more workspace for a client, optionally linked to one of its
   * projects (the name then defaults to the project's). Publishes portal.workspace.created.
   */
  createWorkspace(argument: _client_portal_portal_v1_CreateWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  createWorkspace(argument: _client_portal_portal_v1_CreateWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  createWorkspace(argument: _client_portal_portal_v1_CreateWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  createWorkspace(argument: _client_portal_portal_v1_CreateWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  
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
   * Staff see the tenant's workspaces (optionally one client's); client users only their own. Staff may
   * ask the sync order instead (by_update: oldest change first, paged, updated_since; the partner API).
   */
  ListWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff see the tenant's workspaces (optionally one client's); client users only their own. Staff may
   * ask the sync order instead (by_update: oldest change first, paged, updated_since; the partner API).
   */
  listWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaces(argument: _client_portal_portal_v1_ListWorkspacesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_ListWorkspacesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.manage); a client user gets NOT_FOUND. An archived workspace is
   * FAILED_PRECONDITION. Publishes portal.workspace.updated.
   */
  RenameWorkspace(argument: _client_portal_portal_v1_RenameWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  RenameWorkspace(argument: _client_portal_portal_v1_RenameWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  RenameWorkspace(argument: _client_portal_portal_v1_RenameWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  RenameWorkspace(argument: _client_portal_portal_v1_RenameWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.manage); a client user gets NOT_FOUND. An archived workspace is
   * FAILED_PRECONDITION. Publishes portal.workspace.updated.
   */
  renameWorkspace(argument: _client_portal_portal_v1_RenameWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  renameWorkspace(argument: _client_portal_portal_v1_RenameWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  renameWorkspace(argument: _client_portal_portal_v1_RenameWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  renameWorkspace(argument: _client_portal_portal_v1_RenameWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  
  /**
   * Publishes portal.workspace.restored (nothing when not archived).
   */
  RestoreWorkspace(argument: _client_portal_portal_v1_RestoreWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  RestoreWorkspace(argument: _client_portal_portal_v1_RestoreWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  RestoreWorkspace(argument: _client_portal_portal_v1_RestoreWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  RestoreWorkspace(argument: _client_portal_portal_v1_RestoreWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  /**
   * Publishes portal.workspace.restored (nothing when not archived).
   */
  restoreWorkspace(argument: _client_portal_portal_v1_RestoreWorkspaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  restoreWorkspace(argument: _client_portal_portal_v1_RestoreWorkspaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  restoreWorkspace(argument: _client_portal_portal_v1_RestoreWorkspaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  restoreWorkspace(argument: _client_portal_portal_v1_RestoreWorkspaceRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (workspaces.manage): the modules switched on afterwards. Publishes portal.workspace.updated.
   */
  SetWorkspaceModules(argument: _client_portal_portal_v1_SetWorkspaceModulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  SetWorkspaceModules(argument: _client_portal_portal_v1_SetWorkspaceModulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  SetWorkspaceModules(argument: _client_portal_portal_v1_SetWorkspaceModulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  SetWorkspaceModules(argument: _client_portal_portal_v1_SetWorkspaceModulesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (workspaces.manage): the modules switched on afterwards. Publishes portal.workspace.updated.
   */
  setWorkspaceModules(argument: _client_portal_portal_v1_SetWorkspaceModulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  setWorkspaceModules(argument: _client_portal_portal_v1_SetWorkspaceModulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  setWorkspaceModules(argument: _client_portal_portal_v1_SetWorkspaceModulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  setWorkspaceModules(argument: _client_portal_portal_v1_SetWorkspaceModulesRequest, callback: grpc.requestCallback<_client_portal_portal_v1_Workspace__Output>): grpc.ClientUnaryCall;
  
}

export interface PortalServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Staff (workspaces.manage): read-only for everybody and out of the client's navigation.
   * Publishes portal.workspace.archived (nothing when archived already).
   */
  ArchiveWorkspace: grpc.handleUnaryCall<_client_portal_portal_v1_ArchiveWorkspaceRequest__Output, _client_portal_portal_v1_Workspace>;
  
  /**
   * Staff (workspaces.manage): opens one more workspace for a client, optionally linked to one of its
   * projects (the name then defaults to the project's). Publishes portal.workspace.created.
   */
  CreateWorkspace: grpc.handleUnaryCall<_client_portal_portal_v1_CreateWorkspaceRequest__Output, _client_portal_portal_v1_Workspace>;
  
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
   * Staff see the tenant's workspaces (optionally one client's); client users only their own. Staff may
   * ask the sync order instead (by_update: oldest change first, paged, updated_since; the partner API).
   */
  ListWorkspaces: grpc.handleUnaryCall<_client_portal_portal_v1_ListWorkspacesRequest__Output, _client_portal_portal_v1_ListWorkspacesResponse>;
  
  /**
   * Staff (workspaces.manage); a client user gets NOT_FOUND. An archived workspace is
   * FAILED_PRECONDITION. Publishes portal.workspace.updated.
   */
  RenameWorkspace: grpc.handleUnaryCall<_client_portal_portal_v1_RenameWorkspaceRequest__Output, _client_portal_portal_v1_Workspace>;
  
  /**
   * Publishes portal.workspace.restored (nothing when not archived).
   */
  RestoreWorkspace: grpc.handleUnaryCall<_client_portal_portal_v1_RestoreWorkspaceRequest__Output, _client_portal_portal_v1_Workspace>;
  
  /**
   * Staff (workspaces.manage): the modules switched on afterwards. Publishes portal.workspace.updated.
   */
  SetWorkspaceModules: grpc.handleUnaryCall<_client_portal_portal_v1_SetWorkspaceModulesRequest__Output, _client_portal_portal_v1_Workspace>;
  
}

export interface PortalServiceDefinition extends grpc.ServiceDefinition {
  ArchiveWorkspace: MethodDefinition<_client_portal_portal_v1_ArchiveWorkspaceRequest, _client_portal_portal_v1_Workspace, _client_portal_portal_v1_ArchiveWorkspaceRequest__Output, _client_portal_portal_v1_Workspace__Output>
  CreateWorkspace: MethodDefinition<_client_portal_portal_v1_CreateWorkspaceRequest, _client_portal_portal_v1_Workspace, _client_portal_portal_v1_CreateWorkspaceRequest__Output, _client_portal_portal_v1_Workspace__Output>
  EnablePortal: MethodDefinition<_client_portal_portal_v1_EnablePortalRequest, _client_portal_portal_v1_Workspace, _client_portal_portal_v1_EnablePortalRequest__Output, _client_portal_portal_v1_Workspace__Output>
  GetWorkspace: MethodDefinition<_client_portal_portal_v1_GetWorkspaceRequest, _client_portal_portal_v1_WorkspaceView, _client_portal_portal_v1_GetWorkspaceRequest__Output, _client_portal_portal_v1_WorkspaceView__Output>
  ListWorkspaces: MethodDefinition<_client_portal_portal_v1_ListWorkspacesRequest, _client_portal_portal_v1_ListWorkspacesResponse, _client_portal_portal_v1_ListWorkspacesRequest__Output, _client_portal_portal_v1_ListWorkspacesResponse__Output>
  RenameWorkspace: MethodDefinition<_client_portal_portal_v1_RenameWorkspaceRequest, _client_portal_portal_v1_Workspace, _client_portal_portal_v1_RenameWorkspaceRequest__Output, _client_portal_portal_v1_Workspace__Output>
  RestoreWorkspace: MethodDefinition<_client_portal_portal_v1_RestoreWorkspaceRequest, _client_portal_portal_v1_Workspace, _client_portal_portal_v1_RestoreWorkspaceRequest__Output, _client_portal_portal_v1_Workspace__Output>
  SetWorkspaceModules: MethodDefinition<_client_portal_portal_v1_SetWorkspaceModulesRequest, _client_portal_portal_v1_Workspace, _client_portal_portal_v1_SetWorkspaceModulesRequest__Output, _client_portal_portal_v1_Workspace__Output>
}
