import {
  assertPermission,
  canSeeClient,
  DomainError,
  type EventOutbox,
  type OutboxEntry,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  addContact,
  archiveClient,
  assertDeletable,
  assertVersion,
  changedMeanwhile,
  makePrimaryContact,
  newClient,
  removeContact,
  restoreClient,
  updateClient,
  updateContact,
  type Actor,
  type Client,
  type ClientFieldsInput,
  type Contact,
  type ContactInput,
  type NewClientInput,
} from '../domain/client.js';
import type { ClientRepository } from '../store/client.repository.js';
import type { ProjectRepository } from '../store/project.repository.js';
import { clientCreatedEntry } from './client.events.js';
import type { StaffDirectoryEntry, StaffDirectoryRepository } from '../store/staff-directory.repository.js';

/** Client use cases: access checks, rules, events. */
export class ClientService {
  constructor(
    private readonly clients: ClientRepository,
    private readonly outbox: EventOutbox<ProducedBy<'crm'>>,
    private readonly staff: StaffDirectoryRepository,
    private readonly projects: Pick<ProjectRepository, 'countOfClient'>,
  ) {}

  /** Who acts, named as the directory knows them (the status history keeps the name of the day). */
  private async actor(principal: Principal): Promise<Actor> {
    const known = await this.staff.find(principal.tenantId, principal.userId);
    // identity.tenant.created names the owner by e-mail only: their signed principal carries the name.
    if (known && principal.displayName && known.displayName === known.email)
      await this.staff.nameIfUnnamed(principal.tenantId, principal.userId, principal.displayName);
    return { userId: principal.userId, displayName: principal.displayName || known?.displayName || '' };
  }

  /** An owner must be an active member of the tenant's team; otherwise the field is refused. */
  private async assertOwner(principal: Principal, ownerUserId: string): Promise<void> {
    const member = await this.staff.find(principal.tenantId, ownerUserId);
    if (member?.status !== 'active')
      throw DomainError.invalid('The client could not be saved: check the highlighted fields', [
        {
          field: 'ownerUserId',
          message: 'The owner must be an active member of the agency team',
          code: 'invalid_value',
        },
      ]);
  }

  async create(principal: Principal, input: NewClientInput): Promise<Client> {
    assertPermission(principal, 'clients.create');
    // Defaults to the creator, who is signed in as staff of the tenant: no directory look-up needed.
    const ownerUserId = input.ownerUserId.trim() || principal.userId;
    if (input.ownerUserId.trim()) await this.assertOwner(principal, ownerUserId);
    const client = newClient(input, principal.tenantId, ownerUserId, await this.actor(principal));
    // Contacts beyond the primary one are announced as added, as if added right after (timeline, live).
    const added = client.contacts
      .filter((contact) => !contact.primary)
      .map((contact) => this.contactEvent('crm.contact.added', client, contact));
    await this.clients.insert(client, clientCreatedEntry(this.outbox, client), ...added);
    return client;
  }

  async get(principal: Principal, clientId: string): Promise<Client> {
    if (principal.kind !== 'client') assertPermission(principal, 'clients.view');
    // A client user asking for another client gets the same answer as for one that does not exist.
    const client = canSeeClient(principal, clientId)
      ? await this.clients.find(principal.tenantId, clientId)
      : undefined;
    if (!client) throw DomainError.notFound('Client', clientId);
    return client;
  }

  /** Writes a changed client if nobody changed it since it was read; says so otherwise. */
  private async save(existing: Client, client: Client, ...events: OutboxEntry[]) {
    if (!(await this.clients.save(client, existing.version, ...events))) throw changedMeanwhile(existing);
    return client;
  }

  /** The client as read for a write by staff allowed to make it, at the version the caller expects. */
  private async forWrite(
    principal: Principal,
    clientId: string,
    expectedVersion: number,
    permission: 'clients.edit' | 'clients.delete' = 'clients.edit',
  ): Promise<Client> {
    assertPermission(principal, permission);
    const existing = await this.get(principal, clientId);
    assertVersion(existing, expectedVersion);
    return existing;
  }

  private updatedEvent(client: Client, changedBy: string) {
    return this.outbox.entry({
      type: 'crm.client.updated',
      tenantId: client.tenantId,
      subject: client.id,
      data: {
        clientId: client.id,
        name: client.name,
        status: client.status,
        industry: client.industry,
        ownerUserId: client.ownerUserId,
        archived: client.archivedAt !== null,
        changedBy,
      },
    });
  }

  private contactEvent(type: 'crm.contact.added' | 'crm.contact.updated', client: Client, contact: Contact) {
    return this.outbox.entry({
      type,
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
        mobile: contact.mobile,
      },
    });
  }

  async update(
    principal: Principal,
    clientId: string,
    expectedVersion: number,
    input: ClientFieldsInput & { ownerUserId: string },
  ): Promise<Client> {
    const existing = await this.forWrite(principal, clientId, expectedVersion);
    const ownerUserId = input.ownerUserId.trim();
    if (ownerUserId && ownerUserId !== existing.ownerUserId) await this.assertOwner(principal, ownerUserId);
    const actor = await this.actor(principal);
    const { client, statusChange } = updateClient(existing, { ...input, ownerUserId }, actor);
    const events = [this.updatedEvent(client, actor.userId)];
    if (statusChange?.from)
      events.push(
        this.outbox.entry({
          type: 'crm.client.status_changed',
          tenantId: client.tenantId,
          subject: client.id,
          data: {
            clientId: client.id,
            from: statusChange.from,
            to: statusChange.to,
            changedBy: statusChange.changedBy,
            changedAt: statusChange.changedAt.toISOString(),
          },
        }),
      );
    return this.save(existing, client, ...events);
  }

  async archive(principal: Principal, clientId: string, expectedVersion: number): Promise<Client> {
    const existing = await this.forWrite(principal, clientId, expectedVersion);
    const client = archiveClient(existing);
    if (client === existing) return existing;
    return this.save(existing, client, this.updatedEvent(client, principal.userId));
  }

  async restore(principal: Principal, clientId: string, expectedVersion: number): Promise<Client> {
    const existing = await this.forWrite(principal, clientId, expectedVersion);
    const client = restoreClient(existing);
    if (client === existing) return existing;
    return this.save(existing, client, this.updatedEvent(client, principal.userId));
  }

  /** Deletes a client nothing references (projects, invoices, a portal workspace); else: archive it. */
  async delete(principal: Principal, clientId: string, expectedVersion: number): Promise<void> {
    const existing = await this.forWrite(principal, clientId, expectedVersion, 'clients.delete');
    assertDeletable(existing, {
      projects: await this.projects.countOfClient(existing.tenantId, existing.id),
      invoices: existing.metrics.invoiceCount,
      workspaces: existing.workspaceIds.length,
    });
    const deleted = await this.clients.markDeleted(
      existing,
      existing.version,
      new Date(),
      this.outbox.entry({
        type: 'crm.client.deleted',
        tenantId: existing.tenantId,
        subject: existing.id,
        data: { clientId: existing.id, name: existing.name, deletedBy: principal.userId },
      }),
    );
    if (!deleted) throw changedMeanwhile(existing);
  }

  async addContact(
    principal: Principal,
    clientId: string,
    input: ContactInput,
    primary: boolean,
    expectedVersion = 0,
  ): Promise<Client> {
    const existing = await this.forWrite(principal, clientId, expectedVersion);
    const { client, contact } = addContact(existing, input, primary);
    return this.save(existing, client, this.contactEvent('crm.contact.added', client, contact));
  }

  async updateContact(
    principal: Principal,
    clientId: string,
    expectedVersion: number,
    contactId: string,
    input: ContactInput,
  ): Promise<Client> {
    const existing = await this.forWrite(principal, clientId, expectedVersion);
    const { client, contact } = updateContact(existing, contactId, input);
    return this.save(existing, client, this.contactEvent('crm.contact.updated', client, contact));
  }

  async removeContact(
    principal: Principal,
    clientId: string,
    expectedVersion: number,
    contactId: string,
    successorContactId: string,
  ): Promise<Client> {
    const existing = await this.forWrite(principal, clientId, expectedVersion);
    const { client, removed, successor } = removeContact(existing, contactId, successorContactId);
    const events = [
      this.outbox.entry({
        type: 'crm.contact.removed',
        tenantId: client.tenantId,
        subject: client.id,
        data: { clientId: client.id, contactId: removed.id, email: removed.email },
      }),
    ];
    if (successor) events.push(this.contactEvent('crm.contact.updated', client, successor));
    return this.save(existing, client, ...events);
  }

  async makePrimaryContact(
    principal: Principal,
    clientId: string,
    expectedVersion: number,
    contactId: string,
  ): Promise<Client> {
    const existing = await this.forWrite(principal, clientId, expectedVersion);
    const { client, contact, changed } = makePrimaryContact(existing, contactId);
    if (!changed) return existing;
    return this.save(existing, client, this.contactEvent('crm.contact.updated', client, contact));
  }

  /** The tenant's active staff: who may own a client. */
  async staffDirectory(principal: Principal): Promise<StaffDirectoryEntry[]> {
    assertPermission(principal, 'clients.view');
    return this.staff.listActive(principal.tenantId);
  }
}
