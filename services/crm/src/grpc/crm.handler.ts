import { requirePrincipal, type Principal } from '@client-portal/kit';
import type {
  Client as ClientMessage,
  ClientAddress__Output,
  ContactInput__Output,
  HandlersOf,
} from '@client-portal/contracts';
import type { ClientService } from '../application/client.service.js';
import type { ClientListService } from '../application/client-list.service.js';
import { EMPTY_ADDRESS, type Address, type Client, type ContactInput } from '../domain/client.js';
import { clientListHandlers } from './client-list.handler.js';

/** Maps a client to its message; internal fields are removed here, at the boundary, for client users. */
export function toClientMessage(client: Client, principal: Principal): ClientMessage {
  const internal = principal.kind !== 'client';
  return {
    id: client.id,
    tenantId: client.tenantId,
    name: client.name,
    industry: client.industry,
    phone: client.phone,
    website: client.website,
    address: client.address,
    notes: internal ? client.notes : '',
    status: client.status,
    ownerUserId: internal ? client.ownerUserId : '',
    contacts: client.contacts,
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
    // The agency's view of the client's value is internal.
    invoicedMinor: internal ? String(client.metrics.invoicedMinor) : '0',
    invoiceCount: internal ? client.metrics.invoiceCount : 0,
    lastActivityAt: internal ? (client.metrics.lastActivityAt?.toISOString() ?? '') : '',
    // Concurrency and archive state are the agency's working data, as is who changed the status when.
    version: internal ? client.version : 0,
    archived: internal ? client.archivedAt !== null : false,
    archivedAt: internal ? (client.archivedAt?.toISOString() ?? '') : '',
    workspaceCount: internal ? client.workspaceIds.length : 0,
    statusHistory: internal
      ? client.statusHistory.map((change) => ({
          from: change.from ?? '',
          to: change.to,
          changedBy: change.changedBy,
          changedByName: change.changedByName,
          changedAt: change.changedAt.toISOString(),
        }))
      : [],
  };
}

const contactInput = (input: ContactInput__Output | null): ContactInput | null =>
  input
    ? {
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone,
        mobile: input.mobile,
        role: input.role,
      }
    : null;

const EMPTY_CONTACT: ContactInput = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  mobile: '',
  role: '',
};

const address = (input: ClientAddress__Output | null): Address =>
  input
    ? { street: input.street, postalCode: input.postalCode, city: input.city, country: input.country }
    : EMPTY_ADDRESS;

export function crmHandlers(clients: ClientService, clientList: ClientListService): HandlersOf<'crm'> {
  return {
    // The staff list, its filters, import and export (ListClients included).
    ...clientListHandlers(clientList),
    CreateClient: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.create(principal, {
        ...request,
        address: address(request.address),
        primaryContact: contactInput(request.primaryContact),
        moreContacts: request.moreContacts.map((contact) => contactInput(contact) ?? EMPTY_CONTACT),
      });
      return toClientMessage(client, principal);
    },
    GetClient: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toClientMessage(await clients.get(principal, request.clientId), principal);
    },
    AddContact: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.addContact(
        principal,
        request.clientId,
        contactInput(request.contact) ?? EMPTY_CONTACT,
        request.primary,
        request.expectedVersion,
      );
      return toClientMessage(client, principal);
    },
    UpdateClient: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.update(principal, request.clientId, request.expectedVersion, {
        ...request,
        address: address(request.address),
      });
      return toClientMessage(client, principal);
    },
    ArchiveClient: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.archive(principal, request.clientId, request.expectedVersion);
      return toClientMessage(client, principal);
    },
    RestoreClient: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.restore(principal, request.clientId, request.expectedVersion);
      return toClientMessage(client, principal);
    },
    DeleteClient: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      await clients.delete(principal, request.clientId, request.expectedVersion);
      return { clientId: request.clientId };
    },
    UpdateContact: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.updateContact(
        principal,
        request.clientId,
        request.expectedVersion,
        request.contactId,
        contactInput(request.contact) ?? EMPTY_CONTACT,
      );
      return toClientMessage(client, principal);
    },
    RemoveContact: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.removeContact(
        principal,
        request.clientId,
        request.expectedVersion,
        request.contactId,
        request.successorContactId,
      );
      return toClientMessage(client, principal);
    },
    MakePrimaryContact: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.makePrimaryContact(
        principal,
        request.clientId,
        request.expectedVersion,
        request.contactId,
      );
      return toClientMessage(client, principal);
    },
    ListStaffDirectory: async (_request, call) => {
      const principal = requirePrincipal(call.metadata);
      const staff = await clients.staffDirectory(principal);
      return {
        staff: staff.map((member) => ({
          userId: member.userId,
          email: member.email,
          displayName: member.displayName,
          role: member.role,
        })),
      };
    },
  };
}
