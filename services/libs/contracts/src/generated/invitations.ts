import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { AcceptInvitationRequest as _client_portal_identity_v1_AcceptInvitationRequest, AcceptInvitationRequest__Output as _client_portal_identity_v1_AcceptInvitationRequest__Output } from './client_portal/identity/v1/AcceptInvitationRequest.js';
import type { AcceptInvitationResponse as _client_portal_identity_v1_AcceptInvitationResponse, AcceptInvitationResponse__Output as _client_portal_identity_v1_AcceptInvitationResponse__Output } from './client_portal/identity/v1/AcceptInvitationResponse.js';
import type { ChangeStaffRoleRequest as _client_portal_identity_v1_ChangeStaffRoleRequest, ChangeStaffRoleRequest__Output as _client_portal_identity_v1_ChangeStaffRoleRequest__Output } from './client_portal/identity/v1/ChangeStaffRoleRequest.js';
import type { CheckInviteesRequest as _client_portal_identity_v1_CheckInviteesRequest, CheckInviteesRequest__Output as _client_portal_identity_v1_CheckInviteesRequest__Output } from './client_portal/identity/v1/CheckInviteesRequest.js';
import type { CheckInviteesResponse as _client_portal_identity_v1_CheckInviteesResponse, CheckInviteesResponse__Output as _client_portal_identity_v1_CheckInviteesResponse__Output } from './client_portal/identity/v1/CheckInviteesResponse.js';
import type { ClientInvitationRequest as _client_portal_identity_v1_ClientInvitationRequest, ClientInvitationRequest__Output as _client_portal_identity_v1_ClientInvitationRequest__Output } from './client_portal/identity/v1/ClientInvitationRequest.js';
import type { ClientInvitationServiceClient as _client_portal_identity_v1_ClientInvitationServiceClient, ClientInvitationServiceDefinition as _client_portal_identity_v1_ClientInvitationServiceDefinition } from './client_portal/identity/v1/ClientInvitationService.js';
import type { EnsureTenantRequest as _client_portal_identity_v1_EnsureTenantRequest, EnsureTenantRequest__Output as _client_portal_identity_v1_EnsureTenantRequest__Output } from './client_portal/identity/v1/EnsureTenantRequest.js';
import type { EnsureTenantResponse as _client_portal_identity_v1_EnsureTenantResponse, EnsureTenantResponse__Output as _client_portal_identity_v1_EnsureTenantResponse__Output } from './client_portal/identity/v1/EnsureTenantResponse.js';
import type { ExternalUser as _client_portal_identity_v1_ExternalUser, ExternalUser__Output as _client_portal_identity_v1_ExternalUser__Output } from './client_portal/identity/v1/ExternalUser.js';
import type { GetInvitationRequest as _client_portal_identity_v1_GetInvitationRequest, GetInvitationRequest__Output as _client_portal_identity_v1_GetInvitationRequest__Output } from './client_portal/identity/v1/GetInvitationRequest.js';
import type { GetTenantRequest as _client_portal_identity_v1_GetTenantRequest, GetTenantRequest__Output as _client_portal_identity_v1_GetTenantRequest__Output } from './client_portal/identity/v1/GetTenantRequest.js';
import type { IdentityServiceClient as _client_portal_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _client_portal_identity_v1_IdentityServiceDefinition } from './client_portal/identity/v1/IdentityService.js';
import type { Invitation as _client_portal_identity_v1_Invitation, Invitation__Output as _client_portal_identity_v1_Invitation__Output } from './client_portal/identity/v1/Invitation.js';
import type { InvitationPreview as _client_portal_identity_v1_InvitationPreview, InvitationPreview__Output as _client_portal_identity_v1_InvitationPreview__Output } from './client_portal/identity/v1/InvitationPreview.js';
import type { InviteExternalUserRequest as _client_portal_identity_v1_InviteExternalUserRequest, InviteExternalUserRequest__Output as _client_portal_identity_v1_InviteExternalUserRequest__Output } from './client_portal/identity/v1/InviteExternalUserRequest.js';
import type { InviteExternalUserResponse as _client_portal_identity_v1_InviteExternalUserResponse, InviteExternalUserResponse__Output as _client_portal_identity_v1_InviteExternalUserResponse__Output } from './client_portal/identity/v1/InviteExternalUserResponse.js';
import type { InviteStaffRequest as _client_portal_identity_v1_InviteStaffRequest, InviteStaffRequest__Output as _client_portal_identity_v1_InviteStaffRequest__Output } from './client_portal/identity/v1/InviteStaffRequest.js';
import type { InviteeCheck as _client_portal_identity_v1_InviteeCheck, InviteeCheck__Output as _client_portal_identity_v1_InviteeCheck__Output } from './client_portal/identity/v1/InviteeCheck.js';
import type { IssueInvitationLinkRequest as _client_portal_identity_v1_IssueInvitationLinkRequest, IssueInvitationLinkRequest__Output as _client_portal_identity_v1_IssueInvitationLinkRequest__Output } from './client_portal/identity/v1/IssueInvitationLinkRequest.js';
import type { IssuedInvitationLink as _client_portal_identity_v1_IssuedInvitationLink, IssuedInvitationLink__Output as _client_portal_identity_v1_IssuedInvitationLink__Output } from './client_portal/identity/v1/IssuedInvitationLink.js';
import type { ListClientInvitationsRequest as _client_portal_identity_v1_ListClientInvitationsRequest, ListClientInvitationsRequest__Output as _client_portal_identity_v1_ListClientInvitationsRequest__Output } from './client_portal/identity/v1/ListClientInvitationsRequest.js';
import type { ListClientInvitationsResponse as _client_portal_identity_v1_ListClientInvitationsResponse, ListClientInvitationsResponse__Output as _client_portal_identity_v1_ListClientInvitationsResponse__Output } from './client_portal/identity/v1/ListClientInvitationsResponse.js';
import type { ListInvitationsRequest as _client_portal_identity_v1_ListInvitationsRequest, ListInvitationsRequest__Output as _client_portal_identity_v1_ListInvitationsRequest__Output } from './client_portal/identity/v1/ListInvitationsRequest.js';
import type { ListInvitationsResponse as _client_portal_identity_v1_ListInvitationsResponse, ListInvitationsResponse__Output as _client_portal_identity_v1_ListInvitationsResponse__Output } from './client_portal/identity/v1/ListInvitationsResponse.js';
import type { ListStaffRequest as _client_portal_identity_v1_ListStaffRequest, ListStaffRequest__Output as _client_portal_identity_v1_ListStaffRequest__Output } from './client_portal/identity/v1/ListStaffRequest.js';
import type { ListStaffResponse as _client_portal_identity_v1_ListStaffResponse, ListStaffResponse__Output as _client_portal_identity_v1_ListStaffResponse__Output } from './client_portal/identity/v1/ListStaffResponse.js';
import type { ResolvePrincipalRequest as _client_portal_identity_v1_ResolvePrincipalRequest, ResolvePrincipalRequest__Output as _client_portal_identity_v1_ResolvePrincipalRequest__Output } from './client_portal/identity/v1/ResolvePrincipalRequest.js';
import type { ResolvePrincipalResponse as _client_portal_identity_v1_ResolvePrincipalResponse, ResolvePrincipalResponse__Output as _client_portal_identity_v1_ResolvePrincipalResponse__Output } from './client_portal/identity/v1/ResolvePrincipalResponse.js';
import type { StaffInvitationPreview as _client_portal_identity_v1_StaffInvitationPreview, StaffInvitationPreview__Output as _client_portal_identity_v1_StaffInvitationPreview__Output } from './client_portal/identity/v1/StaffInvitationPreview.js';
import type { StaffMember as _client_portal_identity_v1_StaffMember, StaffMember__Output as _client_portal_identity_v1_StaffMember__Output } from './client_portal/identity/v1/StaffMember.js';
import type { StaffMemberRequest as _client_portal_identity_v1_StaffMemberRequest, StaffMemberRequest__Output as _client_portal_identity_v1_StaffMemberRequest__Output } from './client_portal/identity/v1/StaffMemberRequest.js';
import type { Tenant as _client_portal_identity_v1_Tenant, Tenant__Output as _client_portal_identity_v1_Tenant__Output } from './client_portal/identity/v1/Tenant.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    common: {
      v1: {
        Money: MessageTypeDefinition<_client_portal_common_v1_Money, _client_portal_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_client_portal_common_v1_PageInfo, _client_portal_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_client_portal_common_v1_PageRequest, _client_portal_common_v1_PageRequest__Output>
        Principal: MessageTypeDefinition<_client_portal_common_v1_Principal, _client_portal_common_v1_Principal__Output>
        WorkspaceAccess: MessageTypeDefinition<_client_portal_common_v1_WorkspaceAccess, _client_portal_common_v1_WorkspaceAccess__Output>
      }
    }
    identity: {
      v1: {
        AcceptInvitationRequest: MessageTypeDefinition<_client_portal_identity_v1_AcceptInvitationRequest, _client_portal_identity_v1_AcceptInvitationRequest__Output>
        AcceptInvitationResponse: MessageTypeDefinition<_client_portal_identity_v1_AcceptInvitationResponse, _client_portal_identity_v1_AcceptInvitationResponse__Output>
        ChangeStaffRoleRequest: MessageTypeDefinition<_client_portal_identity_v1_ChangeStaffRoleRequest, _client_portal_identity_v1_ChangeStaffRoleRequest__Output>
        CheckInviteesRequest: MessageTypeDefinition<_client_portal_identity_v1_CheckInviteesRequest, _client_portal_identity_v1_CheckInviteesRequest__Output>
        CheckInviteesResponse: MessageTypeDefinition<_client_portal_identity_v1_CheckInviteesResponse, _client_portal_identity_v1_CheckInviteesResponse__Output>
        ClientInvitationRequest: MessageTypeDefinition<_client_portal_identity_v1_ClientInvitationRequest, _client_portal_identity_v1_ClientInvitationRequest__Output>
        ClientInvitationService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_ClientInvitationServiceClient> & { service: _client_portal_identity_v1_ClientInvitationServiceDefinition }
        EnsureTenantRequest: MessageTypeDefinition<_client_portal_identity_v1_EnsureTenantRequest, _client_portal_identity_v1_EnsureTenantRequest__Output>
        EnsureTenantResponse: MessageTypeDefinition<_client_portal_identity_v1_EnsureTenantResponse, _client_portal_identity_v1_EnsureTenantResponse__Output>
        ExternalUser: MessageTypeDefinition<_client_portal_identity_v1_ExternalUser, _client_portal_identity_v1_ExternalUser__Output>
        GetInvitationRequest: MessageTypeDefinition<_client_portal_identity_v1_GetInvitationRequest, _client_portal_identity_v1_GetInvitationRequest__Output>
        GetTenantRequest: MessageTypeDefinition<_client_portal_identity_v1_GetTenantRequest, _client_portal_identity_v1_GetTenantRequest__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_IdentityServiceClient> & { service: _client_portal_identity_v1_IdentityServiceDefinition }
        Invitation: MessageTypeDefinition<_client_portal_identity_v1_Invitation, _client_portal_identity_v1_Invitation__Output>
        InvitationPreview: MessageTypeDefinition<_client_portal_identity_v1_InvitationPreview, _client_portal_identity_v1_InvitationPreview__Output>
        InviteExternalUserRequest: MessageTypeDefinition<_client_portal_identity_v1_InviteExternalUserRequest, _client_portal_identity_v1_InviteExternalUserRequest__Output>
        InviteExternalUserResponse: MessageTypeDefinition<_client_portal_identity_v1_InviteExternalUserResponse, _client_portal_identity_v1_InviteExternalUserResponse__Output>
        InviteStaffRequest: MessageTypeDefinition<_client_portal_identity_v1_InviteStaffRequest, _client_portal_identity_v1_InviteStaffRequest__Output>
        InviteeCheck: MessageTypeDefinition<_client_portal_identity_v1_InviteeCheck, _client_portal_identity_v1_InviteeCheck__Output>
        IssueInvitationLinkRequest: MessageTypeDefinition<_client_portal_identity_v1_IssueInvitationLinkRequest, _client_portal_identity_v1_IssueInvitationLinkRequest__Output>
        IssuedInvitationLink: MessageTypeDefinition<_client_portal_identity_v1_IssuedInvitationLink, _client_portal_identity_v1_IssuedInvitationLink__Output>
        ListClientInvitationsRequest: MessageTypeDefinition<_client_portal_identity_v1_ListClientInvitationsRequest, _client_portal_identity_v1_ListClientInvitationsRequest__Output>
        ListClientInvitationsResponse: MessageTypeDefinition<_client_portal_identity_v1_ListClientInvitationsResponse, _client_portal_identity_v1_ListClientInvitationsResponse__Output>
        ListInvitationsRequest: MessageTypeDefinition<_client_portal_identity_v1_ListInvitationsRequest, _client_portal_identity_v1_ListInvitationsRequest__Output>
        ListInvitationsResponse: MessageTypeDefinition<_client_portal_identity_v1_ListInvitationsResponse, _client_portal_identity_v1_ListInvitationsResponse__Output>
        ListStaffRequest: MessageTypeDefinition<_client_portal_identity_v1_ListStaffRequest, _client_portal_identity_v1_ListStaffRequest__Output>
        ListStaffResponse: MessageTypeDefinition<_client_portal_identity_v1_ListStaffResponse, _client_portal_identity_v1_ListStaffResponse__Output>
        ResolvePrincipalRequest: MessageTypeDefinition<_client_portal_identity_v1_ResolvePrincipalRequest, _client_portal_identity_v1_ResolvePrincipalRequest__Output>
        ResolvePrincipalResponse: MessageTypeDefinition<_client_portal_identity_v1_ResolvePrincipalResponse, _client_portal_identity_v1_ResolvePrincipalResponse__Output>
        StaffInvitationPreview: MessageTypeDefinition<_client_portal_identity_v1_StaffInvitationPreview, _client_portal_identity_v1_StaffInvitationPreview__Output>
        StaffMember: MessageTypeDefinition<_client_portal_identity_v1_StaffMember, _client_portal_identity_v1_StaffMember__Output>
        StaffMemberRequest: MessageTypeDefinition<_client_portal_identity_v1_StaffMemberRequest, _client_portal_identity_v1_StaffMemberRequest__Output>
        Tenant: MessageTypeDefinition<_client_portal_identity_v1_Tenant, _client_portal_identity_v1_Tenant__Output>
      }
    }
  }
}

