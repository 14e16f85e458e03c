import { randomUUID } from 'node:crypto';
import { producerSchemas, type ProducedBy } from '@client-portal/events';
import { EventOutbox, servicePrincipal, type NewEventOf } from '@client-portal/kit';
import { createServiceClient } from '@client-portal/contracts';
import { as, createRealmUser, serviceTestEnvironment, testKafka, uniqueName } from '@client-portal/testing';
import type { Platform } from './platform.js';

export type StaffRoleName = 'owner' | 'admin' | 'manager' | 'member';

export interface Login {
  email: string;
  password: string;
  userId: string;
}

/** A tenant with its owner, set up through identity as the seed does. */
export async function createTenant(
  platform: Platform,
  name: string,
): Promise<{ tenantId: string; owner: Login }> {
  const identity = createServiceClient(
    'identity',
    `127.0.0.1:${platform.runtimes.get('identity')?.grpcPort ?? 0}`,
    { deadlineMs: 30_000 },
  );
  const owner = { email: `${uniqueName('owner')}@acme.test`, password: 'Acme-Owner-2026' };
  const created = await identity.ensureTenant(
    {
      slug: uniqueName('acme').replaceAll('_', '-'),
      name,
      ownerEmail: owner.email,
      ownerDisplayName: 'Olivia Owner',
      ownerPassword: owner.password,
      defaultLanguage: 'en',
    },
    as(servicePrincipal('seed', 'seed')),
  );
  identity.close();
  return {
    tenantId: created.tenant?.id ?? '',
    owner: { ...owner, userId: created.owner?.id ?? '' },
  };
}

/**
 * A staff member of a given role who can log in. Until the team's invitations exist on this branch,
 * the member is written straight into identity's staff directory (what accepting an invitation
 * records), with a real Keycloak account: the gateway then resolves the login as for anyone else.
 */
export async function addStaffMember(
  platform: Platform,
  tenantId: string,
  role: StaffRoleName,
  displayName = `${role[0]?.toUpperCase() ?? ''}${role.slice(1)} Person`,
): Promise<Login> {
  const email = `${uniqueName(role)}@acme.test`;
  const password = `Acme-${role}-2026`;
  const keycloakId = await createRealmUser({
    email,
    password,
    tenantId,
    firstName: displayName,
    lastName: '',
  });
  const userId = randomUUID();
  const identity = platform.runtimes.get('identity');
  if (!identity) throw new Error('identity is not running');
  await identity.connection.collection<{ _id: string } & Record<string, unknown>>('staff').insertOne({
    _id: userId,
    tenantId,
    keycloakId,
    email,
    displayName,
    role,
    createdAt: new Date(),
  });
  return { email, password, userId };
}

/** A client's portal user, active, as an accepted invitation leaves it. */
export async function addClientUser(platform: Platform, tenantId: string, clientId: string): Promise<Login> {
  const email = `${uniqueName('contact')}@client.test`;
  const password = 'Client-User-2026';
  const keycloakId = await createRealmUser({ email, password, tenantId });
  const userId = randomUUID();
  const identity = platform.runtimes.get('identity');
  if (!identity) throw new Error('identity is not running');
  const now = new Date();
  await identity.connection
    .collection<{ _id: string } & Record<string, unknown>>('external_users')
    .insertOne({
      _id: userId,
      tenantId,
      keycloakId,
      email,
      displayName: 'Dana Client',
      clientId,
      role: 'decision-maker',
      workspaceIds: [],
      status: 'active',
      createdAt: now,
      updatedAt: now,
      activatedAt: now,
    });
  return { email, password, userId };
}

type Producing = 'crm' | 'billing' | 'messaging';
export type ProjectData = Extract<ProducedBy<'crm'>, { type: 'crm.project.changed' }>['data'];

/**
 * Publishes facts on the platform's real topics as their producers would (projects, invoices,
 * messages), for the slices whose producers are built in parallel.
 */
export class EventPublisher {
  private readonly producer = testKafka().producer();
  private readonly prefix: string;
  private connected = false;

  constructor(platform: Platform) {
    this.prefix = serviceTestEnvironment('crm', platform.namespace).KAFKA_TOPIC_PREFIX ?? '';
  }

  async publish<Service extends Producing>(
    service: Service,
    event: NewEventOf<ProducedBy<Service>>,
  ): Promise<void> {
    if (!this.connected) {
      await this.producer.connect();
      this.connected = true;
    }
    const outbox = new EventOutbox(service, `${this.prefix}${service}.events`, producerSchemas(service));
    const entry = outbox.entry(event);
    await this.producer.send({ topic: entry.topic, messages: [{ key: entry.key, value: entry.envelope }] });
  }

  async project(tenantId: string, clientId: string, overrides: Partial<ProjectData>): Promise<ProjectData> {
    const data: ProjectData = {
      projectId: randomUUID(),
      clientId,
      name: 'Project',
      status: 'planned',
      progress: 0,
      startDate: '',
      dueDate: '',
      completedAt: '',
      contractValueMinor: 0,
      currency: 'EUR',
      milestones: [],
      rating: null,
      created: true,
      changedBy: 'seed',
      ...overrides,
    };
    await this.publish('crm', { type: 'crm.project.changed', tenantId, subject: data.projectId, data });
    return data;
  }

  async invoice(tenantId: string, clientId: string, totalMinor: number, issuedAt = new Date().toISOString()) {
    const invoiceId = randomUUID();
    await this.publish('billing', {
      type: 'billing.invoice.issued',
      tenantId,
      subject: invoiceId,
      data: {
        invoiceId,
        clientId,
        clientName: '',
        number: `INV-${invoiceId.slice(0, 8)}`,
        currency: 'EUR',
        totalMinor,
        status: 'issued',
        issuedAt,
        dueDate: issuedAt.slice(0, 10),
      },
    });
  }

  async clientMessage(tenantId: string, clientId: string, body = 'Could you send the latest mockups?') {
    const messageId = randomUUID();
    await this.publish('messaging', {
      type: 'messaging.message.posted',
      tenantId,
      subject: messageId,
      data: {
        messageId,
        workspaceId: randomUUID(),
        clientId,
        author: { userId: randomUUID(), displayName: 'Dana Client', kind: 'client' },
        body,
        createdAt: new Date().toISOString(),
      },
    });
  }

  async close(): Promise<void> {
    if (this.connected) await this.producer.disconnect();
  }
}

export const dayFromToday = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
