import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { ListPortalUsersRequest as _client_portal_identity_v1_ListPortalUsersRequest, ListPortalUsersRequest__Output as _client_portal_identity_v1_ListPortalUsersRequest__Output } from './client_portal/identity/v1/ListPortalUsersRequest.js';
import type { ListPortalUsersResponse as _client_portal_identity_v1_ListPortalUsersResponse, ListPortalUsersResponse__Output as _client_portal_identity_v1_ListPortalUsersResponse__Output } from './client_portal/identity/v1/ListPortalUsersResponse.js';
import type { PortalUser as _client_portal_identity_v1_PortalUser, PortalUser__Output as _client_portal_identity_v1_PortalUser__Output } from './client_portal/identity/v1/PortalUser.js';
import type { ResolveExternalUserRequest as _client_portal_identity_v1_ResolveExternalUserRequest, ResolveExternalUserRequest__Output as _client_portal_identity_v1_ResolveExternalUserRequest__Output } from './client_portal/identity/v1/ResolveExternalUserRequest.js';
import type { ResolveExternalUserResponse as _client_portal_identity_v1_ResolveExternalUserResponse, ResolveExternalUserResponse__Output as _client_portal_identity_v1_ResolveExternalUserResponse__Output } from './client_portal/identity/v1/ResolveExternalUserResponse.js';
import type { ViewAsServiceClient as _client_portal_identity_v1_ViewAsServiceClient, ViewAsServiceDefinition as _client_portal_identity_v1_ViewAsServiceDefinition } from './client_portal/identity/v1/ViewAsService.js';

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
        ListPortalUsersRequest: MessageTypeDefinition<_client_portal_identity_v1_ListPortalUsersRequest, _client_portal_identity_v1_ListPortalUsersRequest__Output>
        ListPortalUsersResponse: MessageTypeDefinition<_client_portal_identity_v1_ListPortalUsersResponse, _client_portal_identity_v1_ListPortalUsersResponse__Output>
        PortalUser: MessageTypeDefinition<_client_portal_identity_v1_PortalUser, _client_portal_identity_v1_PortalUser__Output>
        ResolveExternalUserRequest: MessageTypeDefinition<_client_portal_identity_v1_ResolveExternalUserRequest, _client_portal_identity_v1_ResolveExternalUserRequest__Output>
        ResolveExternalUserResponse: MessageTypeDefinition<_client_portal_identity_v1_ResolveExternalUserResponse, _client_portal_identity_v1_ResolveExternalUserResponse__Output>
        ViewAsService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_ViewAsServiceClient> & { service: _client_portal_identity_v1_ViewAsServiceDefinition }
      }
    }
  }
}

