import { randomUUID } from 'node:crypto';
import { producerSchemas } from '@client-portal/events';
import { EventOutbox, servicePrincipal, type StaffRole } from '@client-portal/kit';
import { createServiceClient } from '@client-portal/contracts';
import { as, createRealmUser, testKafka, uniqueName } from '@client-portal/testing';
import type { Platform } from './platform.js';

export interface Person {
  userId: string;
  email: string;
  password: string;
  displayName: string;
}

/**
 * People of a test agency, made the way the running platform would know them: a tenant and its owner
 * through identity's EnsureTenant; other staff as a Keycloak login plus identity's staff record, and the
 * `identity.staff.changed` event the team's invitation flow publishes (crm's staff directory reads it);
 * a client user as a Keycloak login plus an active external user of one client.
 */
export class AgencyPeople {
  private constructor(
    private readonly platform: Platform,
    readonly tenantId: string,
    readonly owner: Person,
  ) {}

  static async create(platform: Platform, name = 'Record Agency'): Promise<AgencyPeople> {
    const slug = uniqueName('agency').replaceAll('_', '-');
    const owner = {
      email: `${uniqueName('owner')}@agency.test`,
      password: 'Agency-Owner-2026',
      displayName: 'Olivia Owner',
    };
    const identity = createServiceClient(
      'identity',
      `127.0.0.1:${platform.runtimes.get('identity')?.grpcPort ?? 0}`,
      { deadlineMs: 30_000 },
    );
    try {
      const result = await identity.ensureTenant(
        {
          slug,
          name,
          ownerEmail: owner.email,
          ownerDisplayName: owner.displayName,
          ownerPassword: owner.password,
          defaultLanguage: 'en',
        },
        as(servicePrincipal('seed', 'seed')),
      );
      if (!result.tenant || !result.owner) throw new Error('the tenant was not created');
      return new AgencyPeople(platform, result.tenant.id, { ...owner, userId: result.owner.id });
    } finally {
      identity.close();
    }
  }

  private database(service: 'identity') {
    const runtime = this.platform.runtimes.get(service);
    if (!runtime) throw new Error(`${service} is not running`);
    return runtime.connection;
  }

  async addStaff(role: StaffRole, displayName: string): Promise<Person> {
    const person = {
      userId: randomUUID(),
      email: `${uniqueName(role)}@agency.test`,
      password: `Agency-${role}-2026`,
      displayName,
    };
    const keycloakId = await createRealmUser({
      email: person.email,
      password: person.password,
      tenantId: this.tenantId,
    });
    await this.database('identity').collection<{ _id: string } & Record<string, unknown>>('staff').insertOne({
      _id: person.userId,
      tenantId: this.tenantId,
      keycloakId,
      email: person.email,
      displayName,
      role,
      createdAt: new Date(),
    });
    const outbox = new EventOutbox(
      'identity',
      `${this.platform.environment('identity').KAFKA_TOPIC_PREFIX}identity.events`,
      producerSchemas('identity'),
    );
    const entry = outbox.entry({
      type: 'identity.staff.changed',
      tenantId: this.tenantId,
      subject: person.userId,
      data: {
        staffId: person.userId,
        email: person.email,
        displayName,
        role,
        status: 'active',
        changedBy: this.owner.userId,
      },
    });
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({ topic: entry.topic, messages: [{ key: entry.key, value: entry.envelope }] });
    await producer.disconnect();
    return person;
  }

  async addClientUser(clientId: string, displayName: string): Promise<Person> {
    const person = {
      userId: randomUUID(),
      email: `${uniqueName('contact')}@client.test`,
      password: 'Client-User-2026',
      displayName,
    };
    const keycloakId = await createRealmUser({
      email: person.email,
      password: person.password,
      tenantId: this.tenantId,
    });
    const now = new Date();
    await this.database('identity')
      .collection<{ _id: string } & Record<string, unknown>>('external_users')
      .insertOne({
        _id: person.userId,
        tenantId: this.tenantId,
        keycloakId,
        email: person.email,
        displayName,
        clientId,
        contactId: '',
        role: 'decision-maker',
        workspaceIds: [],
        status: 'active',
        createdAt: now,
        updatedAt: now,
        activatedAt: now,
      });
    return person;
  }
}
