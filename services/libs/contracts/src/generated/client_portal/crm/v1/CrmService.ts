// Original file: proto/crm/v1/crm.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddContactRequest as _client_portal_crm_v1_AddContactRequest, AddContactRequest__Output as _client_portal_crm_v1_AddContactRequest__Output } from '../../../client_portal/crm/v1/AddContactRequest.js';
import type { ArchiveClientRequest as _client_portal_crm_v1_ArchiveClientRequest, ArchiveClientRequest__Output as _client_portal_crm_v1_ArchiveClientRequest__Output } from '../../../client_portal/crm/v1/ArchiveClientRequest.js';
import type { Client as _client_portal_crm_v1_Client, Client__Output as _client_portal_crm_v1_Client__Output } from '../../../client_portal/crm/v1/Client.js';
import type { CreateClientRequest as _client_portal_crm_v1_CreateClientRequest, CreateClientRequest__Output as _client_portal_crm_v1_CreateClientRequest__Output } from '../../../client_portal/crm/v1/CreateClientRequest.js';
import type { DeleteClientRequest as _client_portal_crm_v1_DeleteClientRequest, DeleteClientRequest__Output as _client_portal_crm_v1_DeleteClientRequest__Output } from '../../../client_portal/crm/v1/DeleteClientRequest.js';
import type { DeleteClientResponse as _client_portal_crm_v1_DeleteClientResponse, DeleteClientResponse__Output as _client_portal_crm_v1_DeleteClientResponse__Output } from '../../../client_portal/crm/v1/DeleteClientResponse.js';
import type { ExportClientsRequest as _client_portal_crm_v1_ExportClientsRequest, ExportClientsRequest__Output as _client_portal_crm_v1_ExportClientsRequest__Output } from '../../../client_portal/crm/v1/ExportClientsRequest.js';
import type { ExportClientsResponse as _client_portal_crm_v1_ExportClientsResponse, ExportClientsResponse__Output as _client_portal_crm_v1_ExportClientsResponse__Output } from '../../../client_portal/crm/v1/ExportClientsResponse.js';
import type { GetClientRequest as _client_portal_crm_v1_GetClientRequest, GetClientRequest__Output as _client_portal_crm_v1_GetClientRequest__Output } from '../../../client_portal/crm/v1/GetClientRequest.js';
import type { ImportClientsRequest as _client_portal_crm_v1_ImportClientsRequest, ImportClientsRequest__Output as _client_portal_crm_v1_ImportClientsRequest__Output } from '../../../client_portal/crm/v1/ImportClientsRequest.js';
import type { ImportClientsResponse as _client_portal_crm_v1_ImportClientsResponse, ImportClientsResponse__Output as _client_portal_crm_v1_ImportClientsResponse__Output } from '../../../client_portal/crm/v1/ImportClientsResponse.js';
import type { ListClientIndustriesRequest as _client_portal_crm_v1_ListClientIndustriesRequest, ListClientIndustriesRequest__Output as _client_portal_crm_v1_ListClientIndustriesRequest__Output } from '../../../client_portal/crm/v1/ListClientIndustriesRequest.js';
import type { ListClientIndustriesResponse as _client_portal_crm_v1_ListClientIndustriesResponse, ListClientIndustriesResponse__Output as _client_portal_crm_v1_ListClientIndustriesResponse__Output } from '../../../client_portal/crm/v1/ListClientIndustriesResponse.js';
import type { ListClientsRequest as _client_portal_crm_v1_ListClientsRequest, ListClientsRequest__Output as _client_portal_crm_v1_ListClientsRequest__Output } from '../../../client_portal/crm/v1/ListClientsRequest.js';
import type { ListClientsResponse as _client_portal_crm_v1_ListClientsResponse, ListClientsResponse__Output as _client_portal_crm_v1_ListClientsResponse__Output } from '../../../client_portal/crm/v1/ListClientsResponse.js';
import type { ListStaffDirectoryRequest as _client_portal_crm_v1_ListStaffDirectoryRequest, ListStaffDirectoryRequest__Output as _client_portal_crm_v1_ListStaffDirectoryRequest__Output } from '../../../client_portal/crm/v1/ListStaffDirectoryRequest.js';
import type { ListStaffDirectoryResponse as _client_portal_crm_v1_ListStaffDirectoryResponse, ListStaffDirectoryResponse__Output as _client_portal_crm_v1_ListStaffDirectoryResponse__Output } from '../../../client_portal/crm/v1/ListStaffDirectoryResponse.js';
import type { MakePrimaryContactRequest as _client_portal_crm_v1_MakePrimaryContactRequest, MakePrimaryContactRequest__Output as _client_portal_crm_v1_MakePrimaryContactRequest__Output } from '../../../client_portal/crm/v1/MakePrimaryContactRequest.js';
import type { PreviewClientImportRequest as _client_portal_crm_v1_PreviewClientImportRequest, PreviewClientImportRequest__Output as _client_portal_crm_v1_PreviewClientImportRequest__Output } from '../../../client_portal/crm/v1/PreviewClientImportRequest.js';
import type { PreviewClientImportResponse as _client_portal_crm_v1_PreviewClientImportResponse, PreviewClientImportResponse__Output as _client_portal_crm_v1_PreviewClientImportResponse__Output } from '../../../client_portal/crm/v1/PreviewClientImportResponse.js';
import type { RemoveContactRequest as _client_portal_crm_v1_RemoveContactRequest, RemoveContactRequest__Output as _client_portal_crm_v1_RemoveContactRequest__Output } from '../../../client_portal/crm/v1/RemoveContactRequest.js';
import type { RestoreClientRequest as _client_portal_crm_v1_RestoreClientRequest, RestoreClientRequest__Output as _client_portal_crm_v1_RestoreClientRequest__Output } from '../../../client_portal/crm/v1/RestoreClientRequest.js';
import type { UpdateClientRequest as _client_portal_crm_v1_UpdateClientRequest, UpdateClientRequest__Output as _client_portal_crm_v1_UpdateClientRequest__Output } from '../../../client_portal/crm/v1/UpdateClientRequest.js';
import type { UpdateContactRequest as _client_portal_crm_v1_UpdateContactRequest, UpdateContactRequest__Output as _client_portal_crm_v1_UpdateContactRequest__Output } from '../../../client_portal/crm/v1/UpdateContactRequest.js';

export interface CrmServiceClient extends grpc.Client {
  AddContact(argument: _client_portal_crm_v1_AddContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  AddContact(argument: _client_portal_crm_v1_AddContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  AddContact(argument: _client_portal_crm_v1_AddContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  AddContact(argument: _client_portal_crm_v1_AddContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  addContact(argument: _client_portal_crm_v1_AddContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  addContact(argument: _client_portal_crm_v1_AddContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  addContact(argument: _client_portal_crm_v1_AddContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  addContact(argument: _client_portal_crm_v1_AddContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (manager+): hides the client from daily work without losing anything; restore undoes it.
   */
  ArchiveClient(argument: _client_portal_crm_v1_ArchiveClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  ArchiveClient(argument: _client_portal_crm_v1_ArchiveClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  ArchiveClient(argument: _client_portal_crm_v1_ArchiveClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  ArchiveClient(argument: _client_portal_crm_v1_ArchiveClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (manager+): hides the client from daily work without losing anything; restore undoes it.
   */
  archiveClient(argument: _client_portal_crm_v1_ArchiveClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  archiveClient(argument: _client_portal_crm_v1_ArchiveClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  archiveClient(argument: _client_portal_crm_v1_ArchiveClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  archiveClient(argument: _client_portal_crm_v1_ArchiveClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  CreateClient(argument: _client_portal_crm_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_crm_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_crm_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_crm_v1_CreateClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_crm_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_crm_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_crm_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_crm_v1_CreateClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (admin+): only a client nothing references (no project, invoice or portal workspace);
   * otherwise FAILED_PRECONDITION (reason client.referenced): archive it instead.
   */
  DeleteClient(argument: _client_portal_crm_v1_DeleteClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  DeleteClient(argument: _client_portal_crm_v1_DeleteClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  DeleteClient(argument: _client_portal_crm_v1_DeleteClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  DeleteClient(argument: _client_portal_crm_v1_DeleteClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (admin+): only a client nothing references (no project, invoice or portal workspace);
   * otherwise FAILED_PRECONDITION (reason client.referenced): archive it instead.
   */
  deleteClient(argument: _client_portal_crm_v1_DeleteClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  deleteClient(argument: _client_portal_crm_v1_DeleteClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  deleteClient(argument: _client_portal_crm_v1_DeleteClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  deleteClient(argument: _client_portal_crm_v1_DeleteClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_DeleteClientResponse__Output>): grpc.ClientUnaryCall;
  
  ExportClients(argument: _client_portal_crm_v1_ExportClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ExportClientsResponse__Output>): grpc.ClientUnaryCall;
  ExportClients(argument: _client_portal_crm_v1_ExportClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ExportClientsResponse__Output>): grpc.ClientUnaryCall;
  ExportClients(argument: _client_portal_crm_v1_ExportClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ExportClientsResponse__Output>): grpc.ClientUnaryCall;
  ExportClients(argument: _client_portal_crm_v1_ExportClientsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ExportClientsResponse__Output>): grpc.ClientUnaryCall;
  exportClients(argument: _client_portal_crm_v1_ExportClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ExportClientsResponse__Output>): grpc.ClientUnaryCall;
  exportClients(argument: _client_portal_crm_v1_ExportClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ExportClientsResponse__Output>): grpc.ClientUnaryCall;
  exportClients(argument: _client_portal_crm_v1_ExportClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ExportClientsResponse__Output>): grpc.ClientUnaryCall;
  exportClients(argument: _client_portal_crm_v1_ExportClientsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ExportClientsResponse__Output>): grpc.ClientUnaryCall;
  
  GetClient(argument: _client_portal_crm_v1_GetClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_crm_v1_GetClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_crm_v1_GetClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_crm_v1_GetClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_crm_v1_GetClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_crm_v1_GetClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_crm_v1_GetClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_crm_v1_GetClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  ImportClients(argument: _client_portal_crm_v1_ImportClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ImportClientsResponse__Output>): grpc.ClientUnaryCall;
  ImportClients(argument: _client_portal_crm_v1_ImportClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ImportClientsResponse__Output>): grpc.ClientUnaryCall;
  ImportClients(argument: _client_portal_crm_v1_ImportClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ImportClientsResponse__Output>): grpc.ClientUnaryCall;
  ImportClients(argument: _client_portal_crm_v1_ImportClientsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ImportClientsResponse__Output>): grpc.ClientUnaryCall;
  importClients(argument: _client_portal_crm_v1_ImportClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ImportClientsResponse__Output>): grpc.ClientUnaryCall;
  importClients(argument: _client_portal_crm_v1_ImportClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ImportClientsResponse__Output>): grpc.ClientUnaryCall;
  importClients(argument: _client_portal_crm_v1_ImportClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ImportClientsResponse__Output>): grpc.ClientUnaryCall;
  importClients(argument: _client_portal_crm_v1_ImportClientsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ImportClientsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The staff client list's helpers: filter choices, CSV import (preview, then all or nothing), CSV export.
   */
  ListClientIndustries(argument: _client_portal_crm_v1_ListClientIndustriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientIndustriesResponse__Output>): grpc.ClientUnaryCall;
  ListClientIndustries(argument: _client_portal_crm_v1_ListClientIndustriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientIndustriesResponse__Output>): grpc.ClientUnaryCall;
  ListClientIndustries(argument: _client_portal_crm_v1_ListClientIndustriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientIndustriesResponse__Output>): grpc.ClientUnaryCall;
  ListClientIndustries(argument: _client_portal_crm_v1_ListClientIndustriesRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientIndustriesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The staff client list's helpers: filter choices, CSV import (preview, then all or nothing), CSV export.
   */
  listClientIndustries(argument: _client_portal_crm_v1_ListClientIndustriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientIndustriesResponse__Output>): grpc.ClientUnaryCall;
  listClientIndustries(argument: _client_portal_crm_v1_ListClientIndustriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientIndustriesResponse__Output>): grpc.ClientUnaryCall;
  listClientIndustries(argument: _client_portal_crm_v1_ListClientIndustriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientIndustriesResponse__Output>): grpc.ClientUnaryCall;
  listClientIndustries(argument: _client_portal_crm_v1_ListClientIndustriesRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientIndustriesResponse__Output>): grpc.ClientUnaryCall;
  
  ListClients(argument: _client_portal_crm_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_crm_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_crm_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_crm_v1_ListClientsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_crm_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_crm_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_crm_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_crm_v1_ListClientsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (member+): the tenant's active staff, as crm knows them from identity's events: the people a
   * client's owner may be.
   */
  ListStaffDirectory(argument: _client_portal_crm_v1_ListStaffDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListStaffDirectoryResponse__Output>): grpc.ClientUnaryCall;
  ListStaffDirectory(argument: _client_portal_crm_v1_ListStaffDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListStaffDirectoryResponse__Output>): grpc.ClientUnaryCall;
  ListStaffDirectory(argument: _client_portal_crm_v1_ListStaffDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListStaffDirectoryResponse__Output>): grpc.ClientUnaryCall;
  ListStaffDirectory(argument: _client_portal_crm_v1_ListStaffDirectoryRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListStaffDirectoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (member+): the tenant's active staff, as crm knows them from identity's events: the people a
   * client's owner may be.
   */
  listStaffDirectory(argument: _client_portal_crm_v1_ListStaffDirectoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListStaffDirectoryResponse__Output>): grpc.ClientUnaryCall;
  listStaffDirectory(argument: _client_portal_crm_v1_ListStaffDirectoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListStaffDirectoryResponse__Output>): grpc.ClientUnaryCall;
  listStaffDirectory(argument: _client_portal_crm_v1_ListStaffDirectoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListStaffDirectoryResponse__Output>): grpc.ClientUnaryCall;
  listStaffDirectory(argument: _client_portal_crm_v1_ListStaffDirectoryRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListStaffDirectoryResponse__Output>): grpc.ClientUnaryCall;
  
  MakePrimaryContact(argument: _client_portal_crm_v1_MakePrimaryContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  MakePrimaryContact(argument: _client_portal_crm_v1_MakePrimaryContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  MakePrimaryContact(argument: _client_portal_crm_v1_MakePrimaryContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  MakePrimaryContact(argument: _client_portal_crm_v1_MakePrimaryContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  makePrimaryContact(argument: _client_portal_crm_v1_MakePrimaryContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  makePrimaryContact(argument: _client_portal_crm_v1_MakePrimaryContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  makePrimaryContact(argument: _client_portal_crm_v1_MakePrimaryContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  makePrimaryContact(argument: _client_portal_crm_v1_MakePrimaryContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  PreviewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  PreviewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  PreviewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  PreviewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  previewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  previewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  previewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  previewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removing the primary contact needs a successor (successor_contact_id), else FAILED_PRECONDITION.
   */
  RemoveContact(argument: _client_portal_crm_v1_RemoveContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  RemoveContact(argument: _client_portal_crm_v1_RemoveContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  RemoveContact(argument: _client_portal_crm_v1_RemoveContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  RemoveContact(argument: _client_portal_crm_v1_RemoveContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  /**
   * Removing the primary contact needs a successor (successor_contact_id), else FAILED_PRECONDITION.
   */
  removeContact(argument: _client_portal_crm_v1_RemoveContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  removeContact(argument: _client_portal_crm_v1_RemoveContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  removeContact(argument: _client_portal_crm_v1_RemoveContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  removeContact(argument: _client_portal_crm_v1_RemoveContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  RestoreClient(argument: _client_portal_crm_v1_RestoreClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  RestoreClient(argument: _client_portal_crm_v1_RestoreClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  RestoreClient(argument: _client_portal_crm_v1_RestoreClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  RestoreClient(argument: _client_portal_crm_v1_RestoreClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  restoreClient(argument: _client_portal_crm_v1_RestoreClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  restoreClient(argument: _client_portal_crm_v1_RestoreClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  restoreClient(argument: _client_portal_crm_v1_RestoreClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  restoreClient(argument: _client_portal_crm_v1_RestoreClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every write below takes the version the caller read (`expected_version`, from Client.version): a
   * stale one is refused with FAILED_PRECONDITION (reason client.changed) and nothing is written. 0 means
   * "the version as it is now" (the write is still atomic against a concurrent one).
   * Staff (manager+): the client record's fields; a status change is recorded in the status history.
   */
  UpdateClient(argument: _client_portal_crm_v1_UpdateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _client_portal_crm_v1_UpdateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _client_portal_crm_v1_UpdateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _client_portal_crm_v1_UpdateClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  /**
   * Every write below takes the version the caller read (`expected_version`, from Client.version): a
   * stale one is refused with FAILED_PRECONDITION (reason client.changed) and nothing is written. 0 means
   * "the version as it is now" (the write is still atomic against a concurrent one).
   * Staff (manager+): the client record's fields; a status change is recorded in the status history.
   */
  updateClient(argument: _client_portal_crm_v1_UpdateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _client_portal_crm_v1_UpdateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _client_portal_crm_v1_UpdateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _client_portal_crm_v1_UpdateClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  /**
   * Staff (manager+): contacts. E-mails are unique within the client (violation not_unique on email).
   */
  UpdateContact(argument: _client_portal_crm_v1_UpdateContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateContact(argument: _client_portal_crm_v1_UpdateContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateContact(argument: _client_portal_crm_v1_UpdateContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateContact(argument: _client_portal_crm_v1_UpdateContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  /**
   * Staff (manager+): contacts. E-mails are unique within the client (violation not_unique on email).
   */
  updateContact(argument: _client_portal_crm_v1_UpdateContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  updateContact(argument: _client_portal_crm_v1_UpdateContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  updateContact(argument: _client_portal_crm_v1_UpdateContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  updateContact(argument: _client_portal_crm_v1_UpdateContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
}

export interface CrmServiceHandlers extends grpc.UntypedServiceImplementation {
  AddContact: grpc.handleUnaryCall<_client_portal_crm_v1_AddContactRequest__Output, _client_portal_crm_v1_Client>;
  
  /**
   * Staff (manager+): hides the client from daily work without losing anything; restore undoes it.
   */
  ArchiveClient: grpc.handleUnaryCall<_client_portal_crm_v1_ArchiveClientRequest__Output, _client_portal_crm_v1_Client>;
  
  CreateClient: grpc.handleUnaryCall<_client_portal_crm_v1_CreateClientRequest__Output, _client_portal_crm_v1_Client>;
  
  /**
   * Staff (admin+): only a client nothing references (no project, invoice or portal workspace);
   * otherwise FAILED_PRECONDITION (reason client.referenced): archive it instead.
   */
  DeleteClient: grpc.handleUnaryCall<_client_portal_crm_v1_DeleteClientRequest__Output, _client_portal_crm_v1_DeleteClientResponse>;
  
  ExportClients: grpc.handleUnaryCall<_client_portal_crm_v1_ExportClientsRequest__Output, _client_portal_crm_v1_ExportClientsResponse>;
  
  GetClient: grpc.handleUnaryCall<_client_portal_crm_v1_GetClientRequest__Output, _client_portal_crm_v1_Client>;
  
  ImportClients: grpc.handleUnaryCall<_client_portal_crm_v1_ImportClientsRequest__Output, _client_portal_crm_v1_ImportClientsResponse>;
  
  /**
   * The staff client list's helpers: filter choices, CSV import (preview, then all or nothing), CSV export.
   */
  ListClientIndustries: grpc.handleUnaryCall<_client_portal_crm_v1_ListClientIndustriesRequest__Output, _client_portal_crm_v1_ListClientIndustriesResponse>;
  
  ListClients: grpc.handleUnaryCall<_client_portal_crm_v1_ListClientsRequest__Output, _client_portal_crm_v1_ListClientsResponse>;
  
  /**
   * Staff (member+): the tenant's active staff, as crm knows them from identity's events: the people a
   * client's owner may be.
   */
  ListStaffDirectory: grpc.handleUnaryCall<_client_portal_crm_v1_ListStaffDirectoryRequest__Output, _client_portal_crm_v1_ListStaffDirectoryResponse>;
  
  MakePrimaryContact: grpc.handleUnaryCall<_client_portal_crm_v1_MakePrimaryContactRequest__Output, _client_portal_crm_v1_Client>;
  
  PreviewClientImport: grpc.handleUnaryCall<_client_portal_crm_v1_PreviewClientImportRequest__Output, _client_portal_crm_v1_PreviewClientImportResponse>;
  
  /**
   * Removing the primary contact needs a successor (successor_contact_id), else FAILED_PRECONDITION.
   */
  RemoveContact: grpc.handleUnaryCall<_client_portal_crm_v1_RemoveContactRequest__Output, _client_portal_crm_v1_Client>;
  
  RestoreClient: grpc.handleUnaryCall<_client_portal_crm_v1_RestoreClientRequest__Output, _client_portal_crm_v1_Client>;
  
  /**
   * Every write below takes the version the caller read (`expected_version`, from Client.version): a
   * stale one is refused with FAILED_PRECONDITION (reason client.changed) and nothing is written. 0 means
   * "the version as it is now" (the write is still atomic against a concurrent one).
   * Staff (manager+): the client record's fields; a status change is recorded in the status history.
   */
  UpdateClient: grpc.handleUnaryCall<_client_portal_crm_v1_UpdateClientRequest__Output, _client_portal_crm_v1_Client>;
  
  /**
   * Staff (manager+): contacts. E-mails are unique within the client (violation not_unique on email).
   */
  UpdateContact: grpc.handleUnaryCall<_client_portal_crm_v1_UpdateContactRequest__Output, _client_portal_crm_v1_Client>;
  
}

export interface CrmServiceDefinition extends grpc.ServiceDefinition {
  AddContact: MethodDefinition<_client_portal_crm_v1_AddContactRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_AddContactRequest__Output, _client_portal_crm_v1_Client__Output>
  ArchiveClient: MethodDefinition<_client_portal_crm_v1_ArchiveClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_ArchiveClientRequest__Output, _client_portal_crm_v1_Client__Output>
  CreateClient: MethodDefinition<_client_portal_crm_v1_CreateClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_CreateClientRequest__Output, _client_portal_crm_v1_Client__Output>
  DeleteClient: MethodDefinition<_client_portal_crm_v1_DeleteClientRequest, _client_portal_crm_v1_DeleteClientResponse, _client_portal_crm_v1_DeleteClientRequest__Output, _client_portal_crm_v1_DeleteClientResponse__Output>
  ExportClients: MethodDefinition<_client_portal_crm_v1_ExportClientsRequest, _client_portal_crm_v1_ExportClientsResponse, _client_portal_crm_v1_ExportClientsRequest__Output, _client_portal_crm_v1_ExportClientsResponse__Output>
  GetClient: MethodDefinition<_client_portal_crm_v1_GetClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_GetClientRequest__Output, _client_portal_crm_v1_Client__Output>
  ImportClients: MethodDefinition<_client_portal_crm_v1_ImportClientsRequest, _client_portal_crm_v1_ImportClientsResponse, _client_portal_crm_v1_ImportClientsRequest__Output, _client_portal_crm_v1_ImportClientsResponse__Output>
  ListClientIndustries: MethodDefinition<_client_portal_crm_v1_ListClientIndustriesRequest, _client_portal_crm_v1_ListClientIndustriesResponse, _client_portal_crm_v1_ListClientIndustriesRequest__Output, _client_portal_crm_v1_ListClientIndustriesResponse__Output>
  ListClients: MethodDefinition<_client_portal_crm_v1_ListClientsRequest, _client_portal_crm_v1_ListClientsResponse, _client_portal_crm_v1_ListClientsRequest__Output, _client_portal_crm_v1_ListClientsResponse__Output>
  ListStaffDirectory: MethodDefinition<_client_portal_crm_v1_ListStaffDirectoryRequest, _client_portal_crm_v1_ListStaffDirectoryResponse, _client_portal_crm_v1_ListStaffDirectoryRequest__Output, _client_portal_crm_v1_ListStaffDirectoryResponse__Output>
  MakePrimaryContact: MethodDefinition<_client_portal_crm_v1_MakePrimaryContactRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_MakePrimaryContactRequest__Output, _client_portal_crm_v1_Client__Output>
  PreviewClientImport: MethodDefinition<_client_portal_crm_v1_PreviewClientImportRequest, _client_portal_crm_v1_PreviewClientImportResponse, _client_portal_crm_v1_PreviewClientImportRequest__Output, _client_portal_crm_v1_PreviewClientImportResponse__Output>
  RemoveContact: MethodDefinition<_client_portal_crm_v1_RemoveContactRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_RemoveContactRequest__Output, _client_portal_crm_v1_Client__Output>
  RestoreClient: MethodDefinition<_client_portal_crm_v1_RestoreClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_RestoreClientRequest__Output, _client_portal_crm_v1_Client__Output>
  UpdateClient: MethodDefinition<_client_portal_crm_v1_UpdateClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_UpdateClientRequest__Output, _client_portal_crm_v1_Client__Output>
  UpdateContact: MethodDefinition<_client_portal_crm_v1_UpdateContactRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_UpdateContactRequest__Output, _client_portal_crm_v1_Client__Output>
}
