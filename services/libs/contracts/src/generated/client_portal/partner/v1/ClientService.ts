// Original file: proto/partner/v1/clients.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Client as _client_portal_partner_v1_Client, Client__Output as _client_portal_partner_v1_Client__Output } from '../../../client_portal/partner/v1/Client.js';
import type { Contact as _client_portal_partner_v1_Contact, Contact__Output as _client_portal_partner_v1_Contact__Output } from '../../../client_portal/partner/v1/Contact.js';
import type { CreateClientRequest as _client_portal_partner_v1_CreateClientRequest, CreateClientRequest__Output as _client_portal_partner_v1_CreateClientRequest__Output } from '../../../client_portal/partner/v1/CreateClientRequest.js';
import type { CreateContactRequest as _client_portal_partner_v1_CreateContactRequest, CreateContactRequest__Output as _client_portal_partner_v1_CreateContactRequest__Output } from '../../../client_portal/partner/v1/CreateContactRequest.js';
import type { GetClientRequest as _client_portal_partner_v1_GetClientRequest, GetClientRequest__Output as _client_portal_partner_v1_GetClientRequest__Output } from '../../../client_portal/partner/v1/GetClientRequest.js';
import type { ListClientsRequest as _client_portal_partner_v1_ListClientsRequest, ListClientsRequest__Output as _client_portal_partner_v1_ListClientsRequest__Output } from '../../../client_portal/partner/v1/ListClientsRequest.js';
import type { ListClientsResponse as _client_portal_partner_v1_ListClientsResponse, ListClientsResponse__Output as _client_portal_partner_v1_ListClientsResponse__Output } from '../../../client_portal/partner/v1/ListClientsResponse.js';
import type { ListContactsRequest as _client_portal_partner_v1_ListContactsRequest, ListContactsRequest__Output as _client_portal_partner_v1_ListContactsRequest__Output } from '../../../client_portal/partner/v1/ListContactsRequest.js';
import type { ListContactsResponse as _client_portal_partner_v1_ListContactsResponse, ListContactsResponse__Output as _client_portal_partner_v1_ListContactsResponse__Output } from '../../../client_portal/partner/v1/ListContactsResponse.js';
import type { UpdateClientRequest as _client_portal_partner_v1_UpdateClientRequest, UpdateClientRequest__Output as _client_portal_partner_v1_UpdateClientRequest__Output } from '../../../client_portal/partner/v1/UpdateClientRequest.js';

/**
 * The tenant's clients (the companies or people it works for) and their contacts.
 */
export interface ClientServiceClient extends grpc.Client {
  /**
   * Scope: `clients:write`. A new client (status `active` unless given), with its contacts: the one marked
   * `primary` (at most one), else the first, is the primary contact. Refused fields are named as in the
   * request (`contacts[1].email`).
   */
  CreateClient(argument: _client_portal_partner_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_partner_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_partner_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _client_portal_partner_v1_CreateClientRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `clients:write`. A new client (status `active` unless given), with its contacts: the one marked
   * `primary` (at most one), else the first, is the primary contact. Refused fields are named as in the
   * request (`contacts[1].email`).
   */
  createClient(argument: _client_portal_partner_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_partner_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_partner_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  createClient(argument: _client_portal_partner_v1_CreateClientRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `clients:write`. Adds a contact to a client.
   */
  CreateContact(argument: _client_portal_partner_v1_CreateContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Contact__Output>): grpc.ClientUnaryCall;
  CreateContact(argument: _client_portal_partner_v1_CreateContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Contact__Output>): grpc.ClientUnaryCall;
  CreateContact(argument: _client_portal_partner_v1_CreateContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Contact__Output>): grpc.ClientUnaryCall;
  CreateContact(argument: _client_portal_partner_v1_CreateContactRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Contact__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `clients:write`. Adds a contact to a client.
   */
  createContact(argument: _client_portal_partner_v1_CreateContactRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Contact__Output>): grpc.ClientUnaryCall;
  createContact(argument: _client_portal_partner_v1_CreateContactRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Contact__Output>): grpc.ClientUnaryCall;
  createContact(argument: _client_portal_partner_v1_CreateContactRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Contact__Output>): grpc.ClientUnaryCall;
  createContact(argument: _client_portal_partner_v1_CreateContactRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Contact__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `clients:read`. NOT_FOUND when there is no such client in this tenant.
   */
  GetClient(argument: _client_portal_partner_v1_GetClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_partner_v1_GetClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_partner_v1_GetClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  GetClient(argument: _client_portal_partner_v1_GetClientRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `clients:read`. NOT_FOUND when there is no such client in this tenant.
   */
  getClient(argument: _client_portal_partner_v1_GetClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_partner_v1_GetClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_partner_v1_GetClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  getClient(argument: _client_portal_partner_v1_GetClientRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `clients:read`. Clients in order of their last change.
   */
  ListClients(argument: _client_portal_partner_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_partner_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_partner_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _client_portal_partner_v1_ListClientsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `clients:read`. Clients in order of their last change.
   */
  listClients(argument: _client_portal_partner_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_partner_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_partner_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _client_portal_partner_v1_ListClientsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `clients:read`. Contacts across clients in order of their client's last change. Contacts live
   * inside their client: adding or changing one changes its client's `updated_at`, and a page holds the
   * contacts of up to `page_size` clients (archived ones included), so it may hold more or fewer than
   * `page_size` contacts. With `client_id`: that client's contacts, in one page.
   */
  ListContacts(argument: _client_portal_partner_v1_ListContactsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListContactsResponse__Output>): grpc.ClientUnaryCall;
  ListContacts(argument: _client_portal_partner_v1_ListContactsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListContactsResponse__Output>): grpc.ClientUnaryCall;
  ListContacts(argument: _client_portal_partner_v1_ListContactsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListContactsResponse__Output>): grpc.ClientUnaryCall;
  ListContacts(argument: _client_portal_partner_v1_ListContactsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListContactsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `clients:read`. Contacts across clients in order of their client's last change. Contacts live
   * inside their client: adding or changing one changes its client's `updated_at`, and a page holds the
   * contacts of up to `page_size` clients (archived ones included), so it may hold more or fewer than
   * `page_size` contacts. With `client_id`: that client's contacts, in one page.
   */
  listContacts(argument: _client_portal_partner_v1_ListContactsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListContactsResponse__Output>): grpc.ClientUnaryCall;
  listContacts(argument: _client_portal_partner_v1_ListContactsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_ListContactsResponse__Output>): grpc.ClientUnaryCall;
  listContacts(argument: _client_portal_partner_v1_ListContactsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_ListContactsResponse__Output>): grpc.ClientUnaryCall;
  listContacts(argument: _client_portal_partner_v1_ListContactsRequest, callback: grpc.requestCallback<_client_portal_partner_v1_ListContactsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Scope: `clients:write`. Changes the fields given in `update_mask`-free style: every field of the
   * request replaces the client's (send the current values of what you do not change).
   */
  UpdateClient(argument: _client_portal_partner_v1_UpdateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _client_portal_partner_v1_UpdateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _client_portal_partner_v1_UpdateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  UpdateClient(argument: _client_portal_partner_v1_UpdateClientRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  /**
   * Scope: `clients:write`. Changes the fields given in `update_mask`-free style: every field of the
   * request replaces the client's (send the current values of what you do not change).
   */
  updateClient(argument: _client_portal_partner_v1_UpdateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _client_portal_partner_v1_UpdateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _client_portal_partner_v1_UpdateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  updateClient(argument: _client_portal_partner_v1_UpdateClientRequest, callback: grpc.requestCallback<_client_portal_partner_v1_Client__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The tenant's clients (the companies or people it works for) and their contacts.
 */
export interface ClientServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Scope: `clients:write`. A new client (status `active` unless given), with its contacts: the one marked
   * `primary` (at most one), else the first, is the primary contact. Refused fields are named as in the
   * request (`contacts[1].email`).
   */
  CreateClient: grpc.handleUnaryCall<_client_portal_partner_v1_CreateClientRequest__Output, _client_portal_partner_v1_Client>;
  
  /**
   * Scope: `clients:write`. Adds a contact to a client.
   */
  CreateContact: grpc.handleUnaryCall<_client_portal_partner_v1_CreateContactRequest__Output, _client_portal_partner_v1_Contact>;
  
  /**
   * Scope: `clients:read`. NOT_FOUND when there is no such client in this tenant.
   */
  GetClient: grpc.handleUnaryCall<_client_portal_partner_v1_GetClientRequest__Output, _client_portal_partner_v1_Client>;
  
  /**
   * Scope: `clients:read`. Clients in order of their last change.
   */
  ListClients: grpc.handleUnaryCall<_client_portal_partner_v1_ListClientsRequest__Output, _client_portal_partner_v1_ListClientsResponse>;
  
  /**
   * Scope: `clients:read`. Contacts across clients in order of their client's last change. Contacts live
   * inside their client: adding or changing one changes its client's `updated_at`, and a page holds the
   * contacts of up to `page_size` clients (archived ones included), so it may hold more or fewer than
   * `page_size` contacts. With `client_id`: that client's contacts, in one page.
   */
  ListContacts: grpc.handleUnaryCall<_client_portal_partner_v1_ListContactsRequest__Output, _client_portal_partner_v1_ListContactsResponse>;
  
  /**
   * Scope: `clients:write`. Changes the fields given in `update_mask`-free style: every field of the
   * request replaces the client's (send the current values of what you do not change).
   */
  UpdateClient: grpc.handleUnaryCall<_client_portal_partner_v1_UpdateClientRequest__Output, _client_portal_partner_v1_Client>;
  
}

export interface ClientServiceDefinition extends grpc.ServiceDefinition {
  CreateClient: MethodDefinition<_client_portal_partner_v1_CreateClientRequest, _client_portal_partner_v1_Client, _client_portal_partner_v1_CreateClientRequest__Output, _client_portal_partner_v1_Client__Output>
  CreateContact: MethodDefinition<_client_portal_partner_v1_CreateContactRequest, _client_portal_partner_v1_Contact, _client_portal_partner_v1_CreateContactRequest__Output, _client_portal_partner_v1_Contact__Output>
  GetClient: MethodDefinition<_client_portal_partner_v1_GetClientRequest, _client_portal_partner_v1_Client, _client_portal_partner_v1_GetClientRequest__Output, _client_portal_partner_v1_Client__Output>
  ListClients: MethodDefinition<_client_portal_partner_v1_ListClientsRequest, _client_portal_partner_v1_ListClientsResponse, _client_portal_partner_v1_ListClientsRequest__Output, _client_portal_partner_v1_ListClientsResponse__Output>
  ListContacts: MethodDefinition<_client_portal_partner_v1_ListContactsRequest, _client_portal_partner_v1_ListContactsResponse, _client_portal_partner_v1_ListContactsRequest__Output, _client_portal_partner_v1_ListContactsResponse__Output>
  UpdateClient: MethodDefinition<_client_portal_partner_v1_UpdateClientRequest, _client_portal_partner_v1_Client, _client_portal_partner_v1_UpdateClientRequest__Output, _client_portal_partner_v1_Client__Output>
}
