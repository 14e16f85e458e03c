// Original file: proto/identity/v1/roles.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreatePortalGroupRequest as _client_portal_identity_v1_CreatePortalGroupRequest, CreatePortalGroupRequest__Output as _client_portal_identity_v1_CreatePortalGroupRequest__Output } from '../../../client_portal/identity/v1/CreatePortalGroupRequest.js';
import type { CreatePortalRoleRequest as _client_portal_identity_v1_CreatePortalRoleRequest, CreatePortalRoleRequest__Output as _client_portal_identity_v1_CreatePortalRoleRequest__Output } from '../../../client_portal/identity/v1/CreatePortalRoleRequest.js';
import type { DeletePortalGroupRequest as _client_portal_identity_v1_DeletePortalGroupRequest, DeletePortalGroupRequest__Output as _client_portal_identity_v1_DeletePortalGroupRequest__Output } from '../../../client_portal/identity/v1/DeletePortalGroupRequest.js';
import type { DeletePortalGroupResponse as _client_portal_identity_v1_DeletePortalGroupResponse, DeletePortalGroupResponse__Output as _client_portal_identity_v1_DeletePortalGroupResponse__Output } from '../../../client_portal/identity/v1/DeletePortalGroupResponse.js';
import type { DeletePortalRoleRequest as _client_portal_identity_v1_DeletePortalRoleRequest, DeletePortalRoleRequest__Output as _client_portal_identity_v1_DeletePortalRoleRequest__Output } from '../../../client_portal/identity/v1/DeletePortalRoleRequest.js';
import type { DeletePortalRoleResponse as _client_portal_identity_v1_DeletePortalRoleResponse, DeletePortalRoleResponse__Output as _client_portal_identity_v1_DeletePortalRoleResponse__Output } from '../../../client_portal/identity/v1/DeletePortalRoleResponse.js';
import type { GetPortalAccessSettingsRequest as _client_portal_identity_v1_GetPortalAccessSettingsRequest, GetPortalAccessSettingsRequest__Output as _client_portal_identity_v1_GetPortalAccessSettingsRequest__Output } from '../../../client_portal/identity/v1/GetPortalAccessSettingsRequest.js';
import type { JoinPortalGroupsRequest as _client_portal_identity_v1_JoinPortalGroupsRequest, JoinPortalGroupsRequest__Output as _client_portal_identity_v1_JoinPortalGroupsRequest__Output } from '../../../client_portal/identity/v1/JoinPortalGroupsRequest.js';
import type { JoinPortalGroupsResponse as _client_portal_identity_v1_JoinPortalGroupsResponse, JoinPortalGroupsResponse__Output as _client_portal_identity_v1_JoinPortalGroupsResponse__Output } from '../../../client_portal/identity/v1/JoinPortalGroupsResponse.js';
import type { ListClientPortalUsersRequest as _client_portal_identity_v1_ListClientPortalUsersRequest, ListClientPortalUsersRequest__Output as _client_portal_identity_v1_ListClientPortalUsersRequest__Output } from '../../../client_portal/identity/v1/ListClientPortalUsersRequest.js';
import type { ListClientPortalUsersResponse as _client_portal_identity_v1_ListClientPortalUsersResponse, ListClientPortalUsersResponse__Output as _client_portal_identity_v1_ListClientPortalUsersResponse__Output } from '../../../client_portal/identity/v1/ListClientPortalUsersResponse.js';
import type { ListPortalGroupsRequest as _client_portal_identity_v1_ListPortalGroupsRequest, ListPortalGroupsRequest__Output as _client_portal_identity_v1_ListPortalGroupsRequest__Output } from '../../../client_portal/identity/v1/ListPortalGroupsRequest.js';
import type { ListPortalGroupsResponse as _client_portal_identity_v1_ListPortalGroupsResponse, ListPortalGroupsResponse__Output as _client_portal_identity_v1_ListPortalGroupsResponse__Output } from '../../../client_portal/identity/v1/ListPortalGroupsResponse.js';
import type { ListPortalRolesRequest as _client_portal_identity_v1_ListPortalRolesRequest, ListPortalRolesRequest__Output as _client_portal_identity_v1_ListPortalRolesRequest__Output } from '../../../client_portal/identity/v1/ListPortalRolesRequest.js';
import type { ListPortalRolesResponse as _client_portal_identity_v1_ListPortalRolesResponse, ListPortalRolesResponse__Output as _client_portal_identity_v1_ListPortalRolesResponse__Output } from '../../../client_portal/identity/v1/ListPortalRolesResponse.js';
import type { PortalAccessSettings as _client_portal_identity_v1_PortalAccessSettings, PortalAccessSettings__Output as _client_portal_identity_v1_PortalAccessSettings__Output } from '../../../client_portal/identity/v1/PortalAccessSettings.js';
import type { PortalGroup as _client_portal_identity_v1_PortalGroup, PortalGroup__Output as _client_portal_identity_v1_PortalGroup__Output } from '../../../client_portal/identity/v1/PortalGroup.js';
import type { PortalRole as _client_portal_identity_v1_PortalRole, PortalRole__Output as _client_portal_identity_v1_PortalRole__Output } from '../../../client_portal/identity/v1/PortalRole.js';
import type { PortalRoleUser as _client_portal_identity_v1_PortalRoleUser, PortalRoleUser__Output as _client_portal_identity_v1_PortalRoleUser__Output } from '../../../client_portal/identity/v1/PortalRoleUser.js';
import type { RenamePortalGroupRequest as _client_portal_identity_v1_RenamePortalGroupRequest, RenamePortalGroupRequest__Output as _client_portal_identity_v1_RenamePortalGroupRequest__Output } from '../../../client_portal/identity/v1/RenamePortalGroupRequest.js';
import type { SetPortalGroupMembershipRequest as _client_portal_identity_v1_SetPortalGroupMembershipRequest, SetPortalGroupMembershipRequest__Output as _client_portal_identity_v1_SetPortalGroupMembershipRequest__Output } from '../../../client_portal/identity/v1/SetPortalGroupMembershipRequest.js';
import type { SetPortalUserRoleRequest as _client_portal_identity_v1_SetPortalUserRoleRequest, SetPortalUserRoleRequest__Output as _client_portal_identity_v1_SetPortalUserRoleRequest__Output } from '../../../client_portal/identity/v1/SetPortalUserRoleRequest.js';
import type { UpdatePortalAccessSettingsRequest as _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, UpdatePortalAccessSettingsRequest__Output as _client_portal_identity_v1_UpdatePortalAccessSettingsRequest__Output } from '../../../client_portal/identity/v1/UpdatePortalAccessSettingsRequest.js';
import type { UpdatePortalRoleRequest as _client_portal_identity_v1_UpdatePortalRoleRequest, UpdatePortalRoleRequest__Output as _client_portal_identity_v1_UpdatePortalRoleRequest__Output } from '../../../client_portal/identity/v1/UpdatePortalRoleRequest.js';

export interface ExternalRoleServiceClient extends grpc.Client {
  CreatePortalGroup(argument: _client_portal_identity_v1_CreatePortalGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  CreatePortalGroup(argument: _client_portal_identity_v1_CreatePortalGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  CreatePortalGroup(argument: _client_portal_identity_v1_CreatePortalGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  CreatePortalGroup(argument: _client_portal_identity_v1_CreatePortalGroupRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  createPortalGroup(argument: _client_portal_identity_v1_CreatePortalGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  createPortalGroup(argument: _client_portal_identity_v1_CreatePortalGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  createPortalGroup(argument: _client_portal_identity_v1_CreatePortalGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  createPortalGroup(argument: _client_portal_identity_v1_CreatePortalGroupRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  
  /**
   * ALREADY_EXISTS when the tenant has a role of that name; INVALID_ARGUMENT names the bad field.
   */
  CreatePortalRole(argument: _client_portal_identity_v1_CreatePortalRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  CreatePortalRole(argument: _client_portal_identity_v1_CreatePortalRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  CreatePortalRole(argument: _client_portal_identity_v1_CreatePortalRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  CreatePortalRole(argument: _client_portal_identity_v1_CreatePortalRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  /**
   * ALREADY_EXISTS when the tenant has a role of that name; INVALID_ARGUMENT names the bad field.
   */
  createPortalRole(argument: _client_portal_identity_v1_CreatePortalRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  createPortalRole(argument: _client_portal_identity_v1_CreatePortalRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  createPortalRole(argument: _client_portal_identity_v1_CreatePortalRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  createPortalRole(argument: _client_portal_identity_v1_CreatePortalRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  
  DeletePortalGroup(argument: _client_portal_identity_v1_DeletePortalGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalGroupResponse__Output>): grpc.ClientUnaryCall;
  DeletePortalGroup(argument: _client_portal_identity_v1_DeletePortalGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalGroupResponse__Output>): grpc.ClientUnaryCall;
  DeletePortalGroup(argument: _client_portal_identity_v1_DeletePortalGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalGroupResponse__Output>): grpc.ClientUnaryCall;
  DeletePortalGroup(argument: _client_portal_identity_v1_DeletePortalGroupRequest, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalGroupResponse__Output>): grpc.ClientUnaryCall;
  deletePortalGroup(argument: _client_portal_identity_v1_DeletePortalGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalGroupResponse__Output>): grpc.ClientUnaryCall;
  deletePortalGroup(argument: _client_portal_identity_v1_DeletePortalGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalGroupResponse__Output>): grpc.ClientUnaryCall;
  deletePortalGroup(argument: _client_portal_identity_v1_DeletePortalGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalGroupResponse__Output>): grpc.ClientUnaryCall;
  deletePortalGroup(argument: _client_portal_identity_v1_DeletePortalGroupRequest, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalGroupResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deletes a tenant role. In use: FAILED_PRECONDITION role.in_use unless reassign_to names the role
   * its holders (and pending invitations) get instead.
   */
  DeletePortalRole(argument: _client_portal_identity_v1_DeletePortalRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalRoleResponse__Output>): grpc.ClientUnaryCall;
  DeletePortalRole(argument: _client_portal_identity_v1_DeletePortalRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalRoleResponse__Output>): grpc.ClientUnaryCall;
  DeletePortalRole(argument: _client_portal_identity_v1_DeletePortalRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalRoleResponse__Output>): grpc.ClientUnaryCall;
  DeletePortalRole(argument: _client_portal_identity_v1_DeletePortalRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalRoleResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Deletes a tenant role. In use: FAILED_PRECONDITION role.in_use unless reassign_to names the role
   * its holders (and pending invitations) get instead.
   */
  deletePortalRole(argument: _client_portal_identity_v1_DeletePortalRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalRoleResponse__Output>): grpc.ClientUnaryCall;
  deletePortalRole(argument: _client_portal_identity_v1_DeletePortalRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalRoleResponse__Output>): grpc.ClientUnaryCall;
  deletePortalRole(argument: _client_portal_identity_v1_DeletePortalRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalRoleResponse__Output>): grpc.ClientUnaryCall;
  deletePortalRole(argument: _client_portal_identity_v1_DeletePortalRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_DeletePortalRoleResponse__Output>): grpc.ClientUnaryCall;
  
  GetPortalAccessSettings(argument: _client_portal_identity_v1_GetPortalAccessSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  GetPortalAccessSettings(argument: _client_portal_identity_v1_GetPortalAccessSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  GetPortalAccessSettings(argument: _client_portal_identity_v1_GetPortalAccessSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  GetPortalAccessSettings(argument: _client_portal_identity_v1_GetPortalAccessSettingsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  getPortalAccessSettings(argument: _client_portal_identity_v1_GetPortalAccessSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  getPortalAccessSettings(argument: _client_portal_identity_v1_GetPortalAccessSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  getPortalAccessSettings(argument: _client_portal_identity_v1_GetPortalAccessSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  getPortalAccessSettings(argument: _client_portal_identity_v1_GetPortalAccessSettingsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * Puts someone just invited in the groups chosen with the invitation (whoever may invite them).
   */
  JoinPortalGroups(argument: _client_portal_identity_v1_JoinPortalGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  JoinPortalGroups(argument: _client_portal_identity_v1_JoinPortalGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  JoinPortalGroups(argument: _client_portal_identity_v1_JoinPortalGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  JoinPortalGroups(argument: _client_portal_identity_v1_JoinPortalGroupsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Puts someone just invited in the groups chosen with the invitation (whoever may invite them).
   */
  joinPortalGroups(argument: _client_portal_identity_v1_JoinPortalGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  joinPortalGroups(argument: _client_portal_identity_v1_JoinPortalGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_JoinPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  joinPortalGroups(argument: _client_portal_identity_v1_JoinPortalGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_JoinPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  joinPortalGroups(argument: _client_portal_identity_v1_JoinPortalGroupsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_JoinPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * A client's portal users (invited and active) with their role and groups (the client page).
   */
  ListClientPortalUsers(argument: _client_portal_identity_v1_ListClientPortalUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  ListClientPortalUsers(argument: _client_portal_identity_v1_ListClientPortalUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  ListClientPortalUsers(argument: _client_portal_identity_v1_ListClientPortalUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  ListClientPortalUsers(argument: _client_portal_identity_v1_ListClientPortalUsersRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A client's portal users (invited and active) with their role and groups (the client page).
   */
  listClientPortalUsers(argument: _client_portal_identity_v1_ListClientPortalUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  listClientPortalUsers(argument: _client_portal_identity_v1_ListClientPortalUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  listClientPortalUsers(argument: _client_portal_identity_v1_ListClientPortalUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  listClientPortalUsers(argument: _client_portal_identity_v1_ListClientPortalUsersRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListClientPortalUsersResponse__Output>): grpc.ClientUnaryCall;
  
  ListPortalGroups(argument: _client_portal_identity_v1_ListPortalGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListPortalGroups(argument: _client_portal_identity_v1_ListPortalGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListPortalGroups(argument: _client_portal_identity_v1_ListPortalGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListPortalGroups(argument: _client_portal_identity_v1_ListPortalGroupsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  listPortalGroups(argument: _client_portal_identity_v1_ListPortalGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  listPortalGroups(argument: _client_portal_identity_v1_ListPortalGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  listPortalGroups(argument: _client_portal_identity_v1_ListPortalGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  listPortalGroups(argument: _client_portal_identity_v1_ListPortalGroupsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The built-in roles (decision-maker, technical, billing, observer: fixed) then the tenant's, by name,
   * each with how many portal users hold it.
   */
  ListPortalRoles(argument: _client_portal_identity_v1_ListPortalRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalRolesResponse__Output>): grpc.ClientUnaryCall;
  ListPortalRoles(argument: _client_portal_identity_v1_ListPortalRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalRolesResponse__Output>): grpc.ClientUnaryCall;
  ListPortalRoles(argument: _client_portal_identity_v1_ListPortalRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalRolesResponse__Output>): grpc.ClientUnaryCall;
  ListPortalRoles(argument: _client_portal_identity_v1_ListPortalRolesRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalRolesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The built-in roles (decision-maker, technical, billing, observer: fixed) then the tenant's, by name,
   * each with how many portal users hold it.
   */
  listPortalRoles(argument: _client_portal_identity_v1_ListPortalRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalRolesResponse__Output>): grpc.ClientUnaryCall;
  listPortalRoles(argument: _client_portal_identity_v1_ListPortalRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalRolesResponse__Output>): grpc.ClientUnaryCall;
  listPortalRoles(argument: _client_portal_identity_v1_ListPortalRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalRolesResponse__Output>): grpc.ClientUnaryCall;
  listPortalRoles(argument: _client_portal_identity_v1_ListPortalRolesRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListPortalRolesResponse__Output>): grpc.ClientUnaryCall;
  
  RenamePortalGroup(argument: _client_portal_identity_v1_RenamePortalGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  RenamePortalGroup(argument: _client_portal_identity_v1_RenamePortalGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  RenamePortalGroup(argument: _client_portal_identity_v1_RenamePortalGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  RenamePortalGroup(argument: _client_portal_identity_v1_RenamePortalGroupRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  renamePortalGroup(argument: _client_portal_identity_v1_RenamePortalGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  renamePortalGroup(argument: _client_portal_identity_v1_RenamePortalGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  renamePortalGroup(argument: _client_portal_identity_v1_RenamePortalGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  renamePortalGroup(argument: _client_portal_identity_v1_RenamePortalGroupRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds (member = true) or removes a portal user of the tenant.
   */
  SetPortalGroupMembership(argument: _client_portal_identity_v1_SetPortalGroupMembershipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  SetPortalGroupMembership(argument: _client_portal_identity_v1_SetPortalGroupMembershipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  SetPortalGroupMembership(argument: _client_portal_identity_v1_SetPortalGroupMembershipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  SetPortalGroupMembership(argument: _client_portal_identity_v1_SetPortalGroupMembershipRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  /**
   * Adds (member = true) or removes a portal user of the tenant.
   */
  setPortalGroupMembership(argument: _client_portal_identity_v1_SetPortalGroupMembershipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  setPortalGroupMembership(argument: _client_portal_identity_v1_SetPortalGroupMembershipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  setPortalGroupMembership(argument: _client_portal_identity_v1_SetPortalGroupMembershipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  setPortalGroupMembership(argument: _client_portal_identity_v1_SetPortalGroupMembershipRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalGroup__Output>): grpc.ClientUnaryCall;
  
  /**
   * Gives a portal user a role: their rights in every workspace become the role's.
   */
  SetPortalUserRole(argument: _client_portal_identity_v1_SetPortalUserRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRoleUser__Output>): grpc.ClientUnaryCall;
  SetPortalUserRole(argument: _client_portal_identity_v1_SetPortalUserRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRoleUser__Output>): grpc.ClientUnaryCall;
  SetPortalUserRole(argument: _client_portal_identity_v1_SetPortalUserRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRoleUser__Output>): grpc.ClientUnaryCall;
  SetPortalUserRole(argument: _client_portal_identity_v1_SetPortalUserRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRoleUser__Output>): grpc.ClientUnaryCall;
  /**
   * Gives a portal user a role: their rights in every workspace become the role's.
   */
  setPortalUserRole(argument: _client_portal_identity_v1_SetPortalUserRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRoleUser__Output>): grpc.ClientUnaryCall;
  setPortalUserRole(argument: _client_portal_identity_v1_SetPortalUserRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRoleUser__Output>): grpc.ClientUnaryCall;
  setPortalUserRole(argument: _client_portal_identity_v1_SetPortalUserRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRoleUser__Output>): grpc.ClientUnaryCall;
  setPortalUserRole(argument: _client_portal_identity_v1_SetPortalUserRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRoleUser__Output>): grpc.ClientUnaryCall;
  
  UpdatePortalAccessSettings(argument: _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  UpdatePortalAccessSettings(argument: _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  UpdatePortalAccessSettings(argument: _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  UpdatePortalAccessSettings(argument: _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  updatePortalAccessSettings(argument: _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  updatePortalAccessSettings(argument: _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  updatePortalAccessSettings(argument: _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  updatePortalAccessSettings(argument: _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalAccessSettings__Output>): grpc.ClientUnaryCall;
  
  /**
   * Renames a tenant role and/or replaces its rights: everyone holding it gets them (where staff did not
   * adjust their rights in a workspace). FAILED_PRECONDITION for a built-in role or a stale version.
   */
  UpdatePortalRole(argument: _client_portal_identity_v1_UpdatePortalRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  UpdatePortalRole(argument: _client_portal_identity_v1_UpdatePortalRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  UpdatePortalRole(argument: _client_portal_identity_v1_UpdatePortalRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  UpdatePortalRole(argument: _client_portal_identity_v1_UpdatePortalRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  /**
   * Renames a tenant role and/or replaces its rights: everyone holding it gets them (where staff did not
   * adjust their rights in a workspace). FAILED_PRECONDITION for a built-in role or a stale version.
   */
  updatePortalRole(argument: _client_portal_identity_v1_UpdatePortalRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  updatePortalRole(argument: _client_portal_identity_v1_UpdatePortalRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  updatePortalRole(argument: _client_portal_identity_v1_UpdatePortalRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  updatePortalRole(argument: _client_portal_identity_v1_UpdatePortalRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_PortalRole__Output>): grpc.ClientUnaryCall;
  
}

export interface ExternalRoleServiceHandlers extends grpc.UntypedServiceImplementation {
  CreatePortalGroup: grpc.handleUnaryCall<_client_portal_identity_v1_CreatePortalGroupRequest__Output, _client_portal_identity_v1_PortalGroup>;
  
  /**
   * ALREADY_EXISTS when the tenant has a role of that name; INVALID_ARGUMENT names the bad field.
   */
  CreatePortalRole: grpc.handleUnaryCall<_client_portal_identity_v1_CreatePortalRoleRequest__Output, _client_portal_identity_v1_PortalRole>;
  
  DeletePortalGroup: grpc.handleUnaryCall<_client_portal_identity_v1_DeletePortalGroupRequest__Output, _client_portal_identity_v1_DeletePortalGroupResponse>;
  
  /**
   * Deletes a tenant role. In use: FAILED_PRECONDITION role.in_use unless reassign_to names the role
   * its holders (and pending invitations) get instead.
   */
  DeletePortalRole: grpc.handleUnaryCall<_client_portal_identity_v1_DeletePortalRoleRequest__Output, _client_portal_identity_v1_DeletePortalRoleResponse>;
  
  GetPortalAccessSettings: grpc.handleUnaryCall<_client_portal_identity_v1_GetPortalAccessSettingsRequest__Output, _client_portal_identity_v1_PortalAccessSettings>;
  
  /**
   * Puts someone just invited in the groups chosen with the invitation (whoever may invite them).
   */
  JoinPortalGroups: grpc.handleUnaryCall<_client_portal_identity_v1_JoinPortalGroupsRequest__Output, _client_portal_identity_v1_JoinPortalGroupsResponse>;
  
  /**
   * A client's portal users (invited and active) with their role and groups (the client page).
   */
  ListClientPortalUsers: grpc.handleUnaryCall<_client_portal_identity_v1_ListClientPortalUsersRequest__Output, _client_portal_identity_v1_ListClientPortalUsersResponse>;
  
  ListPortalGroups: grpc.handleUnaryCall<_client_portal_identity_v1_ListPortalGroupsRequest__Output, _client_portal_identity_v1_ListPortalGroupsResponse>;
  
  /**
   * The built-in roles (decision-maker, technical, billing, observer: fixed) then the tenant's, by name,
   * each with how many portal users hold it.
   */
  ListPortalRoles: grpc.handleUnaryCall<_client_portal_identity_v1_ListPortalRolesRequest__Output, _client_portal_identity_v1_ListPortalRolesResponse>;
  
  RenamePortalGroup: grpc.handleUnaryCall<_client_portal_identity_v1_RenamePortalGroupRequest__Output, _client_portal_identity_v1_PortalGroup>;
  
  /**
   * Adds (member = true) or removes a portal user of the tenant.
   */
  SetPortalGroupMembership: grpc.handleUnaryCall<_client_portal_identity_v1_SetPortalGroupMembershipRequest__Output, _client_portal_identity_v1_PortalGroup>;
  
  /**
   * Gives a portal user a role: their rights in every workspace become the role's.
   */
  SetPortalUserRole: grpc.handleUnaryCall<_client_portal_identity_v1_SetPortalUserRoleRequest__Output, _client_portal_identity_v1_PortalRoleUser>;
  
  UpdatePortalAccessSettings: grpc.handleUnaryCall<_client_portal_identity_v1_UpdatePortalAccessSettingsRequest__Output, _client_portal_identity_v1_PortalAccessSettings>;
  
  /**
   * Renames a tenant role and/or replaces its rights: everyone holding it gets them (where staff did not
   * adjust their rights in a workspace). FAILED_PRECONDITION for a built-in role or a stale version.
   */
  UpdatePortalRole: grpc.handleUnaryCall<_client_portal_identity_v1_UpdatePortalRoleRequest__Output, _client_portal_identity_v1_PortalRole>;
  
}

export interface ExternalRoleServiceDefinition extends grpc.ServiceDefinition {
  CreatePortalGroup: MethodDefinition<_client_portal_identity_v1_CreatePortalGroupRequest, _client_portal_identity_v1_PortalGroup, _client_portal_identity_v1_CreatePortalGroupRequest__Output, _client_portal_identity_v1_PortalGroup__Output>
  CreatePortalRole: MethodDefinition<_client_portal_identity_v1_CreatePortalRoleRequest, _client_portal_identity_v1_PortalRole, _client_portal_identity_v1_CreatePortalRoleRequest__Output, _client_portal_identity_v1_PortalRole__Output>
  DeletePortalGroup: MethodDefinition<_client_portal_identity_v1_DeletePortalGroupRequest, _client_portal_identity_v1_DeletePortalGroupResponse, _client_portal_identity_v1_DeletePortalGroupRequest__Output, _client_portal_identity_v1_DeletePortalGroupResponse__Output>
  DeletePortalRole: MethodDefinition<_client_portal_identity_v1_DeletePortalRoleRequest, _client_portal_identity_v1_DeletePortalRoleResponse, _client_portal_identity_v1_DeletePortalRoleRequest__Output, _client_portal_identity_v1_DeletePortalRoleResponse__Output>
  GetPortalAccessSettings: MethodDefinition<_client_portal_identity_v1_GetPortalAccessSettingsRequest, _client_portal_identity_v1_PortalAccessSettings, _client_portal_identity_v1_GetPortalAccessSettingsRequest__Output, _client_portal_identity_v1_PortalAccessSettings__Output>
  JoinPortalGroups: MethodDefinition<_client_portal_identity_v1_JoinPortalGroupsRequest, _client_portal_identity_v1_JoinPortalGroupsResponse, _client_portal_identity_v1_JoinPortalGroupsRequest__Output, _client_portal_identity_v1_JoinPortalGroupsResponse__Output>
  ListClientPortalUsers: MethodDefinition<_client_portal_identity_v1_ListClientPortalUsersRequest, _client_portal_identity_v1_ListClientPortalUsersResponse, _client_portal_identity_v1_ListClientPortalUsersRequest__Output, _client_portal_identity_v1_ListClientPortalUsersResponse__Output>
  ListPortalGroups: MethodDefinition<_client_portal_identity_v1_ListPortalGroupsRequest, _client_portal_identity_v1_ListPortalGroupsResponse, _client_portal_identity_v1_ListPortalGroupsRequest__Output, _client_portal_identity_v1_ListPortalGroupsResponse__Output>
  ListPortalRoles: MethodDefinition<_client_portal_identity_v1_ListPortalRolesRequest, _client_portal_identity_v1_ListPortalRolesResponse, _client_portal_identity_v1_ListPortalRolesRequest__Output, _client_portal_identity_v1_ListPortalRolesResponse__Output>
  RenamePortalGroup: MethodDefinition<_client_portal_identity_v1_RenamePortalGroupRequest, _client_portal_identity_v1_PortalGroup, _client_portal_identity_v1_RenamePortalGroupRequest__Output, _client_portal_identity_v1_PortalGroup__Output>
  SetPortalGroupMembership: MethodDefinition<_client_portal_identity_v1_SetPortalGroupMembershipRequest, _client_portal_identity_v1_PortalGroup, _client_portal_identity_v1_SetPortalGroupMembershipRequest__Output, _client_portal_identity_v1_PortalGroup__Output>
  SetPortalUserRole: MethodDefinition<_client_portal_identity_v1_SetPortalUserRoleRequest, _client_portal_identity_v1_PortalRoleUser, _client_portal_identity_v1_SetPortalUserRoleRequest__Output, _client_portal_identity_v1_PortalRoleUser__Output>
  UpdatePortalAccessSettings: MethodDefinition<_client_portal_identity_v1_UpdatePortalAccessSettingsRequest, _client_portal_identity_v1_PortalAccessSettings, _client_portal_identity_v1_UpdatePortalAccessSettingsRequest__Output, _client_portal_identity_v1_PortalAccessSettings__Output>
  UpdatePortalRole: MethodDefinition<_client_portal_identity_v1_UpdatePortalRoleRequest, _client_portal_identity_v1_PortalRole, _client_portal_identity_v1_UpdatePortalRoleRequest__Output, _client_portal_identity_v1_PortalRole__Output>
}
