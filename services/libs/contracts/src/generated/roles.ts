import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreatePortalGroupRequest as _client_portal_identity_v1_CreatePortalGroupRequest, CreatePortalGroupRequest__Output as _client_portal_identity_v1_CreatePortalGroupRequest__Output } from './client_portal/identity/v1/CreatePortalGroupRequest.js';
import type { CreatePortalRoleRequest as _client_portal_identity_v1_CreatePortalRoleRequest, CreatePortalRoleRequest__Output as _client_portal_identity_v1_CreatePortalRoleRequest__Output } from './client_portal/identity/v1/CreatePortalRoleRequest.js';
import type { DeletePortalGroupRequest as _client_portal_identity_v1_DeletePortalGroupRequest, DeletePortalGroupRequest__Output as _client_portal_identity_v1_DeletePortalGroupRequest__Output } from './client_portal/identity/v1/DeletePortalGroupRequest.js';
import type { DeletePortalGroupResponse as _client_portal_identity_v1_DeletePortalGroupResponse, DeletePortalGroupResponse__Output as _client_portal_identity_v1_DeletePortalGroupResponse__Output } from './client_portal/identity/v1/DeletePortalGroupResponse.js';
import type { DeletePortalRoleRequest as _client_portal_identity_v1_DeletePortalRoleRequest, DeletePortalRoleRequest__Output as _client_portal_identity_v1_DeletePortalRoleRequest__Output } from './client_portal/identity/v1/DeletePortalRoleRequest.js';
import type { DeletePortalRoleResponse as _client_portal_identity_v1_DeletePortalRoleResponse, DeletePortalRoleResponse__Output as _client_portal_identity_v1_DeletePortalRoleResponse__Output } from './client_portal/identity/v1/DeletePortalRoleResponse.js';
import type { ExternalRoleServiceClient as _client_portal_identity_v1_ExternalRoleServiceClient, ExternalRoleServiceDefinition as _client_portal_identity_v1_ExternalRoleServiceDefinition } from './client_portal/identity/v1/ExternalRoleService.js';
import type { GetPortalAccessSettingsRequest as _client_portal_identity_v1_GetPortalAccessSettingsRequest, GetPortalAccessSettingsRequest__Output as _client_portal_identity_v1_GetPortalAccessSettingsRequest__Output } from './client_portal/identity/v1/GetPortalAccessSettingsRequest.js';
import type { JoinPortalGroupsRequest as _client_portal_identity_v1_JoinPortalGroupsRequest, JoinPortalGroupsRequest__Output as _client_portal_identity_v1_JoinPortalGroupsRequest__Output } from './client_portal/identity/v1/JoinPortalGroupsRequest.js';
import type { JoinPortalGroupsResponse as _client_portal_identity_v1_JoinPortalGroupsResponse, JoinPortalGroupsResponse__Output as _client_portal_identity_v1_JoinPortalGroupsResponse__Output } from './client_portal/identity/v1/JoinPortalGroupsResponse.js';
import type { ListClientPortalUsersRequest as _client_portal_identity_v1_ListClientPortalUsersRequest, ListClientPortalUsersRequest__Output as _client_portal_identity_v1_ListClientPortalUsersRequest__Output } from './client_portal/identity/v1/ListClientPortalUsersRequest.js';
import type { ListClientPortalUsersResponse as _client_portal_identity_v1_ListClientPortalUsersResponse, ListClientPortalUsersResponse__Output as _client_portal_identity_v1_ListClientPortalUsersResponse__Output } from './client_portal/identity/v1/ListClientPortalUsersResponse.js';
import type { ListPortalGroupsRequest as _client_portal_identity_v1_ListPortalGroupsRequest, ListPortalGroupsRequest__Output as _client_portal_identity_v1_ListPortalGroupsRequest__Output } from './client_portal/identity/v1/ListPortalGroupsRequest.js';
import type { ListPortalGroupsResponse as _client_portal_identity_v1_ListPortalGroupsResponse, ListPortalGroupsResponse__Output as _client_portal_identity_v1_ListPortalGroupsResponse__Output } from './client_portal/identity/v1/ListPortalGroupsResponse.js';
import type { ListPortalRolesRequest as _client_portal_identity_v1_ListPortalRolesRequest, ListPortalRolesRequest__Output as _client_portal_identity_v1_ListPortalRolesRequest__Output } from './client_portal/identity/v1/ListPortalRolesRequest.js';
import type { ListPortalRolesResponse as _client_portal_identity_v1_ListPortalRolesResponse, ListPortalRolesResponse__Output as _client_portal_identity_v1_ListPortalRolesResponse__Output } from './client_portal/identity/v1/ListPortalRolesResponse.js';
import type { PortalAccessSettings as _client_portal_identity_v1_PortalAccessSettings, PortalAccessSettings__Output as _client_portal_identity_v1_PortalAccessSettings__Output } from './client_portal/identity/v1/PortalAccessSettings.js';
import type { PortalGroup as _client_portal_identity_v1_PortalGroup, PortalGroup__Output as _client_portal_identity_v1_PortalGroup__Output } from './client_portal/identity/v1/PortalGroup.js';
import type { PortalGroupMember as _client_portal_identity_v1_PortalGroupMember, PortalGroupMember__Output as _client_portal_identity_v1_PortalGroupMember__Output } from './client_portal/identity/v1/PortalGroupMember.js';
import type { PortalRole as _client_portal_identity_v1_PortalRole, PortalRole__Output as _client_portal_identity_v1_PortalRole__Output } from './client_portal/identity/v1/PortalRole.js';
import type { PortalRoleUser as _client_portal_identity_v1_PortalRoleUser, PortalRoleUser__Output as _client_portal_identity_v1_PortalRoleUser__Output } from './client_portal/identity/v1/PortalRoleUser.js';
import type { RenamePortalGroupRequest as _client_portal_identity_v1_RenamePortalGroupRequest, RenamePortalGroupRequest__Output as _client_portal_identity_v1_RenamePortalGroupRequest__Output } from './client_portal/identity/v1/RenamePortalGroupRequest.js';
import type { SetPortalGroupMembershipRequest as _client_portal_identity_v1_SetPortalGroupMembershipRequest, SetPortalGroupMembershipRequest__Output as _client_portal_identity_v1_SetPortalGroupMembershipRequest__Output } from './client_portal/identity/v1/SetPortalGroupMembershipRequest.js';
import type { SetPortalUserRoleRequest as _client_portal_identity_v1_SetPortalUserRoleRequest, SetPortalUserRoleRequest__Output as _client_portal_identity_v1_SetPortalUserRoleRequest__Output } from './client_portal/identity/v1/SetPortalUserRoleRequest.js';
import type { UpdatePortalAccessSettingsRequest as _client_portal_identity_v1_UpdatePortalAccessSettingsRequest, UpdatePortalAccessSettingsRequest__Output as _client_portal_identity_v1_UpdatePortalAccessSettingsRequest__Output } from './client_portal/identity/v1/UpdatePortalAccessSettingsRequest.js';
import type { UpdatePortalRoleRequest as _client_portal_identity_v1_UpdatePortalRoleRequest, UpdatePortalRoleRequest__Output as _client_portal_identity_v1_UpdatePortalRoleRequest__Output } from './client_portal/identity/v1/UpdatePortalRoleRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        CreatePortalGroupRequest: MessageTypeDefinition<_client_portal_identity_v1_CreatePortalGroupRequest, _client_portal_identity_v1_CreatePortalGroupRequest__Output>
        CreatePortalRoleRequest: MessageTypeDefinition<_client_portal_identity_v1_CreatePortalRoleRequest, _client_portal_identity_v1_CreatePortalRoleRequest__Output>
        DeletePortalGroupRequest: MessageTypeDefinition<_client_portal_identity_v1_DeletePortalGroupRequest, _client_portal_identity_v1_DeletePortalGroupRequest__Output>
        DeletePortalGroupResponse: MessageTypeDefinition<_client_portal_identity_v1_DeletePortalGroupResponse, _client_portal_identity_v1_DeletePortalGroupResponse__Output>
        DeletePortalRoleRequest: MessageTypeDefinition<_client_portal_identity_v1_DeletePortalRoleRequest, _client_portal_identity_v1_DeletePortalRoleRequest__Output>
        DeletePortalRoleResponse: MessageTypeDefinition<_client_portal_identity_v1_DeletePortalRoleResponse, _client_portal_identity_v1_DeletePortalRoleResponse__Output>
        ExternalRoleService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_ExternalRoleServiceClient> & { service: _client_portal_identity_v1_ExternalRoleServiceDefinition }
        GetPortalAccessSettingsRequest: MessageTypeDefinition<_client_portal_identity_v1_GetPortalAccessSettingsRequest, _client_portal_identity_v1_GetPortalAccessSettingsRequest__Output>
        JoinPortalGroupsRequest: MessageTypeDefinition<_client_portal_identity_v1_JoinPortalGroupsRequest, _client_portal_identity_v1_JoinPortalGroupsRequest__Output>
        JoinPortalGroupsResponse: MessageTypeDefinition<_client_portal_identity_v1_JoinPortalGroupsResponse, _client_portal_identity_v1_JoinPortalGroupsResponse__Output>
        ListClientPortalUsersRequest: MessageTypeDefinition<_client_portal_identity_v1_ListClientPortalUsersRequest, _client_portal_identity_v1_ListClientPortalUsersRequest__Output>
        ListClientPortalUsersResponse: MessageTypeDefinition<_client_portal_identity_v1_ListClientPortalUsersResponse, _client_portal_identity_v1_ListClientPortalUsersResponse__Output>
        ListPortalGroupsRequest: MessageTypeDefinition<_client_portal_identity_v1_ListPortalGroupsRequest, _client_portal_identity_v1_ListPortalGroupsRequest__Output>
        ListPortalGroupsResponse: MessageTypeDefinition<_client_portal_identity_v1_ListPortalGroupsResponse, _client_portal_identity_v1_ListPortalGroupsResponse__Output>
        ListPortalRolesRequest: MessageTypeDefinition<_client_portal_identity_v1_ListPortalRolesRequest, _client_portal_identity_v1_ListPortalRolesRequest__Output>
        ListPortalRolesResponse: MessageTypeDefinition<_client_portal_identity_v1_ListPortalRolesResponse, _client_portal_identity_v1_ListPortalRolesResponse__Output>
        PortalAccessSettings: MessageTypeDefinition<_client_portal_identity_v1_PortalAccessSettings, _client_portal_identity_v1_PortalAccessSettings__Output>
        PortalGroup: MessageTypeDefinition<_client_portal_identity_v1_PortalGroup, _client_portal_identity_v1_PortalGroup__Output>
        PortalGroupMember: MessageTypeDefinition<_client_portal_identity_v1_PortalGroupMember, _client_portal_identity_v1_PortalGroupMember__Output>
        PortalRole: MessageTypeDefinition<_client_portal_identity_v1_PortalRole, _client_portal_identity_v1_PortalRole__Output>
        PortalRoleUser: MessageTypeDefinition<_client_portal_identity_v1_PortalRoleUser, _client_portal_identity_v1_PortalRoleUser__Output>
        RenamePortalGroupRequest: MessageTypeDefinition<_client_portal_identity_v1_RenamePortalGroupRequest, _client_portal_identity_v1_RenamePortalGroupRequest__Output>
        SetPortalGroupMembershipRequest: MessageTypeDefinition<_client_portal_identity_v1_SetPortalGroupMembershipRequest, _client_portal_identity_v1_SetPortalGroupMembershipRequest__Output>
        SetPortalUserRoleRequest: MessageTypeDefinition<_client_portal_identity_v1_SetPortalUserRoleRequest, _client_portal_identity_v1_SetPortalUserRoleRequest__Output>
        UpdatePortalAccessSettingsRequest: MessageTypeDefinition<_client_portal_identity_v1_UpdatePortalAccessSettingsRequest, _client_portal_identity_v1_UpdatePortalAccessSettingsRequest__Output>
        UpdatePortalRoleRequest: MessageTypeDefinition<_client_portal_identity_v1_UpdatePortalRoleRequest, _client_portal_identity_v1_UpdatePortalRoleRequest__Output>
      }
    }
  }
}

