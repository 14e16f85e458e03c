// Original file: proto/crm/v1/crm.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddContactRequest as _client_portal_crm_v1_AddContactRequest, AddContactRequest__Output as _client_portal_crm_v1_AddContactRequest__Output } from '../../../client_portal/crm/v1/AddContactRequest.js';
import type { Client as _client_portal_crm_v1_Client, Client__Output as _client_portal_crm_v1_Client__Output } from '../../../client_portal/crm/v1/Client.js';
import type { CreateClientRequest as _client_portal_crm_v1_CreateClientRequest, CreateClientRequest__Output as _client_portal_crm_v1_CreateClientRequest__Output } from '../../../client_portal/crm/v1/CreateClientRequest.js';
import type { GetClientRequest as _client_portal_crm_v1_GetClientRequest, GetClientRequest__Output as _client_portal_crm_v1_GetClientRequest__Output } from '../../../client_portal/crm/v1/GetClientRequest.js';
import type { ListClientsRequest as _client_portal_crm_v1_ListClientsRequest, ListClientsRequest__Output as _client_portal_crm_v1_ListClientsRequest__Output } from '../../../client_portal/crm/v1/ListClientsRequest.js';
import type { ListClientsResponse as _client_portal_crm_v1_ListClientsResponse, ListClientsResponse__Output as _client_portal_crm_v1_ListClientsResponse__Output } from '../../../client_portal/crm/v1/ListClientsResponse.js';

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
  
  GetClient(argument: _client_portal_crm_v1_GetClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_crm_v1_GetClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_crm_v1_GetClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_crm_v1_GetClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_crm_v1_GetClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_crm_v1_GetClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_crm_v1_GetClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_crm_v1_GetClientRequest, callback: grpc.requestCallback<_client_portal_crm_v1_Client__Output>): grpc.ClientUnaryCall;
  
  ListClients(argument: _client_portal_crm_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_crm_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_crm_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_crm_v1_ListClientsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_crm_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_crm_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_crm_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_crm_v1_ListClientsRequest, callback: grpc.requestCallback<_client_portal_crm_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CrmServiceHandlers extends grpc.UntypedServiceImplementation {
  AddContact: grpc.handleUnaryCall<_client_portal_crm_v1_AddContactRequest__Output, _client_portal_crm_v1_Client>;
  
  CreateClient: grpc.handleUnaryCall<_client_portal_crm_v1_CreateClientRequest__Output, _client_portal_crm_v1_Client>;
  
  GetClient: grpc.handleUnaryCall<_client_portal_crm_v1_GetClientRequest__Output, _client_portal_crm_v1_Client>;
  
  ListClients: grpc.handleUnaryCall<_client_portal_crm_v1_ListClientsRequest__Output, _client_portal_crm_v1_ListClientsResponse>;
  
}

export interface CrmServiceDefinition extends grpc.ServiceDefinition {
  AddContact: MethodDefinition<_client_portal_crm_v1_AddContactRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_AddContactRequest__Output, _client_portal_crm_v1_Client__Output>
  CreateClient: MethodDefinition<_client_portal_crm_v1_CreateClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_CreateClientRequest__Output, _client_portal_crm_v1_Client__Output>
  GetClient: MethodDefinition<_client_portal_crm_v1_GetClientRequest, _client_portal_crm_v1_Client, _client_portal_crm_v1_GetClientRequest__Output, _client_portal_crm_v1_Client__Output>
  ListClients: MethodDefinition<_client_portal_crm_v1_ListClientsRequest, _client_portal_crm_v1_ListClientsResponse, _client_portal_crm_v1_ListClientsRequest__Output, _client_portal_crm_v1_ListClientsResponse__Output>
}
