// Original file: proto/identity/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcceptInvitationRequest as _client_portal_identity_v1_AcceptInvitationRequest, AcceptInvitationRequest__Output as _client_portal_identity_v1_AcceptInvitationRequest__Output } from '../../../client_portal/identity/v1/AcceptInvitationRequest.js';
import type { AcceptInvitationResponse as _client_portal_identity_v1_AcceptInvitationResponse, AcceptInvitationResponse__Output as _client_portal_identity_v1_AcceptInvitationResponse__Output } from '../../../client_portal/identity/v1/AcceptInvitationResponse.js';
import type { ChangeStaffRoleRequest as _client_portal_identity_v1_ChangeStaffRoleRequest, ChangeStaffRoleRequest__Output as _client_portal_identity_v1_ChangeStaffRoleRequest__Output } from '../../../client_portal/identity/v1/ChangeStaffRoleRequest.js';
import type { EnsureTenantRequest as _client_portal_identity_v1_EnsureTenantRequest, EnsureTenantRequest__Output as _client_portal_identity_v1_EnsureTenantRequest__Output } from '../../../client_portal/identity/v1/EnsureTenantRequest.js';
import type { EnsureTenantResponse as _client_portal_identity_v1_EnsureTenantResponse, EnsureTenantResponse__Output as _client_portal_identity_v1_EnsureTenantResponse__Output } from '../../../client_portal/identity/v1/EnsureTenantResponse.js';
import type { GetInvitationRequest as _client_portal_identity_v1_GetInvitationRequest, GetInvitationRequest__Output as _client_portal_identity_v1_GetInvitationRequest__Output } from '../../../client_portal/identity/v1/GetInvitationRequest.js';
import type { GetTenantRequest as _client_portal_identity_v1_GetTenantRequest, GetTenantRequest__Output as _client_portal_identity_v1_GetTenantRequest__Output } from '../../../client_portal/identity/v1/GetTenantRequest.js';
import type { InvitationPreview as _client_portal_identity_v1_InvitationPreview, InvitationPreview__Output as _client_portal_identity_v1_InvitationPreview__Output } from '../../../client_portal/identity/v1/InvitationPreview.js';
import type { InviteExternalUserRequest as _client_portal_identity_v1_InviteExternalUserRequest, InviteExternalUserRequest__Output as _client_portal_identity_v1_InviteExternalUserRequest__Output } from '../../../client_portal/identity/v1/InviteExternalUserRequest.js';
import type { InviteExternalUserResponse as _client_portal_identity_v1_InviteExternalUserResponse, InviteExternalUserResponse__Output as _client_portal_identity_v1_InviteExternalUserResponse__Output } from '../../../client_portal/identity/v1/InviteExternalUserResponse.js';
import type { InviteStaffRequest as _client_portal_identity_v1_InviteStaffRequest, InviteStaffRequest__Output as _client_portal_identity_v1_InviteStaffRequest__Output } from '../../../client_portal/identity/v1/InviteStaffRequest.js';
import type { ListInvitationsRequest as _client_portal_identity_v1_ListInvitationsRequest, ListInvitationsRequest__Output as _client_portal_identity_v1_ListInvitationsRequest__Output } from '../../../client_portal/identity/v1/ListInvitationsRequest.js';
import type { ListInvitationsResponse as _client_portal_identity_v1_ListInvitationsResponse, ListInvitationsResponse__Output as _client_portal_identity_v1_ListInvitationsResponse__Output } from '../../../client_portal/identity/v1/ListInvitationsResponse.js';
import type { ListStaffRequest as _client_portal_identity_v1_ListStaffRequest, ListStaffRequest__Output as _client_portal_identity_v1_ListStaffRequest__Output } from '../../../client_portal/identity/v1/ListStaffRequest.js';
import type { ListStaffResponse as _client_portal_identity_v1_ListStaffResponse, ListStaffResponse__Output as _client_portal_identity_v1_ListStaffResponse__Output } from '../../../client_portal/identity/v1/ListStaffResponse.js';
import type { ResolvePrincipalRequest as _client_portal_identity_v1_ResolvePrincipalRequest, ResolvePrincipalRequest__Output as _client_portal_identity_v1_ResolvePrincipalRequest__Output } from '../../../client_portal/identity/v1/ResolvePrincipalRequest.js';
import type { ResolvePrincipalResponse as _client_portal_identity_v1_ResolvePrincipalResponse, ResolvePrincipalResponse__Output as _client_portal_identity_v1_ResolvePrincipalResponse__Output } from '../../../client_portal/identity/v1/ResolvePrincipalResponse.js';
import type { StaffInvitationPreview as _client_portal_identity_v1_StaffInvitationPreview, StaffInvitationPreview__Output as _client_portal_identity_v1_StaffInvitationPreview__Output } from '../../../client_portal/identity/v1/StaffInvitationPreview.js';
import type { StaffMember as _client_portal_identity_v1_StaffMember, StaffMember__Output as _client_portal_identity_v1_StaffMember__Output } from '../../../client_portal/identity/v1/StaffMember.js';
import type { StaffMemberRequest as _client_portal_identity_v1_StaffMemberRequest, StaffMemberRequest__Output as _client_portal_identity_v1_StaffMemberRequest__Output } from '../../../client_portal/identity/v1/StaffMemberRequest.js';
import type { Tenant as _client_portal_identity_v1_Tenant, Tenant__Output as _client_portal_identity_v1_Tenant__Output } from '../../../client_portal/identity/v1/Tenant.js';

export interface IdentityServiceClient extends grpc.Client {
  /**
   * Public (no principal): sets the password in Keycloak and activates the user.
   */
  AcceptInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  AcceptInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  AcceptInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  AcceptInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Public (no principal): sets the password in Keycloak and activates the user.
   */
  acceptInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  acceptInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  acceptInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  acceptInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_AcceptInvitationResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public (no principal): sets the password in Keycloak and makes the member active.
   */
  AcceptStaffInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  AcceptStaffInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  AcceptStaffInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  AcceptStaffInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  /**
   * Public (no principal): sets the password in Keycloak and makes the member active.
   */
  acceptStaffInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  acceptStaffInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  acceptStaffInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  acceptStaffInvitation(argument: _client_portal_identity_v1_AcceptInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  /**
   * Withdraws a pending invitation: the login is removed and the link stops working.
   */
  CancelStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CancelStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CancelStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  CancelStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  /**
   * Withdraws a pending invitation: the login is removed and the link stops working.
   */
  cancelStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  cancelStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  cancelStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  cancelStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  ChangeStaffRole(argument: _client_portal_identity_v1_ChangeStaffRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ChangeStaffRole(argument: _client_portal_identity_v1_ChangeStaffRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ChangeStaffRole(argument: _client_portal_identity_v1_ChangeStaffRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ChangeStaffRole(argument: _client_portal_identity_v1_ChangeStaffRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  changeStaffRole(argument: _client_portal_identity_v1_ChangeStaffRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  changeStaffRole(argument: _client_portal_identity_v1_ChangeStaffRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  changeStaffRole(argument: _client_portal_identity_v1_ChangeStaffRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  changeStaffRole(argument: _client_portal_identity_v1_ChangeStaffRoleRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  /**
   * Disables the login and ends its sessions; ResolvePrincipal refuses the member from then on.
   */
  DeactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  DeactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  DeactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  DeactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  /**
   * Disables the login and ends its sessions; ResolvePrincipal refuses the member from then on.
   */
  deactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  deactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  deactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  deactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  /**
   * Creates the tenant and its owner (Keycloak user with password) when missing. Idempotent by slug.
   */
  EnsureTenant(argument: _client_portal_identity_v1_EnsureTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_EnsureTenantResponse__Output>): grpc.ClientUnaryCall;
  EnsureTenant(argument: _client_portal_identity_v1_EnsureTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_EnsureTenantResponse__Output>): grpc.ClientUnaryCall;
  EnsureTenant(argument: _client_portal_identity_v1_EnsureTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_EnsureTenantResponse__Output>): grpc.ClientUnaryCall;
  EnsureTenant(argument: _client_portal_identity_v1_EnsureTenantRequest, callback: grpc.requestCallback<_client_portal_identity_v1_EnsureTenantResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Creates the tenant and its owner (Keycloak user with password) when missing. Idempotent by slug.
   */
  ensureTenant(argument: _client_portal_identity_v1_EnsureTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_EnsureTenantResponse__Output>): grpc.ClientUnaryCall;
  ensureTenant(argument: _client_portal_identity_v1_EnsureTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_EnsureTenantResponse__Output>): grpc.ClientUnaryCall;
  ensureTenant(argument: _client_portal_identity_v1_EnsureTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_EnsureTenantResponse__Output>): grpc.ClientUnaryCall;
  ensureTenant(argument: _client_portal_identity_v1_EnsureTenantRequest, callback: grpc.requestCallback<_client_portal_identity_v1_EnsureTenantResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public (no principal): what the invitation page shows before the person sets a password.
   */
  GetInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_InvitationPreview__Output>): grpc.ClientUnaryCall;
  GetInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_InvitationPreview__Output>): grpc.ClientUnaryCall;
  GetInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_InvitationPreview__Output>): grpc.ClientUnaryCall;
  GetInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_InvitationPreview__Output>): grpc.ClientUnaryCall;
  /**
   * Public (no principal): what the invitation page shows before the person sets a password.
   */
  getInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_InvitationPreview__Output>): grpc.ClientUnaryCall;
  getInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_InvitationPreview__Output>): grpc.ClientUnaryCall;
  getInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_InvitationPreview__Output>): grpc.ClientUnaryCall;
  getInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_InvitationPreview__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public (no principal): what the team invitation page shows.
   */
  GetStaffInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffInvitationPreview__Output>): grpc.ClientUnaryCall;
  GetStaffInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffInvitationPreview__Output>): grpc.ClientUnaryCall;
  GetStaffInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffInvitationPreview__Output>): grpc.ClientUnaryCall;
  GetStaffInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffInvitationPreview__Output>): grpc.ClientUnaryCall;
  /**
   * Public (no principal): what the team invitation page shows.
   */
  getStaffInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffInvitationPreview__Output>): grpc.ClientUnaryCall;
  getStaffInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffInvitationPreview__Output>): grpc.ClientUnaryCall;
  getStaffInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffInvitationPreview__Output>): grpc.ClientUnaryCall;
  getStaffInvitation(argument: _client_portal_identity_v1_GetInvitationRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffInvitationPreview__Output>): grpc.ClientUnaryCall;
  
  GetTenant(argument: _client_portal_identity_v1_GetTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Tenant__Output>): grpc.ClientUnaryCall;
  GetTenant(argument: _client_portal_identity_v1_GetTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_Tenant__Output>): grpc.ClientUnaryCall;
  GetTenant(argument: _client_portal_identity_v1_GetTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Tenant__Output>): grpc.ClientUnaryCall;
  GetTenant(argument: _client_portal_identity_v1_GetTenantRequest, callback: grpc.requestCallback<_client_portal_identity_v1_Tenant__Output>): grpc.ClientUnaryCall;
  getTenant(argument: _client_portal_identity_v1_GetTenantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Tenant__Output>): grpc.ClientUnaryCall;
  getTenant(argument: _client_portal_identity_v1_GetTenantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_Tenant__Output>): grpc.ClientUnaryCall;
  getTenant(argument: _client_portal_identity_v1_GetTenantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_Tenant__Output>): grpc.ClientUnaryCall;
  getTenant(argument: _client_portal_identity_v1_GetTenantRequest, callback: grpc.requestCallback<_client_portal_identity_v1_Tenant__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff only: invites a client's contact to a workspace. Creates the Keycloak user (no password
   * yet) on the first invitation; a later one only adds the workspace.
   */
  InviteExternalUser(argument: _client_portal_identity_v1_InviteExternalUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_InviteExternalUserResponse__Output>): grpc.ClientUnaryCall;
  InviteExternalUser(argument: _client_portal_identity_v1_InviteExternalUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_InviteExternalUserResponse__Output>): grpc.ClientUnaryCall;
  InviteExternalUser(argument: _client_portal_identity_v1_InviteExternalUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_InviteExternalUserResponse__Output>): grpc.ClientUnaryCall;
  InviteExternalUser(argument: _client_portal_identity_v1_InviteExternalUserRequest, callback: grpc.requestCallback<_client_portal_identity_v1_InviteExternalUserResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff only: invites a client's contact to a workspace. Creates the Keycloak user (no password
   * yet) on the first invitation; a later one only adds the workspace.
   */
  inviteExternalUser(argument: _client_portal_identity_v1_InviteExternalUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_InviteExternalUserResponse__Output>): grpc.ClientUnaryCall;
  inviteExternalUser(argument: _client_portal_identity_v1_InviteExternalUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_InviteExternalUserResponse__Output>): grpc.ClientUnaryCall;
  inviteExternalUser(argument: _client_portal_identity_v1_InviteExternalUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_InviteExternalUserResponse__Output>): grpc.ClientUnaryCall;
  inviteExternalUser(argument: _client_portal_identity_v1_InviteExternalUserRequest, callback: grpc.requestCallback<_client_portal_identity_v1_InviteExternalUserResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The agency team. Managing it needs the team.manage permission (admin or owner); only an owner
   * grants or removes the owner role; the last active owner stays an active owner; nobody deactivates
   * themselves. Every change publishes identity.staff.changed.
   * Creates the Keycloak login (no password yet) and a single-use invitation link (identity.staff.invited).
   */
  InviteStaff(argument: _client_portal_identity_v1_InviteStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  InviteStaff(argument: _client_portal_identity_v1_InviteStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  InviteStaff(argument: _client_portal_identity_v1_InviteStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  InviteStaff(argument: _client_portal_identity_v1_InviteStaffRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  /**
   * The agency team. Managing it needs the team.manage permission (admin or owner); only an owner
   * grants or removes the owner role; the last active owner stays an active owner; nobody deactivates
   * themselves. Every change publishes identity.staff.changed.
   * Creates the Keycloak login (no password yet) and a single-use invitation link (identity.staff.invited).
   */
  inviteStaff(argument: _client_portal_identity_v1_InviteStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  inviteStaff(argument: _client_portal_identity_v1_InviteStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  inviteStaff(argument: _client_portal_identity_v1_InviteStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  inviteStaff(argument: _client_portal_identity_v1_InviteStaffRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  ListInvitations(argument: _client_portal_identity_v1_ListInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _client_portal_identity_v1_ListInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _client_portal_identity_v1_ListInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _client_portal_identity_v1_ListInvitationsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _client_portal_identity_v1_ListInvitationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _client_portal_identity_v1_ListInvitationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _client_portal_identity_v1_ListInvitationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _client_portal_identity_v1_ListInvitationsRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListInvitationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListStaff(argument: _client_portal_identity_v1_ListStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  ListStaff(argument: _client_portal_identity_v1_ListStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  ListStaff(argument: _client_portal_identity_v1_ListStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  ListStaff(argument: _client_portal_identity_v1_ListStaffRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  listStaff(argument: _client_portal_identity_v1_ListStaffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  listStaff(argument: _client_portal_identity_v1_ListStaffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  listStaff(argument: _client_portal_identity_v1_ListStaffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  listStaff(argument: _client_portal_identity_v1_ListStaffRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ListStaffResponse__Output>): grpc.ClientUnaryCall;
  
  ReactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ReactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ReactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ReactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  reactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  reactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  reactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  reactivateStaff(argument: _client_portal_identity_v1_StaffMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  /**
   * A new link for a pending invitation: the previous link stops working.
   */
  ResendStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ResendStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ResendStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  ResendStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  /**
   * A new link for a pending invitation: the previous link stops working.
   */
  resendStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  resendStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  resendStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  resendStaffInvitation(argument: _client_portal_identity_v1_StaffMemberRequest, callback: grpc.requestCallback<_client_portal_identity_v1_StaffMember__Output>): grpc.ClientUnaryCall;
  
  /**
   * Who a Keycloak subject is here: tenant, staff role or client user with client and workspaces.
   * Called by the gateway for every request (with a service principal).
   */
  ResolvePrincipal(argument: _client_portal_identity_v1_ResolvePrincipalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ResolvePrincipalResponse__Output>): grpc.ClientUnaryCall;
  ResolvePrincipal(argument: _client_portal_identity_v1_ResolvePrincipalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ResolvePrincipalResponse__Output>): grpc.ClientUnaryCall;
  ResolvePrincipal(argument: _client_portal_identity_v1_ResolvePrincipalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ResolvePrincipalResponse__Output>): grpc.ClientUnaryCall;
  ResolvePrincipal(argument: _client_portal_identity_v1_ResolvePrincipalRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ResolvePrincipalResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Who a Keycloak subject is here: tenant, staff role or client user with client and workspaces.
   * Called by the gateway for every request (with a service principal).
   */
  resolvePrincipal(argument: _client_portal_identity_v1_ResolvePrincipalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ResolvePrincipalResponse__Output>): grpc.ClientUnaryCall;
  resolvePrincipal(argument: _client_portal_identity_v1_ResolvePrincipalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_identity_v1_ResolvePrincipalResponse__Output>): grpc.ClientUnaryCall;
  resolvePrincipal(argument: _client_portal_identity_v1_ResolvePrincipalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_identity_v1_ResolvePrincipalResponse__Output>): grpc.ClientUnaryCall;
  resolvePrincipal(argument: _client_portal_identity_v1_ResolvePrincipalRequest, callback: grpc.requestCallback<_client_portal_identity_v1_ResolvePrincipalResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Public (no principal): sets the password in Keycloak and activates the user.
   */
  AcceptInvitation: grpc.handleUnaryCall<_client_portal_identity_v1_AcceptInvitationRequest__Output, _client_portal_identity_v1_AcceptInvitationResponse>;
  
  /**
   * Public (no principal): sets the password in Keycloak and makes the member active.
   */
  AcceptStaffInvitation: grpc.handleUnaryCall<_client_portal_identity_v1_AcceptInvitationRequest__Output, _client_portal_identity_v1_StaffMember>;
  
  /**
   * Withdraws a pending invitation: the login is removed and the link stops working.
   */
  CancelStaffInvitation: grpc.handleUnaryCall<_client_portal_identity_v1_StaffMemberRequest__Output, _client_portal_identity_v1_StaffMember>;
  
  ChangeStaffRole: grpc.handleUnaryCall<_client_portal_identity_v1_ChangeStaffRoleRequest__Output, _client_portal_identity_v1_StaffMember>;
  
  /**
   * Disables the login and ends its sessions; ResolvePrincipal refuses the member from then on.
   */
  DeactivateStaff: grpc.handleUnaryCall<_client_portal_identity_v1_StaffMemberRequest__Output, _client_portal_identity_v1_StaffMember>;
  
  /**
   * Creates the tenant and its owner (Keycloak user with password) when missing. Idempotent by slug.
   */
  EnsureTenant: grpc.handleUnaryCall<_client_portal_identity_v1_EnsureTenantRequest__Output, _client_portal_identity_v1_EnsureTenantResponse>;
  
  /**
   * Public (no principal): what the invitation page shows before the person sets a password.
   */
  GetInvitation: grpc.handleUnaryCall<_client_portal_identity_v1_GetInvitationRequest__Output, _client_portal_identity_v1_InvitationPreview>;
  
  /**
   * Public (no principal): what the team invitation page shows.
   */
  GetStaffInvitation: grpc.handleUnaryCall<_client_portal_identity_v1_GetInvitationRequest__Output, _client_portal_identity_v1_StaffInvitationPreview>;
  
  GetTenant: grpc.handleUnaryCall<_client_portal_identity_v1_GetTenantRequest__Output, _client_portal_identity_v1_Tenant>;
  
  /**
   * Staff only: invites a client's contact to a workspace. Creates the Keycloak user (no password
   * yet) on the first invitation; a later one only adds the workspace.
   */
  InviteExternalUser: grpc.handleUnaryCall<_client_portal_identity_v1_InviteExternalUserRequest__Output, _client_portal_identity_v1_InviteExternalUserResponse>;
  
  /**
   * The agency team. Managing it needs the team.manage permission (admin or owner); only an owner
   * grants or removes the owner role; the last active owner stays an active owner; nobody deactivates
   * themselves. Every change publishes identity.staff.changed.
   * Creates the Keycloak login (no password yet) and a single-use invitation link (identity.staff.invited).
   */
  InviteStaff: grpc.handleUnaryCall<_client_portal_identity_v1_InviteStaffRequest__Output, _client_portal_identity_v1_StaffMember>;
  
  ListInvitations: grpc.handleUnaryCall<_client_portal_identity_v1_ListInvitationsRequest__Output, _client_portal_identity_v1_ListInvitationsResponse>;
  
  ListStaff: grpc.handleUnaryCall<_client_portal_identity_v1_ListStaffRequest__Output, _client_portal_identity_v1_ListStaffResponse>;
  
  ReactivateStaff: grpc.handleUnaryCall<_client_portal_identity_v1_StaffMemberRequest__Output, _client_portal_identity_v1_StaffMember>;
  
  /**
   * A new link for a pending invitation: the previous link stops working.
   */
  ResendStaffInvitation: grpc.handleUnaryCall<_client_portal_identity_v1_StaffMemberRequest__Output, _client_portal_identity_v1_StaffMember>;
  
  /**
   * Who a Keycloak subject is here: tenant, staff role or client user with client and workspaces.
   * Called by the gateway for every request (with a service principal).
   */
  ResolvePrincipal: grpc.handleUnaryCall<_client_portal_identity_v1_ResolvePrincipalRequest__Output, _client_portal_identity_v1_ResolvePrincipalResponse>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  AcceptInvitation: MethodDefinition<_client_portal_identity_v1_AcceptInvitationRequest, _client_portal_identity_v1_AcceptInvitationResponse, _client_portal_identity_v1_AcceptInvitationRequest__Output, _client_portal_identity_v1_AcceptInvitationResponse__Output>
  AcceptStaffInvitation: MethodDefinition<_client_portal_identity_v1_AcceptInvitationRequest, _client_portal_identity_v1_StaffMember, _client_portal_identity_v1_AcceptInvitationRequest__Output, _client_portal_identity_v1_StaffMember__Output>
  CancelStaffInvitation: MethodDefinition<_client_portal_identity_v1_StaffMemberRequest, _client_portal_identity_v1_StaffMember, _client_portal_identity_v1_StaffMemberRequest__Output, _client_portal_identity_v1_StaffMember__Output>
  ChangeStaffRole: MethodDefinition<_client_portal_identity_v1_ChangeStaffRoleRequest, _client_portal_identity_v1_StaffMember, _client_portal_identity_v1_ChangeStaffRoleRequest__Output, _client_portal_identity_v1_StaffMember__Output>
  DeactivateStaff: MethodDefinition<_client_portal_identity_v1_StaffMemberRequest, _client_portal_identity_v1_StaffMember, _client_portal_identity_v1_StaffMemberRequest__Output, _client_portal_identity_v1_StaffMember__Output>
  EnsureTenant: MethodDefinition<_client_portal_identity_v1_EnsureTenantRequest, _client_portal_identity_v1_EnsureTenantResponse, _client_portal_identity_v1_EnsureTenantRequest__Output, _client_portal_identity_v1_EnsureTenantResponse__Output>
  GetInvitation: MethodDefinition<_client_portal_identity_v1_GetInvitationRequest, _client_portal_identity_v1_InvitationPreview, _client_portal_identity_v1_GetInvitationRequest__Output, _client_portal_identity_v1_InvitationPreview__Output>
  GetStaffInvitation: MethodDefinition<_client_portal_identity_v1_GetInvitationRequest, _client_portal_identity_v1_StaffInvitationPreview, _client_portal_identity_v1_GetInvitationRequest__Output, _client_portal_identity_v1_StaffInvitationPreview__Output>
  GetTenant: MethodDefinition<_client_portal_identity_v1_GetTenantRequest, _client_portal_identity_v1_Tenant, _client_portal_identity_v1_GetTenantRequest__Output, _client_portal_identity_v1_Tenant__Output>
  InviteExternalUser: MethodDefinition<_client_portal_identity_v1_InviteExternalUserRequest, _client_portal_identity_v1_InviteExternalUserResponse, _client_portal_identity_v1_InviteExternalUserRequest__Output, _client_portal_identity_v1_InviteExternalUserResponse__Output>
  InviteStaff: MethodDefinition<_client_portal_identity_v1_InviteStaffRequest, _client_portal_identity_v1_StaffMember, _client_portal_identity_v1_InviteStaffRequest__Output, _client_portal_identity_v1_StaffMember__Output>
  ListInvitations: MethodDefinition<_client_portal_identity_v1_ListInvitationsRequest, _client_portal_identity_v1_ListInvitationsResponse, _client_portal_identity_v1_ListInvitationsRequest__Output, _client_portal_identity_v1_ListInvitationsResponse__Output>
  ListStaff: MethodDefinition<_client_portal_identity_v1_ListStaffRequest, _client_portal_identity_v1_ListStaffResponse, _client_portal_identity_v1_ListStaffRequest__Output, _client_portal_identity_v1_ListStaffResponse__Output>
  ReactivateStaff: MethodDefinition<_client_portal_identity_v1_StaffMemberRequest, _client_portal_identity_v1_StaffMember, _client_portal_identity_v1_StaffMemberRequest__Output, _client_portal_identity_v1_StaffMember__Output>
  ResendStaffInvitation: MethodDefinition<_client_portal_identity_v1_StaffMemberRequest, _client_portal_identity_v1_StaffMember, _client_portal_identity_v1_StaffMemberRequest__Output, _client_portal_identity_v1_StaffMember__Output>
  ResolvePrincipal: MethodDefinition<_client_portal_identity_v1_ResolvePrincipalRequest, _client_portal_identity_v1_ResolvePrincipalResponse, _client_portal_identity_v1_ResolvePrincipalRequest__Output, _client_portal_identity_v1_ResolvePrincipalResponse__Output>
}
