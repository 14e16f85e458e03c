import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Address as _client_portal_partner_v1_Address, Address__Output as _client_portal_partner_v1_Address__Output } from './client_portal/partner/v1/Address.js';
import type { Client as _client_portal_partner_v1_Client, Client__Output as _client_portal_partner_v1_Client__Output } from './client_portal/partner/v1/Client.js';
import type { ClientServiceClient as _client_portal_partner_v1_ClientServiceClient, ClientServiceDefinition as _client_portal_partner_v1_ClientServiceDefinition } from './client_portal/partner/v1/ClientService.js';
import type { Contact as _client_portal_partner_v1_Contact, Contact__Output as _client_portal_partner_v1_Contact__Output } from './client_portal/partner/v1/Contact.js';
import type { ContactInput as _client_portal_partner_v1_ContactInput, ContactInput__Output as _client_portal_partner_v1_ContactInput__Output } from './client_portal/partner/v1/ContactInput.js';
import type { CreateClientRequest as _client_portal_partner_v1_CreateClientRequest, CreateClientRequest__Output as _client_portal_partner_v1_CreateClientRequest__Output } from './client_portal/partner/v1/CreateClientRequest.js';
import type { CreateContactRequest as _client_portal_partner_v1_CreateContactRequest, CreateContactRequest__Output as _client_portal_partner_v1_CreateContactRequest__Output } from './client_portal/partner/v1/CreateContactRequest.js';
import type { GetClientRequest as _client_portal_partner_v1_GetClientRequest, GetClientRequest__Output as _client_portal_partner_v1_GetClientRequest__Output } from './client_portal/partner/v1/GetClientRequest.js';
import type { ListClientsRequest as _client_portal_partner_v1_ListClientsRequest, ListClientsRequest__Output as _client_portal_partner_v1_ListClientsRequest__Output } from './client_portal/partner/v1/ListClientsRequest.js';
import type { ListClientsResponse as _client_portal_partner_v1_ListClientsResponse, ListClientsResponse__Output as _client_portal_partner_v1_ListClientsResponse__Output } from './client_portal/partner/v1/ListClientsResponse.js';
import type { ListContactsRequest as _client_portal_partner_v1_ListContactsRequest, ListContactsRequest__Output as _client_portal_partner_v1_ListContactsRequest__Output } from './client_portal/partner/v1/ListContactsRequest.js';
import type { ListContactsResponse as _client_portal_partner_v1_ListContactsResponse, ListContactsResponse__Output as _client_portal_partner_v1_ListContactsResponse__Output } from './client_portal/partner/v1/ListContactsResponse.js';
import type { ListOptions as _client_portal_partner_v1_ListOptions, ListOptions__Output as _client_portal_partner_v1_ListOptions__Output } from './client_portal/partner/v1/ListOptions.js';
import type { Money as _client_portal_partner_v1_Money, Money__Output as _client_portal_partner_v1_Money__Output } from './client_portal/partner/v1/Money.js';
import type { UpdateClientRequest as _client_portal_partner_v1_UpdateClientRequest, UpdateClientRequest__Output as _client_portal_partner_v1_UpdateClientRequest__Output } from './client_portal/partner/v1/UpdateClientRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  client_portal: {
    partner: {
      v1: {
        Address: MessageTypeDefinition<_client_portal_partner_v1_Address, _client_portal_partner_v1_Address__Output>
        Client: MessageTypeDefinition<_client_portal_partner_v1_Client, _client_portal_partner_v1_Client__Output>
        /**
         * The tenant's clients (the companies or people it works for) and their contacts.
         */
        ClientService: SubtypeConstructor<typeof grpc.Client, _client_portal_partner_v1_ClientServiceClient> & { service: _client_portal_partner_v1_ClientServiceDefinition }
        Contact: MessageTypeDefinition<_client_portal_partner_v1_Contact, _client_portal_partner_v1_Contact__Output>
        ContactInput: MessageTypeDefinition<_client_portal_partner_v1_ContactInput, _client_portal_partner_v1_ContactInput__Output>
        CreateClientRequest: MessageTypeDefinition<_client_portal_partner_v1_CreateClientRequest, _client_portal_partner_v1_CreateClientRequest__Output>
        CreateContactRequest: MessageTypeDefinition<_client_portal_partner_v1_CreateContactRequest, _client_portal_partner_v1_CreateContactRequest__Output>
        GetClientRequest: MessageTypeDefinition<_client_portal_partner_v1_GetClientRequest, _client_portal_partner_v1_GetClientRequest__Output>
        ListClientsRequest: MessageTypeDefinition<_client_portal_partner_v1_ListClientsRequest, _client_portal_partner_v1_ListClientsRequest__Output>
        ListClientsResponse: MessageTypeDefinition<_client_portal_partner_v1_ListClientsResponse, _client_portal_partner_v1_ListClientsResponse__Output>
        ListContactsRequest: MessageTypeDefinition<_client_portal_partner_v1_ListContactsRequest, _client_portal_partner_v1_ListContactsRequest__Output>
        ListContactsResponse: MessageTypeDefinition<_client_portal_partner_v1_ListContactsResponse, _client_portal_partner_v1_ListContactsResponse__Output>
        ListOptions: MessageTypeDefinition<_client_portal_partner_v1_ListOptions, _client_portal_partner_v1_ListOptions__Output>
        Money: MessageTypeDefinition<_client_portal_partner_v1_Money, _client_portal_partner_v1_Money__Output>
        UpdateClientRequest: MessageTypeDefinition<_client_portal_partner_v1_UpdateClientRequest, _client_portal_partner_v1_UpdateClientRequest__Output>
      }
    }
  }
}

