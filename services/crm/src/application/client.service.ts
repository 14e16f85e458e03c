import {
  assertPermission,
  assertStaff,
  canSeeClient,
  DomainError,
  pageInfo,
  type EventOutbox,
  type OutboxRelay,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  addContact,
  newClient,
  type Client,
  type ContactInput,
  type NewClientInput,
} from '../domain/client.js';
import { ClientRepository } from '../store/client.repository.js';

/** Client use cases: access checks, rules, events. */
export class ClientService {
  constructor(
    private readonly clients: ClientRepository,
    private readonly outbox: EventOutbox<ProducedBy<'crm'>>,
    private readonly relay: OutboxRelay,
  ) {}

  async create(principal: Principal, input: NewClientInput): Promise<Client> {
    assertPermission(principal, 'clients.create');
    const client = newClient(input, principal.tenantId, principal.userId);
    const primary = client.contacts[0];
    await this.clients.insert(
      client,
      this.outbox.entry({
        type: 'crm.client.created',
        tenantId: client.tenantId,
        subject: client.id,
        data: {
          clientId: client.id,
          name: client.name,
          status: client.status,
          primaryContact: primary
            ? {
                contactId: primary.id,
                email: primary.email,
                firstName: primary.firstName,
                lastName: primary.lastName,
                role: primary.role,
              }
            : null,
        },
      }),
    );
    this.relay.nudge();
    return client;
  }

  async get(principal: Principal, clientId: string): Promise<Client> {
    // A client user asking for another client gets the same answer as for one that does not exist.
    const client = canSeeClient(principal, clientId)
      ? await this.clients.find(principal.tenantId, clientId)
      : undefined;
    if (!client) throw DomainError.notFound('Client', clientId);
    return client;
  }

  async list(
    principal: Principal,
    request: { page: { pageSize?: number; pageToken?: string } | null; search: string; status: string },
  ) {
    assertStaff(principal, 'member');
    const page = ClientRepository.listOrder.read(request.page);
    const { clients, nextPageToken, total } = await this.clients.list(
      principal.tenantId,
      { search: request.search, status: request.status },
      page,
    );
    return { clients, page: pageInfo(nextPageToken, total) };
  }

  async addContact(
    principal: Principal,
    clientId: string,
    input: ContactInput,
    primary: boolean,
  ): Promise<Client> {
    assertPermission(principal, 'clients.edit');
    const existing = await this.get(principal, clientId);
    const { client, contact } = addContact(existing, input, primary);
    const written = await this.clients.replaceContacts(
      client,
      existing.updatedAt,
      this.outbox.entry({
        type: 'crm.contact.added',
        tenantId: client.tenantId,
        subject: client.id,
        data: {
          clientId: client.id,
          contactId: contact.id,
          email: contact.email,
          firstName: contact.firstName,
          lastName: contact.lastName,
          role: contact.role,
          primary: contact.primary,
        },
      }),
    );
    if (!written)
      throw DomainError.precondition(
        `${client.name} was changed by someone else meanwhile: reload and try again`,
      );
    this.relay.nudge();
    return client;
  }
}
