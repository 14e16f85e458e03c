// Original file: proto/identity/v1/access.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddWorkspaceMemberRequest as _client_portal_identity_v1_AddWorkspaceMemberRequest, AddWorkspaceMemberRequest__Output as _client_portal_identity_v1_AddWorkspaceMemberRequest__Output } from '../../../client_portal/identity/v1/AddWorkspaceMemberRequest.js';
import type { ListWorkspaceMembersRequest as _client_portal_identity_v1_ListWorkspaceMembersRequest, ListWorkspaceMembersRequest__Output as _client_portal_identity_v1_ListWorkspaceMembersRequest__Output } from '../../../client_portal/identity/v1/ListWorkspaceMembersRequest.js';
import type { ListWorkspaceMembersResponse as _client_portal_identity_v1_ListWorkspaceMembersResponse, ListWorkspaceMembersResponse__Output as _client_portal_identity_v1_ListWorkspaceMembersResponse__Output } from '../../../client_portal/identity/v1/ListWorkspaceMembersResponse.js';
import type { RemoveWorkspaceMemberRequest as _client_portal_identity_v1_RemoveWorkspaceMemberRequest, RemoveWorkspaceMemberRequest__Output as _client_portal_identity_v1_RemoveWorkspaceMemberRequest__Output } from '../../../client_portal/identity/v1/RemoveWorkspaceMemberRequest.js';
import type { RemoveWorkspaceMemberResponse as _client_portal_identity_v1_RemoveWorkspaceMemberResponse, RemoveWorkspaceMemberResponse__Output as _client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output } from '../../../client_portal/identity/v1/RemoveWorkspaceMemberResponse.js';
import type { SetWorkspaceMemberRightsRequest as _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, SetWorkspaceMemberRightsRequest__Output as _client_portal_identity_v1_SetWorkspaceMemberRightsRequest__Output } from '../../../client_portal/identity/v1/SetWorkspaceMemberRightsRequest.js';
import type { WorkspaceMember as _client_portal_identity_v1_WorkspaceMember, WorkspaceMember__Output as _client_portal_identity_v1_WorkspaceMember__Output } from '../../../client_portal/identity/v1/WorkspaceMember.js';

export interface WorkspaceAccessServiceClient extends grpc.Client {
  /**
   * Adds a client's contact to a workspace. A contact who is not a portal user yet is invited through
   * the invitation flow (once: an invitation e-mail); one who is just gets the workspace. Rights default
   * from the contact's role. ALREADY_EXISTS when they are a member already.
   * Publishes identity.workspace_member.added (and identity.invitation.sent for a new portal user).
   */
  AddWorkspaceMember(argument: _client_portal_identity_v1_AddWorkspaceMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  AddWorkspaceMember(argument: _client_portal_identity_v1_AddWorkspaceMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  AddWorkspaceMember(argument: _client_portal_identity_v1_AddWorkspaceMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  AddWorkspaceMember(argument: _client_portal_identity_v1_AddWorkspaceMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a client's contact to a workspace. A contact who is not a portal user yet is invited through
   * the invitation flow (once: an invitation e-mail); one who is just gets the workspace. Rights default
   * from the contact's role. ALREADY_EXISTS when they are a member already.
   * Publishes identity.workspace_member.added (and identity.invitation.sent for a new portal user).
   */
  addWorkspaceMember(argument: _client_portal_identity_v1_AddWorkspaceMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  addWorkspaceMember(argument: _client_portal_identity_v1_AddWorkspaceMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  addWorkspaceMember(argument: _client_portal_identity_v1_AddWorkspaceMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  addWorkspaceMember(argument: _client_portal_identity_v1_AddWorkspaceMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  
  /**
   * The workspace's members with their rights and invitation status, by name.
   */
  ListWorkspaceMembers(argument: _client_portal_identity_v1_ListWorkspaceMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListWorkspaceMembersResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaceMembers(argument: _client_portal_identity_v1_ListWorkspaceMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListWorkspaceMembersResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaceMembers(argument: _client_portal_identity_v1_ListWorkspaceMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListWorkspaceMembersResponse__Output>): grpc.ClientUnaryCall;
  ListWorkspaceMembers(argument: _client_portal_identity_v1_ListWorkspaceMembersRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListWorkspaceMembersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The workspace's members with their rights and invitation status, by name.
   */
  listWorkspaceMembers(argument: _client_portal_identity_v1_ListWorkspaceMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListWorkspaceMembersResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaceMembers(argument: _client_portal_identity_v1_ListWorkspaceMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListWorkspaceMembersResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaceMembers(argument: _client_portal_identity_v1_ListWorkspaceMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListWorkspaceMembersResponse__Output>): grpc.ClientUnaryCall;
  listWorkspaceMembers(argument: _client_portal_identity_v1_ListWorkspaceMembersRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListWorkspaceMembersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes the workspace away from the member (their login and other workspaces stay; a pending
   * invitation to this workspace is cancelled). Publishes identity.workspace_member.removed.
   */
  RemoveWorkspaceMember(argument: _client_portal_identity_v1_RemoveWorkspaceMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveWorkspaceMember(argument: _client_portal_identity_v1_RemoveWorkspaceMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveWorkspaceMember(argument: _client_portal_identity_v1_RemoveWorkspaceMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>): grpc.ClientUnaryCall;
  RemoveWorkspaceMember(argument: _client_portal_identity_v1_RemoveWorkspaceMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Takes the workspace away from the member (their login and other workspaces stay; a pending
   * invitation to this workspace is cancelled). Publishes identity.workspace_member.removed.
   */
  removeWorkspaceMember(argument: _client_portal_identity_v1_RemoveWorkspaceMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>): grpc.ClientUnaryCall;
  removeWorkspaceMember(argument: _client_portal_identity_v1_RemoveWorkspaceMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>): grpc.ClientUnaryCall;
  removeWorkspaceMember(argument: _client_portal_identity_v1_RemoveWorkspaceMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>): grpc.ClientUnaryCall;
  removeWorkspaceMember(argument: _client_portal_identity_v1_RemoveWorkspaceMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Replaces a member's rights in the workspace. Publishes identity.workspace_member.rights_changed.
   */
  SetWorkspaceMemberRights(argument: _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  SetWorkspaceMemberRights(argument: _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  SetWorkspaceMemberRights(argument: _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  SetWorkspaceMemberRights(argument: _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  /**
   * Replaces a member's rights in the workspace. Publishes identity.workspace_member.rights_changed.
   */
  setWorkspaceMemberRights(argument: _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  setWorkspaceMemberRights(argument: _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  setWorkspaceMemberRights(argument: _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  setWorkspaceMemberRights(argument: _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_WorkspaceMember__Output>): grpc.ClientUnaryCall;
  
}

export interface WorkspaceAccessServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds a client's contact to a workspace. A contact who is not a portal user yet is invited through
   * the invitation flow (once: an invitation e-mail); one who is just gets the workspace. Rights default
   * from the contact's role. ALREADY_EXISTS when they are a member already.
   * Publishes identity.workspace_member.added (and identity.invitation.sent for a new portal user).
   */
  AddWorkspaceMember: grpc.handleUnaryCall<_client_portal_identity_v1_AddWorkspaceMemberRequest__Output, _client_portal_identity_v1_WorkspaceMember>;
  
  /**
   * The workspace's members with their rights and invitation status, by name.
   */
  ListWorkspaceMembers: grpc.handleUnaryCall<_client_portal_identity_v1_ListWorkspaceMembersRequest__Output, _client_portal_identity_v1_ListWorkspaceMembersResponse>;
  
  /**
   * Takes the workspace away from the member (their login and other workspaces stay; a pending
   * invitation to this workspace is cancelled). Publishes identity.workspace_member.removed.
   */
  RemoveWorkspaceMember: grpc.handleUnaryCall<_client_portal_identity_v1_RemoveWorkspaceMemberRequest__Output, _client_portal_identity_v1_RemoveWorkspaceMemberResponse>;
  
  /**
   * Replaces a member's rights in the workspace. Publishes identity.workspace_member.rights_changed.
   */
  SetWorkspaceMemberRights: grpc.handleUnaryCall<_client_portal_identity_v1_SetWorkspaceMemberRightsRequest__Output, _client_portal_identity_v1_WorkspaceMember>;
  
}

export interface WorkspaceAccessServiceDefinition extends grpc.ServiceDefinition {
  AddWorkspaceMember: MethodDefinition<_client_portal_identity_v1_AddWorkspaceMemberRequest, _client_portal_identity_v1_WorkspaceMember, _client_portal_identity_v1_AddWorkspaceMemberRequest__Output, _client_portal_identity_v1_WorkspaceMember__Output>
  ListWorkspaceMembers: MethodDefinition<_client_portal_identity_v1_ListWorkspaceMembersRequest, _client_portal_identity_v1_ListWorkspaceMembersResponse, _client_portal_identity_v1_ListWorkspaceMembersRequest__Output, _client_portal_identity_v1_ListWorkspaceMembersResponse__Output>
  RemoveWorkspaceMember: MethodDefinition<_client_portal_identity_v1_RemoveWorkspaceMemberRequest, _client_portal_identity_v1_RemoveWorkspaceMemberResponse, _client_portal_identity_v1_RemoveWorkspaceMemberRequest__Output, _client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>
  SetWorkspaceMemberRights: MethodDefinition<_client_portal_identity_v1_SetWorkspaceMemberRightsRequest, _client_portal_identity_v1_WorkspaceMember, _client_portal_identity_v1_SetWorkspaceMemberRightsRequest__Output, _client_portal_identity_v1_WorkspaceMember__Output>
}
