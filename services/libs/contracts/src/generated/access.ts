import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddWorkspaceMemberRequest as _client_portal_identity_v1_AddWorkspaceMemberRequest, AddWorkspaceMemberRequest__Output as _client_portal_identity_v1_AddWorkspaceMemberRequest__Output } from './client_portal/identity/v1/AddWorkspaceMemberRequest.js';
import type { ListWorkspaceMembersRequest as _client_portal_identity_v1_ListWorkspaceMembersRequest, ListWorkspaceMembersRequest__Output as _client_portal_identity_v1_ListWorkspaceMembersRequest__Output } from './client_portal/identity/v1/ListWorkspaceMembersRequest.js';
import type { ListWorkspaceMembersResponse as _client_portal_identity_v1_ListWorkspaceMembersResponse, ListWorkspaceMembersResponse__Output as _client_portal_identity_v1_ListWorkspaceMembersResponse__Output } from './client_portal/identity/v1/ListWorkspaceMembersResponse.js';
import type { RemoveWorkspaceMemberRequest as _client_portal_identity_v1_RemoveWorkspaceMemberRequest, RemoveWorkspaceMemberRequest__Output as _client_portal_identity_v1_RemoveWorkspaceMemberRequest__Output } from './client_portal/identity/v1/RemoveWorkspaceMemberRequest.js';
import type { RemoveWorkspaceMemberResponse as _client_portal_identity_v1_RemoveWorkspaceMemberResponse, RemoveWorkspaceMemberResponse__Output as _client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output } from './client_portal/identity/v1/RemoveWorkspaceMemberResponse.js';
import type { SetWorkspaceMemberRightsRequest as _client_portal_identity_v1_SetWorkspaceMemberRightsRequest, SetWorkspaceMemberRightsRequest__Output as _client_portal_identity_v1_SetWorkspaceMemberRightsRequest__Output } from './client_portal/identity/v1/SetWorkspaceMemberRightsRequest.js';
import type { WorkspaceAccessServiceClient as _client_portal_identity_v1_WorkspaceAccessServiceClient, WorkspaceAccessServiceDefinition as _client_portal_identity_v1_WorkspaceAccessServiceDefinition } from './client_portal/identity/v1/WorkspaceAccessService.js';
import type { WorkspaceMember as _client_portal_identity_v1_WorkspaceMember, WorkspaceMember__Output as _client_portal_identity_v1_WorkspaceMember__Output } from './client_portal/identity/v1/WorkspaceMember.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    identity: {
      v1: {
        AddWorkspaceMemberRequest: MessageTypeDefinition<_client_portal_identity_v1_AddWorkspaceMemberRequest, _client_portal_identity_v1_AddWorkspaceMemberRequest__Output>
        ListWorkspaceMembersRequest: MessageTypeDefinition<_client_portal_identity_v1_ListWorkspaceMembersRequest, _client_portal_identity_v1_ListWorkspaceMembersRequest__Output>
        ListWorkspaceMembersResponse: MessageTypeDefinition<_client_portal_identity_v1_ListWorkspaceMembersResponse, _client_portal_identity_v1_ListWorkspaceMembersResponse__Output>
        RemoveWorkspaceMemberRequest: MessageTypeDefinition<_client_portal_identity_v1_RemoveWorkspaceMemberRequest, _client_portal_identity_v1_RemoveWorkspaceMemberRequest__Output>
        RemoveWorkspaceMemberResponse: MessageTypeDefinition<_client_portal_identity_v1_RemoveWorkspaceMemberResponse, _client_portal_identity_v1_RemoveWorkspaceMemberResponse__Output>
        SetWorkspaceMemberRightsRequest: MessageTypeDefinition<_client_portal_identity_v1_SetWorkspaceMemberRightsRequest, _client_portal_identity_v1_SetWorkspaceMemberRightsRequest__Output>
        WorkspaceAccessService: SubtypeConstructor<typeof grpc.Client, _client_portal_identity_v1_WorkspaceAccessServiceClient> & { service: _client_portal_identity_v1_WorkspaceAccessServiceDefinition }
        WorkspaceMember: MessageTypeDefinition<_client_portal_identity_v1_WorkspaceMember, _client_portal_identity_v1_WorkspaceMember__Output>
      }
    }
  }
}

