import { randomUUID } from 'node:crypto';
import { producerSchemas } from '@client-portal/events';
import { EventOutbox, servicePrincipal, type StaffRole } from '@client-portal/kit';
import { createServiceClient } from '@client-portal/contracts';
import { as, createRealmUser, uniqueName } from '@client-portal/testing';
import { staffChangedEntry } from '../../services/identity/src/application/team.service.js';
import { ExternalUserRepository } from '../../services/identity/src/store/external-user.repository.js';
import { StaffRepository } from '../../services/identity/src/store/staff.repository.js';
import type { Platform } from './platform.js';

/** Someone who can log in through Keycloak's form or get a password token. */
export interface Person {
  userId: string;
  email: string;
  password: string;
  displayName: string;
}

export interface Agency {
  tenantId: string;
  owner: Person;
}

const PASSWORD = 'People-Pass-2026';

/**
 * A tenant and its owner through identity's EnsureTenant, as the seed does. The owner's address and
 * password are this run's own unless the test names them.
 */
export async function createTenant(
  platform: Platform,
  options: { name: string; email?: string; password?: string; slug?: string },
): Promise<Agency> {
  const owner = {
    email: options.email ?? `${uniqueName('owner')}@agency.test`,
    password: options.password ?? 'Agency-Owner-2026',
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
        slug: options.slug ?? uniqueName('agency').replaceAll('_', '-'),
        name: options.name,
        ownerEmail: owner.email,
        ownerDisplayName: owner.displayName,
        ownerPassword: owner.password,
        defaultLanguage: 'en',
      },
      as(servicePrincipal('seed', 'seed')),
    );
    if (!result.tenant || !result.owner) throw new Error('the tenant was not created');
    return { tenantId: result.tenant.id, owner: { ...owner, userId: result.owner.id } };
  } finally {
    identity.close();
  }
}

function identityRuntime(platform: Platform) {
  const runtime = platform.runtimes.get('identity');
  if (!runtime) throw new Error('identity is not running');
  return runtime;
}

const capitalised = (word: string) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;

/**
 * A staff member of a role who can log in, as an accepted invitation leaves them: a Keycloak account
 * with the tenant attribute, identity's staff record written through its own repository, and the
 * `identity.staff.changed` event in that record's outbox, which identity's relay publishes so that
 * crm's staff directory knows the member. Tests that are not about invitations skip the e-mail round.
 */
export async function addStaff(
  platform: Platform,
  tenantId: string,
  role: StaffRole,
  displayName = `${capitalised(role)} Person`,
): Promise<Person> {
  const person = {
    userId: randomUUID(),
    email: `${uniqueName(role)}@agency.test`,
    password: PASSWORD,
    displayName,
  };
  const keycloakId = await createRealmUser({
    email: person.email,
    password: person.password,
    tenantId,
    firstName: displayName,
    lastName: '',
  });
  const member = {
    id: person.userId,
    tenantId,
    keycloakId,
    email: person.email,
    displayName,
    role,
    status: 'active' as const,
    createdAt: new Date(),
    invitedAt: null,
    invitedBy: '',
    inviteTokenHash: null,
    deactivatedAt: null,
  };
  const outbox = new EventOutbox(
    'identity',
    `${platform.environment('identity').KAFKA_TOPIC_PREFIX}identity.events`,
    producerSchemas('identity'),
  );
  const inserted = await new StaffRepository(identityRuntime(platform).connection).insert(
    member,
    staffChangedEntry(outbox, member, member.id),
  );
  if (!inserted) throw new Error(`${person.email} is already a member`);
  return person;
}

/** Who a client user is in the CRM and which workspaces they were added to (defaults: none). */
export interface ClientUserOptions {
  /** The contact's role, which decides their rights in each workspace (default decision-maker). */
  role?: 'decision-maker' | 'technical' | 'billing' | 'observer';
  contactId?: string;
  workspaceIds?: string[];
}

/**
 * A client's portal user, active, as an accepted client invitation leaves them: in the client's portal
 * workspace (opened here through portal if the client has none) with the rights of `options.role`
 * (decision-maker by default: every right), unless `options.workspaceIds` names others.
 */
export async function addClientUser(
  platform: Platform,
  tenantId: string,
  clientId: string,
  displayName = 'Dana Client',
  options: ClientUserOptions = {},
): Promise<Person> {
  const person = {
    userId: randomUUID(),
    email: `${uniqueName('contact')}@client.test`,
    password: PASSWORD,
    displayName,
  };
  const workspaceIds = options.workspaceIds ?? [await portalWorkspaceOf(platform, tenantId, clientId)];
  const keycloakId = await createRealmUser({ email: person.email, password: person.password, tenantId });
  const now = new Date();
  await new ExternalUserRepository(identityRuntime(platform).connection).insert({
    id: person.userId,
    tenantId,
    keycloakId,
    email: person.email,
    displayName,
    clientId,
    contactId: options.contactId ?? '',
    role: options.role ?? 'decision-maker',
    workspaceIds,
    // No stored rights: the role's default applies, as for people invited before issue 10.
    workspaceAccess: [],
    status: 'active',
    activatedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return person;
}

/** The client's first workspace, opened as "Enable portal" does (idempotent) when it has none. */
async function portalWorkspaceOf(platform: Platform, tenantId: string, clientId: string): Promise<string> {
  const portal = createServiceClient(
    'portal',
    `127.0.0.1:${platform.runtimes.get('portal')?.grpcPort ?? 0}`,
    {
      deadlineMs: 30_000,
    },
  );
  try {
    const workspace = await portal.enablePortal(
      { clientId, clientName: 'Client', workspaceName: '' },
      as(servicePrincipal('seed', tenantId)),
    );
    return workspace.id;
  } finally {
    portal.close();
  }
}
