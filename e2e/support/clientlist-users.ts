import { randomUUID } from 'node:crypto';
import { createRealmUser, passwordToken, uniqueName } from '@client-portal/testing';
import type { StaffRole } from '@client-portal/kit';
import { StaffRepository } from '../../services/identity/src/store/staff.repository.js';
import { ExternalUserRepository } from '../../services/identity/src/store/external-user.repository.js';
import type { Platform } from './platform.js';

export const PASSWORD = 'Client-List-2026';

/**
 * A person of the tenant with a real Keycloak login, recorded in identity as staff of the given role
 * (or as an active client user). Written through identity's own repositories because inviting staff
 * by role is the team slice's feature; the login, token and principal resolution are the real ones.
 */
export async function addPerson(
  platform: Platform,
  tenantId: string,
  role: StaffRole | 'client',
  clientId = randomUUID(),
): Promise<{ email: string; userId: string; token: () => Promise<string> }> {
  const connection = platform.runtimes.get('identity')?.connection;
  if (!connection) throw new Error('identity is not running');
  const email = `${uniqueName(role)}@clientlist.test`;
  const keycloakId = await createRealmUser({ email, password: PASSWORD, tenantId });
  const id = randomUUID();
  const now = new Date();
  const displayName = `${role[0]?.toUpperCase() ?? ''}${role.slice(1)} Person`;
  if (role === 'client')
    await new ExternalUserRepository(connection).insert({
      id,
      tenantId,
      keycloakId,
      email,
      displayName,
      clientId,
      contactId: randomUUID(),
      role: 'decision-maker',
      workspaceIds: [],
      status: 'active',
      activatedAt: now,
      createdAt: now,
      updatedAt: now,
    });
  else
    await new StaffRepository(connection).ensure({
      id,
      tenantId,
      keycloakId,
      email,
      displayName,
      role,
      status: 'active',
      createdAt: now,
      invitedAt: null,
      invitedBy: '',
      inviteTokenHash: null,
      deactivatedAt: null,
    });
  return { email, userId: id, token: () => passwordToken(email, PASSWORD) };
}
