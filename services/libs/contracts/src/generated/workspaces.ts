import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { GetWorkspaceRequest as _client_portal_partner_v1_GetWorkspaceRequest, GetWorkspaceRequest__Output as _client_portal_partner_v1_GetWorkspaceRequest__Output } from './client_portal/partner/v1/GetWorkspaceRequest.js';
import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from './client_portal/partner/v1/ListOptions.js';
import type { ListWorkspacesRequest as _client_portal_partner_v1_ListWorkspacesRequest, ListWorkspacesRequest__Output as _client_portal_partner_v1_ListWorkspacesRequest__Output } from './client_portal/partner/v1/ListWorkspacesRequest.js';
import type { ListWorkspacesResponse as _client_portal_partner_v1_ListWorkspacesResponse, ListWorkspacesResponse__Output as _client_portal_partner_v1_ListWorkspacesResponse__Output } from './client_portal/partner/v1/ListWorkspacesResponse.js';
import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from './client_portal/partner/v1/Money.js';
import type { Workspace as _client_portal_partner_v1_Workspace, Workspace__Output as _client_portal_partner_v1_Workspace__Output } from './client_portal/partner/v1/Workspace.js';
import type { WorkspaceServiceClient as _client_portal_partner_v1_WorkspaceServiceClient, WorkspaceServiceDefinition as _client_portal_partner_v1_WorkspaceServiceDefinition } from './client_portal/partner/v1/WorkspaceService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    partner: {
      v1: {
        GetWorkspaceRequest: MessageTypeDefinition<_client_portal_partner_v1_GetWorkspaceRequest, _client_portal_partner_v1_GetWorkspaceRequest__Output>
        ListOptions: MessageTypeDefinition<_client_portal_partner_v1_ListOptions, _client_portal_partner_v1_ListOptions__Output>
        ListWorkspacesRequest: MessageTypeDefinition<_client_portal_partner_v1_ListWorkspacesRequest, _client_portal_partner_v1_ListWorkspacesRequest__Output>
        ListWorkspacesResponse: MessageTypeDefinition<_client_portal_partner_v1_ListWorkspacesResponse, _client_portal_partner_v1_ListWorkspacesResponse__Output>
        Money: MessageTypeDefinition<_client_portal_partner_v1_Money, _client_portal_partner_v1_Money__Output>
        Workspace: MessageTypeDefinition<_client_portal_partner_v1_Workspace, _client_portal_partner_v1_Workspace__Output>
        /**
         * Client workspaces: the spaces of the portal where a client sees its documents, files and messages.
         */
        WorkspaceService: SubtypeConstructor<typeof grpc.Client, _client_portal_partner_v1_WorkspaceServiceClient> & { service: _client_portal_partner_v1_WorkspaceServiceDefinition }
      }
    }
  }
}

