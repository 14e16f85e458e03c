// Original file: proto/crm/v1/crm.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddContactRequest as _client_portal_crm_v1_AddContactRequest, AddContactRequest__Output as _client_portal_crm_v1_AddContactRequest__Output } from '../../../client_portal/crm/v1/AddContactRequest.js';
import type { Client as _client_portal_crm_v1_Client, Client__Output as _client_portal_crm_v1_Client__Output } from '../../../client_portal/crm/v1/Client.js';
import type { CreateClientRequest as _client_portal_crm_v1_CreateClientRequest, CreateClientRequest__Output as _client_portal_crm_v1_CreateClientRequest__Output } from '../../../client_portal/crm/v1/CreateClientRequest.js';
import type { ExportClientsRequest as _client_portal_crm_v1_ExportClientsRequest, ExportClientsRequest__Output as _client_portal_crm_v1_ExportClientsRequest__Output } from '../../../client_portal/crm/v1/ExportClientsRequest.js';
import type { ExportClientsResponse as _client_portal_crm_v1_ExportClientsResponse, ExportClientsResponse__Output as _client_portal_crm_v1_ExportClientsResponse__Output } from '../../../client_portal/crm/v1/ExportClientsResponse.js';
import type { GetClientRequest as _client_portal_crm_v1_GetClientRequest, GetClientRequest__Output as _client_portal_crm_v1_GetClientRequest__Output } from '../../../client_portal/crm/v1/GetClientRequest.js';
import type { ImportClientsRequest as _client_portal_crm_v1_ImportClientsRequest, ImportClientsRequest__Output as _client_portal_crm_v1_ImportClientsRequest__Output } from '../../../client_portal/crm/v1/ImportClientsRequest.js';
import type { ImportClientsResponse as _client_portal_crm_v1_ImportClientsResponse, ImportClientsResponse__Output as _client_portal_crm_v1_ImportClientsResponse__Output } from '../../../client_portal/crm/v1/ImportClientsResponse.js';
import type { ListClientIndustriesRequest as _client_portal_crm_v1_ListClientIndustriesRequest, ListClientIndustriesRequest__Output as _client_portal_crm_v1_ListClientIndustriesRequest__Output } from '../../../client_portal/crm/v1/ListClientIndustriesRequest.js';
import type { ListClientIndustriesResponse as _client_portal_crm_v1_ListClientIndustriesResponse, ListClientIndustriesResponse__Output as _client_portal_crm_v1_ListClientIndustriesResponse__Output } from '../../../client_portal/crm/v1/ListClientIndustriesResponse.js';
import type { ListClientsRequest as _client_portal_crm_v1_ListClientsRequest, ListClientsRequest__Output as _client_portal_crm_v1_ListClientsRequest__Output } from '../../../client_portal/crm/v1/ListClientsRequest.js';
import type { ListClientsResponse as _client_portal_crm_v1_ListClientsResponse, ListClientsResponse__Output as _client_portal_crm_v1_ListClientsResponse__Output } from '../../../client_portal/crm/v1/ListClientsResponse.js';
import type { PreviewClientImportRequest as _client_portal_crm_v1_PreviewClientImportRequest, PreviewClientImportRequest__Output as _client_portal_crm_v1_PreviewClientImportRequest__Output } from '../../../client_portal/crm/v1/PreviewClientImportRequest.js';
import type { PreviewClientImportResponse as _client_portal_crm_v1_PreviewClientImportResponse, PreviewClientImportResponse__Output as _client_portal_crm_v1_PreviewClientImportResponse__Output } from '../../../client_portal/crm/v1/PreviewClientImportResponse.js';

export interface CrmServiceClient extends grpc.Client {
  AddContact(argument: _client_portal_crm_v1_AddContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  AddContact(argument: _client_portal_crm_v1_AddContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  AddContact(argument: _client_portal_crm_v1_AddContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  AddContact(argument: _client_portal_crm_v1_AddContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  addContact(argument: _client_portal_crm_v1_AddContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  addContact(argument: _client_portal_crm_v1_AddContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  addContact(argument: _client_portal_crm_v1_AddContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  addContact(argument: _client_portal_crm_v1_AddContactRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  CreateClient(argument: _client_portal_crm_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_crm_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_crm_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_crm_v1_CreateClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_crm_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_crm_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_crm_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_crm_v1_CreateClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
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
  
  PreviewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  PreviewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  PreviewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  PreviewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  previewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  previewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  previewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  previewClientImport(argument: _client_portal_crm_v1_PreviewClientImportRequest, callback: grpc.requestCallback<_client_portal_crm_v1_PreviewClientImportResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CrmServiceHandlers extends grpc.UntypedServiceImplementation {
  AddContact: grpc.handleUnaryCall<_client_portal_crm_v1_AddContactRequest__Output, _client_portal_crm_v1_Client>;
  
  CreateClient: grpc.handleUnaryCall<_client_portal_crm_v1_CreateClientRequest__Output, _client_portal_crm_v1_Client>;
  
  ExportClients: grpc.handleUnaryCall<_client_portal_crm_v1_ExportClientsRequest__Output, _client_portal_crm_v1_ExportClientsResponse>;
  
  GetClient: grpc.handleUnaryCall<_client_portal_crm_v1_GetClientRequest__Output, _client_portal_crm_v1_Client>;
  
  ImportClients: grpc.handleUnaryCall<_client_portal_crm_v1_ImportClientsRequest__Output, _client_portal_crm_v1_ImportClientsResponse>;
  
  /**
   * The staff client list's helpers: filter choices, CSV import (preview, then all or nothing), CSV export.
   */
  ListClientIndustries: grpc.handleUnaryCall<_client_portal_crm_v1_ListClientIndustriesRequest__Output, _client_portal_crm_v1_ListClientIndustriesResponse>;
  
  ListClients: grpc.handleUnaryCall<_client_portal_crm_v1_ListClientsRequest__Output, _client_portal_crm_v1_ListClientsResponse>;
  
  PreviewClientImport: grpc.handleUnaryCall<_client_portal_crm_v1_PreviewClientImportRequest__Output, _client_portal_crm_v1_PreviewClientImportResponse>;
  
}

export interface CrmServiceDefinition extends grpc.ServiceDefinition {
  AddContact: MethodDefinition<_client_portal_crm_v1_AddContactRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_AddContactRequest__Output, _client_portal_crm_v1_Client__Output>
  CreateClient: MethodDefinition<_client_portal_crm_v1_CreateClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_CreateClientRequest__Output, _client_portal_crm_v1_Client__Output>
  ExportClients: MethodDefinition<_client_portal_crm_v1_ExportClientsRequest, _client_portal_crm_v1_ExportClientsResponse, _client_portal_crm_v1_ExportClientsRequest__Output, _client_portal_crm_v1_ExportClientsResponse__Output>
  GetClient: MethodDefinition<_client_portal_crm_v1_GetClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_GetClientRequest__Output, _client_portal_crm_v1_Client__Output>
  ImportClients: MethodDefinition<_client_portal_crm_v1_ImportClientsRequest, _client_portal_crm_v1_ImportClientsResponse, _client_portal_crm_v1_ImportClientsRequest__Output, _client_portal_crm_v1_ImportClientsResponse__Output>
  ListClientIndustries: MethodDefinition<_client_portal_crm_v1_ListClientIndustriesRequest, _client_portal_crm_v1_ListClientIndustriesResponse, _client_portal_crm_v1_ListClientIndustriesRequest__Output, _client_portal_crm_v1_ListClientIndustriesResponse__Output>
  ListClients: MethodDefinition<_client_portal_crm_v1_ListClientsRequest, _client_portal_crm_v1_ListClientsResponse, _client_portal_crm_v1_ListClientsRequest__Output, _client_portal_crm_v1_ListClientsResponse__Output>
  PreviewClientImport: MethodDefinition<_client_portal_crm_v1_PreviewClientImportRequest, _client_portal_crm_v1_PreviewClientImportResponse, _client_portal_crm_v1_PreviewClientImportRequest__Output, _client_portal_crm_v1_PreviewClientImportResponse__Output>
}
