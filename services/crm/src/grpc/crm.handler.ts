import { requirePrincipal, type Principal } from '@client-portal/kit';
import type { Client as ClientMessage, ContactInput__Output, HandlersOf } from '@client-portal/contracts';
import type { ClientService } from '../application/client.service.js';
import type { ClientListService } from '../application/client-list.service.js';
import { clientListHandlers } from './client-list.handler.js';
import type { Client, ContactInput } from '../domain/client.js';

/** Maps a client to its message; internal fields are removed here, at the boundary, for client users. */
export function toClientMessage(client: Client, principal: Principal): ClientMessage {
  const internal = principal.kind !== 'client';
  return {
    id: client.id,
    tenantId: client.tenantId,
    name: client.name,
    industry: client.industry,
    phone: client.phone,
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
  };
}

const contactInput = (input: ContactInput__Output | null): ContactInput | null =>
  input
    ? {
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone,
        role: input.role,
      }
    : null;

export function crmHandlers(clients: ClientService, clientList: ClientListService): HandlersOf<'crm'> {
  return {
    // The staff list, its filters, import and export (ListClients included).
    ...clientListHandlers(clientList),
    CreateClient: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const client = await clients.create(principal, {
        ...request,
        primaryContact: contactInput(request.primaryContact),
      });
      return toClientMessage(client, principal);
    },
    GetClient: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toClientMessage(await clients.get(principal, request.clientId), principal);
    },
    AddContact: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const empty: ContactInput = { firstName: '', lastName: '', email: '', phone: '', role: '' };
      const client = await clients.addContact(
        principal,
        request.clientId,
        contactInput(request.contact) ?? empty,
        request.primary,
      );
      return toClientMessage(client, principal);
    },
  };
}
