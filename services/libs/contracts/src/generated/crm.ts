import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _client_portal_common_v1_Money, Money__Output as _client_portal_common_v1_Money__Output } from './client_portal/common/v1/Money.js';
import type { PageInfo as _client_portal_common_v1_PageInfo, PageInfo__Output as _client_portal_common_v1_PageInfo__Output } from './client_portal/common/v1/PageInfo.js';
import type { PageRequest as _client_portal_common_v1_PageRequest, PageRequest__Output as _client_portal_common_v1_PageRequest__Output } from './client_portal/common/v1/PageRequest.js';
import type { Principal as _client_portal_common_v1_Principal, Principal__Output as _client_portal_common_v1_Principal__Output } from './client_portal/common/v1/Principal.js';
import type { WorkspaceAccess as _client_portal_common_v1_WorkspaceAccess, WorkspaceAccess__Output as _client_portal_common_v1_WorkspaceAccess__Output } from './client_portal/common/v1/WorkspaceAccess.js';
import type { AddContactRequest as _client_portal_crm_v1_AddContactRequest, AddContactRequest__Output as _client_portal_crm_v1_AddContactRequest__Output } from './client_portal/crm/v1/AddContactRequest.js';
import type { ArchiveClientRequest as _client_portal_crm_v1_ArchiveClientRequest, ArchiveClientRequest__Output as _client_portal_crm_v1_ArchiveClientRequest__Output } from './client_portal/crm/v1/ArchiveClientRequest.js';
import type { Client as _client_portal_crm_v1_Client, Client__Output as _client_portal_crm_v1_Client__Output } from './client_portal/crm/v1/Client.js';
import type { ClientAddress as _client_portal_crm_v1_ClientAddress, ClientAddress__Output as _client_portal_crm_v1_ClientAddress__Output } from './client_portal/crm/v1/ClientAddress.js';
import type { ClientImportContact as _client_portal_crm_v1_ClientImportContact, ClientImportContact__Output as _client_portal_crm_v1_ClientImportContact__Output } from './client_portal/crm/v1/ClientImportContact.js';
import type { ClientImportError as _client_portal_crm_v1_ClientImportError, ClientImportError__Output as _client_portal_crm_v1_ClientImportError__Output } from './client_portal/crm/v1/ClientImportError.js';
import type { ClientImportItem as _client_portal_crm_v1_ClientImportItem, ClientImportItem__Output as _client_portal_crm_v1_ClientImportItem__Output } from './client_portal/crm/v1/ClientImportItem.js';
import type { ClientListRow as _client_portal_crm_v1_ClientListRow, ClientListRow__Output as _client_portal_crm_v1_ClientListRow__Output } from './client_portal/crm/v1/ClientListRow.js';
import type { ClientStatusChange as _client_portal_crm_v1_ClientStatusChange, ClientStatusChange__Output as _client_portal_crm_v1_ClientStatusChange__Output } from './client_portal/crm/v1/ClientStatusChange.js';
import type { Contact as _client_portal_crm_v1_Contact, Contact__Output as _client_portal_crm_v1_Contact__Output } from './client_portal/crm/v1/Contact.js';
import type { ContactInput as _client_portal_crm_v1_ContactInput, ContactInput__Output as _client_portal_crm_v1_ContactInput__Output } from './client_portal/crm/v1/ContactInput.js';
import type { CreateClientRequest as _client_portal_crm_v1_CreateClientRequest, CreateClientRequest__Output as _client_portal_crm_v1_CreateClientRequest__Output } from './client_portal/crm/v1/CreateClientRequest.js';
import type { CrmServiceClient as _client_portal_crm_v1_CrmServiceClient, CrmServiceDefinition as _client_portal_crm_v1_CrmServiceDefinition } from './client_portal/crm/v1/CrmService.js';
import type { DeleteClientRequest as _client_portal_crm_v1_DeleteClientRequest, DeleteClientRequest__Output as _client_portal_crm_v1_DeleteClientRequest__Output } from './client_portal/crm/v1/DeleteClientRequest.js';
import type { DeleteClientResponse as _client_portal_crm_v1_DeleteClientResponse, DeleteClientResponse__Output as _client_portal_crm_v1_DeleteClientResponse__Output } from './client_portal/crm/v1/DeleteClientResponse.js';
import type { ExportClientsRequest as _client_portal_crm_v1_ExportClientsRequest, ExportClientsRequest__Output as _client_portal_crm_v1_ExportClientsRequest__Output } from './client_portal/crm/v1/ExportClientsRequest.js';
import type { ExportClientsResponse as _client_portal_crm_v1_ExportClientsResponse, ExportClientsResponse__Output as _client_portal_crm_v1_ExportClientsResponse__Output } from './client_portal/crm/v1/ExportClientsResponse.js';
import type { GetClientRequest as _client_portal_crm_v1_GetClientRequest, GetClientRequest__Output as _client_portal_crm_v1_GetClientRequest__Output } from './client_portal/crm/v1/GetClientRequest.js';
import type { ImportClientsRequest as _client_portal_crm_v1_ImportClientsRequest, ImportClientsRequest__Output as _client_portal_crm_v1_ImportClientsRequest__Output } from './client_portal/crm/v1/ImportClientsRequest.js';
import type { ImportClientsResponse as _client_portal_crm_v1_ImportClientsResponse, ImportClientsResponse__Output as _client_portal_crm_v1_ImportClientsResponse__Output } from './client_portal/crm/v1/ImportClientsResponse.js';
import type { ListClientIndustriesRequest as _client_portal_crm_v1_ListClientIndustriesRequest, ListClientIndustriesRequest__Output as _client_portal_crm_v1_ListClientIndustriesRequest__Output } from './client_portal/crm/v1/ListClientIndustriesRequest.js';
import type { ListClientIndustriesResponse as _client_portal_crm_v1_ListClientIndustriesResponse, ListClientIndustriesResponse__Output as _client_portal_crm_v1_ListClientIndustriesResponse__Output } from './client_portal/crm/v1/ListClientIndustriesResponse.js';
import type { ListClientsRequest as _client_portal_crm_v1_ListClientsRequest, ListClientsRequest__Output as _client_portal_crm_v1_ListClientsRequest__Output } from './client_portal/crm/v1/ListClientsRequest.js';
import type { ListClientsResponse as _client_portal_crm_v1_ListClientsResponse, ListClientsResponse__Output as _client_portal_crm_v1_ListClientsResponse__Output } from './client_portal/crm/v1/ListClientsResponse.js';
import type { ListStaffDirectoryRequest as _client_portal_crm_v1_ListStaffDirectoryRequest, ListStaffDirectoryRequest__Output as _client_portal_crm_v1_ListStaffDirectoryRequest__Output } from './client_portal/crm/v1/ListStaffDirectoryRequest.js';
import type { ListStaffDirectoryResponse as _client_portal_crm_v1_ListStaffDirectoryResponse, ListStaffDirectoryResponse__Output as _client_portal_crm_v1_ListStaffDirectoryResponse__Output } from './client_portal/crm/v1/ListStaffDirectoryResponse.js';
import type { MakePrimaryContactRequest as _client_portal_crm_v1_MakePrimaryContactRequest, MakePrimaryContactRequest__Output as _client_portal_crm_v1_MakePrimaryContactRequest__Output } from './client_portal/crm/v1/MakePrimaryContactRequest.js';
import type { PreviewClientImportRequest as _client_portal_crm_v1_PreviewClientImportRequest, PreviewClientImportRequest__Output as _client_portal_crm_v1_PreviewClientImportRequest__Output } from './client_portal/crm/v1/PreviewClientImportRequest.js';
import type { PreviewClientImportResponse as _client_portal_crm_v1_PreviewClientImportResponse, PreviewClientImportResponse__Output as _client_portal_crm_v1_PreviewClientImportResponse__Output } from './client_portal/crm/v1/PreviewClientImportResponse.js';
import type { RemoveContactRequest as _client_portal_crm_v1_RemoveContactRequest, RemoveContactRequest__Output as _client_portal_crm_v1_RemoveContactRequest__Output } from './client_portal/crm/v1/RemoveContactRequest.js';
import type { RestoreClientRequest as _client_portal_crm_v1_RestoreClientRequest, RestoreClientRequest__Output as _client_portal_crm_v1_RestoreClientRequest__Output } from './client_portal/crm/v1/RestoreClientRequest.js';
import type { StaffDirectoryEntry as _client_portal_crm_v1_StaffDirectoryEntry, StaffDirectoryEntry__Output as _client_portal_crm_v1_StaffDirectoryEntry__Output } from './client_portal/crm/v1/StaffDirectoryEntry.js';
import type { UpdateClientRequest as _client_portal_crm_v1_UpdateClientRequest, UpdateClientRequest__Output as _client_portal_crm_v1_UpdateClientRequest__Output } from './client_portal/crm/v1/UpdateClientRequest.js';
import type { UpdateContactRequest as _client_portal_crm_v1_UpdateContactRequest, UpdateContactRequest__Output as _client_portal_crm_v1_UpdateContactRequest__Output } from './client_portal/crm/v1/UpdateContactRequest.js';

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
    crm: {
      v1: {
        AddContactRequest: MessageTypeDefinition<_client_portal_crm_v1_AddContactRequest, _client_portal_crm_v1_AddContactRequest__Output>
        ArchiveClientRequest: MessageTypeDefinition<_client_portal_crm_v1_ArchiveClientRequest, _client_portal_crm_v1_ArchiveClientRequest__Output>
        Client: MessageTypeDefinition<_client_portal_crm_v1_Client, _client_portal_crm_v1_Client__Output>
        ClientAddress: MessageTypeDefinition<_client_portal_crm_v1_ClientAddress, _client_portal_crm_v1_ClientAddress__Output>
        ClientImportContact: MessageTypeDefinition<_client_portal_crm_v1_ClientImportContact, _client_portal_crm_v1_ClientImportContact__Output>
        ClientImportError: MessageTypeDefinition<_client_portal_crm_v1_ClientImportError, _client_portal_crm_v1_ClientImportError__Output>
        ClientImportItem: MessageTypeDefinition<_client_portal_crm_v1_ClientImportItem, _client_portal_crm_v1_ClientImportItem__Output>
        ClientListRow: MessageTypeDefinition<_client_portal_crm_v1_ClientListRow, _client_portal_crm_v1_ClientListRow__Output>
        ClientStatusChange: MessageTypeDefinition<_client_portal_crm_v1_ClientStatusChange, _client_portal_crm_v1_ClientStatusChange__Output>
        Contact: MessageTypeDefinition<_client_portal_crm_v1_Contact, _client_portal_crm_v1_Contact__Output>
        ContactInput: MessageTypeDefinition<_client_portal_crm_v1_ContactInput, _client_portal_crm_v1_ContactInput__Output>
        CreateClientRequest: MessageTypeDefinition<_client_portal_crm_v1_CreateClientRequest, _client_portal_crm_v1_CreateClientRequest__Output>
        CrmService: SubtypeConstructor<typeof grpc.Client, _client_portal_crm_v1_CrmServiceClient> & { service: _client_portal_crm_v1_CrmServiceDefinition }
        DeleteClientRequest: MessageTypeDefinition<_client_portal_crm_v1_DeleteClientRequest, _client_portal_crm_v1_DeleteClientRequest__Output>
        DeleteClientResponse: MessageTypeDefinition<_client_portal_crm_v1_DeleteClientResponse, _client_portal_crm_v1_DeleteClientResponse__Output>
        ExportClientsRequest: MessageTypeDefinition<_client_portal_crm_v1_ExportClientsRequest, _client_portal_crm_v1_ExportClientsRequest__Output>
        ExportClientsResponse: MessageTypeDefinition<_client_portal_crm_v1_ExportClientsResponse, _client_portal_crm_v1_ExportClientsResponse__Output>
        GetClientRequest: MessageTypeDefinition<_client_portal_crm_v1_GetClientRequest, _client_portal_crm_v1_GetClientRequest__Output>
        ImportClientsRequest: MessageTypeDefinition<_client_portal_crm_v1_ImportClientsRequest, _client_portal_crm_v1_ImportClientsRequest__Output>
        ImportClientsResponse: MessageTypeDefinition<_client_portal_crm_v1_ImportClientsResponse, _client_portal_crm_v1_ImportClientsResponse__Output>
        ListClientIndustriesRequest: MessageTypeDefinition<_client_portal_crm_v1_ListClientIndustriesRequest, _client_portal_crm_v1_ListClientIndustriesRequest__Output>
        ListClientIndustriesResponse: MessageTypeDefinition<_client_portal_crm_v1_ListClientIndustriesResponse, _client_portal_crm_v1_ListClientIndustriesResponse__Output>
        ListClientsRequest: MessageTypeDefinition<_client_portal_crm_v1_ListClientsRequest, _client_portal_crm_v1_ListClientsRequest__Output>
        ListClientsResponse: MessageTypeDefinition<_client_portal_crm_v1_ListClientsResponse, _client_portal_crm_v1_ListClientsResponse__Output>
        ListStaffDirectoryRequest: MessageTypeDefinition<_client_portal_crm_v1_ListStaffDirectoryRequest, _client_portal_crm_v1_ListStaffDirectoryRequest__Output>
        ListStaffDirectoryResponse: MessageTypeDefinition<_client_portal_crm_v1_ListStaffDirectoryResponse, _client_portal_crm_v1_ListStaffDirectoryResponse__Output>
        MakePrimaryContactRequest: MessageTypeDefinition<_client_portal_crm_v1_MakePrimaryContactRequest, _client_portal_crm_v1_MakePrimaryContactRequest__Output>
        PreviewClientImportRequest: MessageTypeDefinition<_client_portal_crm_v1_PreviewClientImportRequest, _client_portal_crm_v1_PreviewClientImportRequest__Output>
        PreviewClientImportResponse: MessageTypeDefinition<_client_portal_crm_v1_PreviewClientImportResponse, _client_portal_crm_v1_PreviewClientImportResponse__Output>
        RemoveContactRequest: MessageTypeDefinition<_client_portal_crm_v1_RemoveContactRequest, _client_portal_crm_v1_RemoveContactRequest__Output>
        RestoreClientRequest: MessageTypeDefinition<_client_portal_crm_v1_RestoreClientRequest, _client_portal_crm_v1_RestoreClientRequest__Output>
        StaffDirectoryEntry: MessageTypeDefinition<_client_portal_crm_v1_StaffDirectoryEntry, _client_portal_crm_v1_StaffDirectoryEntry__Output>
        UpdateClientRequest: MessageTypeDefinition<_client_portal_crm_v1_UpdateClientRequest, _client_portal_crm_v1_UpdateClientRequest__Output>
        UpdateContactRequest: MessageTypeDefinition<_client_portal_crm_v1_UpdateContactRequest, _client_portal_crm_v1_UpdateContactRequest__Output>
      }
    }
  }
}

