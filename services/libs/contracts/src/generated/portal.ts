import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { ArchiveWorkspaceRequest as _client_portal_portal_v1_ArchiveWorkspaceRequest, ArchiveWorkspaceRequest__Output as _client_portal_portal_v1_ArchiveWorkspaceRequest__Output } from './client_portal/portal/v1/ArchiveWorkspaceRequest.js';
import type { CreateWorkspaceRequest as _client_portal_portal_v1_CreateWorkspaceRequest, CreateWorkspaceRequest__Output as _client_portal_portal_v1_CreateWorkspaceRequest__Output } from './client_portal/portal/v1/CreateWorkspaceRequest.js';
import type { EnablePortalRequest as _client_portal_portal_v1_EnablePortalRequest, EnablePortalRequest__Output as _client_portal_portal_v1_EnablePortalRequest__Output } from './client_portal/portal/v1/EnablePortalRequest.js';
import type { GetWorkspaceRequest as _client_portal_portal_v1_GetWorkspaceRequest, GetWorkspaceRequest__Output as _client_portal_portal_v1_GetWorkspaceRequest__Output } from './client_portal/portal/v1/GetWorkspaceRequest.js';
import type { ListWorkspacesRequest as _client_portal_portal_v1_ListWorkspacesRequest, ListWorkspacesRequest__Output as _client_portal_portal_v1_ListWorkspacesRequest__Output } from './client_portal/portal/v1/ListWorkspacesRequest.js';
import type { ListWorkspacesResponse as _client_portal_portal_v1_ListWorkspacesResponse, ListWorkspacesResponse__Output as _client_portal_portal_v1_ListWorkspacesResponse__Output } from './client_portal/portal/v1/ListWorkspacesResponse.js';
import type { PortalServiceClient as _client_portal_portal_v1_PortalServiceClient, PortalServiceDefinition as _client_portal_portal_v1_PortalServiceDefinition } from './client_portal/portal/v1/PortalService.js';
import type { RenameWorkspaceRequest as _client_portal_portal_v1_RenameWorkspaceRequest, RenameWorkspaceRequest__Output as _client_portal_portal_v1_RenameWorkspaceRequest__Output } from './client_portal/portal/v1/RenameWorkspaceRequest.js';
import type { RestoreWorkspaceRequest as _client_portal_portal_v1_RestoreWorkspaceRequest, RestoreWorkspaceRequest__Output as _client_portal_portal_v1_RestoreWorkspaceRequest__Output } from './client_portal/portal/v1/RestoreWorkspaceRequest.js';
import type { SetWorkspaceModulesRequest as _client_portal_portal_v1_SetWorkspaceModulesRequest, SetWorkspaceModulesRequest__Output as _client_portal_portal_v1_SetWorkspaceModulesRequest__Output } from './client_portal/portal/v1/SetWorkspaceModulesRequest.js';
import type { SharedDocument as _client_portal_portal_v1_SharedDocument, SharedDocument__Output as _client_portal_portal_v1_SharedDocument__Output } from './client_portal/portal/v1/SharedDocument.js';
import type { Workspace as _client_portal_portal_v1_Workspace, Workspace__Output as _client_portal_portal_v1_Workspace__Output } from './client_portal/portal/v1/Workspace.js';
import type { WorkspaceView as _client_portal_portal_v1_WorkspaceView, WorkspaceView__Output as _client_portal_portal_v1_WorkspaceView__Output } from './client_portal/portal/v1/WorkspaceView.js';

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
    portal: {
      v1: {
        ArchiveWorkspaceRequest: MessageTypeDefinition<_client_portal_portal_v1_ArchiveWorkspaceRequest, _client_portal_portal_v1_ArchiveWorkspaceRequest__Output>
        CreateWorkspaceRequest: MessageTypeDefinition<_client_portal_portal_v1_CreateWorkspaceRequest, _client_portal_portal_v1_CreateWorkspaceRequest__Output>
        EnablePortalRequest: MessageTypeDefinition<_client_portal_portal_v1_EnablePortalRequest, _client_portal_portal_v1_EnablePortalRequest__Output>
        GetWorkspaceRequest: MessageTypeDefinition<_client_portal_portal_v1_GetWorkspaceRequest, _client_portal_portal_v1_GetWorkspaceRequest__Output>
        ListWorkspacesRequest: MessageTypeDefinition<_client_portal_portal_v1_ListWorkspacesRequest, _client_portal_portal_v1_ListWorkspacesRequest__Output>
        ListWorkspacesResponse: MessageTypeDefinition<_client_portal_portal_v1_ListWorkspacesResponse, _client_portal_portal_v1_ListWorkspacesResponse__Output>
        PortalService: SubtypeConstructor<typeof grpc.Client, _client_portal_portal_v1_PortalServiceClient> & { service: _client_portal_portal_v1_PortalServiceDefinition }
        RenameWorkspaceRequest: MessageTypeDefinition<_client_portal_portal_v1_RenameWorkspaceRequest, _client_portal_portal_v1_RenameWorkspaceRequest__Output>
        RestoreWorkspaceRequest: MessageTypeDefinition<_client_portal_portal_v1_RestoreWorkspaceRequest, _client_portal_portal_v1_RestoreWorkspaceRequest__Output>
        SetWorkspaceModulesRequest: MessageTypeDefinition<_client_portal_portal_v1_SetWorkspaceModulesRequest, _client_portal_portal_v1_SetWorkspaceModulesRequest__Output>
        SharedDocument: MessageTypeDefinition<_client_portal_portal_v1_SharedDocument, _client_portal_portal_v1_SharedDocument__Output>
        Workspace: MessageTypeDefinition<_client_portal_portal_v1_Workspace, _client_portal_portal_v1_Workspace__Output>
        WorkspaceView: MessageTypeDefinition<_client_portal_portal_v1_WorkspaceView, _client_portal_portal_v1_WorkspaceView__Output>
      }
    }
  }
}

