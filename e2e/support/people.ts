import { randomUUID } from 'node:crypto';
import { servicePrincipal, type StaffRole } from '@client-portal/kit';
import { as, createRealmUser, uniqueName } from '@client-portal/testing';
import { createServiceClient } from '@client-portal/contracts';
import type { Platform } from './platform.js';

export interface Person {
  email: string;
  password: string;
  userId: string;
}

/** A tenant with its owner, through identity's EnsureTenant (as the seed does). */
export async function ensureTenant(
  platform: Platform,
  options: { name: string; password: string },
): Promise<{ tenantId: string; owner: Person }> {
  const identity = createServiceClient(
    'identity',
    `127.0.0.1:${platform.runtimes.get('identity')?.grpcPort ?? 0}`,
    { deadlineMs: 30_000 },
  );
  const email = `${uniqueName('owner')}@agency.test`;
  try {
    const result = await identity.ensureTenant(
      {
        slug: uniqueName('agency').replaceAll('_', '-'),
        name: options.name,
        ownerEmail: email,
        ownerDisplayName: 'Olivia Owner',
        ownerPassword: options.password,
        defaultLanguage: 'en',
      },
      as(servicePrincipal('seed', 'seed')),
    );
    return {
      tenantId: result.tenant?.id ?? '',
      owner: { email, password: options.password, userId: result.owner?.id ?? '' },
    };
  } finally {
    identity.close();
  }
}

/**
 * A staff member with a role, or a client's user, who can log in. identity has no API yet to add staff
 * with a role (the team slice is building invitations), so the test writes the person the way identity
 * stores them: a Keycloak account with the tenant attribute, plus identity's own record of the login.
 */
export async function addPerson(
  platform: Platform,
  tenantId: string,
  who: { role: StaffRole; displayName: string } | { clientId: string; displayName: string },
): Promise<Person> {
  const email = `${uniqueName('person')}@people.test`;
  const password = 'People-Pass-2026';
  const keycloakId = await createRealmUser({ email, password, tenantId });
  const connection = platform.runtimes.get('identity')?.connection;
  if (!connection) throw new Error('identity is not running');
  const now = new Date();
  const userId = randomUUID();
  if ('role' in who)
    await connection.collection<{ _id: string } & Record<string, unknown>>('staff').insertOne({
      _id: userId,
      tenantId,
      keycloakId,
      email,
      displayName: who.displayName,
      role: who.role,
      createdAt: now,
    });
  else
    await connection.collection<{ _id: string } & Record<string, unknown>>('external_users').insertOne({
      _id: userId,
      tenantId,
      keycloakId,
      email,
      displayName: who.displayName,
      clientId: who.clientId,
      contactId: '',
      role: 'decision-maker',
      workspaceIds: [],
      status: 'active',
      createdAt: now,
      updatedAt: now,
      activatedAt: now,
    });
  return { email, password, userId };
}
