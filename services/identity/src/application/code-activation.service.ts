import type { ProducedBy } from '@client-portal/events';
import type { EventOutbox } from '@client-portal/kit';
import type { KeycloakGateway } from '../adapters/keycloak.gateway.js';
import type { ExternalUser } from '../domain/external-user.js';
import { isExpired } from '../domain/invitation.js';
import type { ExternalUserRepository } from '../store/external-user.repository.js';
import type { InvitationRepository } from '../store/invitation.repository.js';

/**
 * An invited client contact who never chose a password may sign in with a one-time code (Keycloak's
 * login-code authenticator, docs/access-login.md): the code reached the address or mobile number the
 * agency gave, which proves what opening the invitation link proves. On their first resolution
 * identity then accepts their pending invitations (workspaces and roles as invited) and activates them,
 * exactly as an acceptance with a password does, minus the password.
 */
export class CodeActivationService {
  constructor(
    private readonly externalUsers: ExternalUserRepository,
    private readonly invitations: InvitationRepository,
    private readonly keycloak: KeycloakGateway,
    private readonly outbox: EventOutbox<ProducedBy<'identity'>>,
  ) {}

  /** The activated user, or undefined when they are not invited or never signed in by code. */
  async activateIfSignedInByCode(user: ExternalUser, now = new Date()): Promise<ExternalUser | undefined> {
    if (user.status !== 'invited') return undefined;
    if (!(await this.keycloak.codeSignInAt(user.keycloakId))) return undefined;
    const pending = (await this.invitations.listByClient(user.tenantId, user.clientId)).filter(
      (invitation) =>
        invitation.externalUserId === user.id &&
        invitation.status === 'pending' &&
        !isExpired(invitation, now),
    );
    // Nothing pending (cancelled or expired meanwhile): the agency withdrew access, none is given.
    if (pending.length === 0) return undefined;
    for (const invitation of pending) {
      // One acceptance per invitation, even when two resolutions (two gateway replicas) race.
      if (!(await this.invitations.claim(invitation.id))) continue;
      try {
        await this.externalUsers.addWorkspace(
          user.tenantId,
          user.id,
          invitation.workspaceId,
          invitation.role,
        );
        await this.invitations.markAccepted(invitation.tenantId, invitation.id, now);
      } catch (error) {
        await this.invitations.releaseClaim(invitation.id);
        throw error;
      }
    }
    const withWorkspaces = (await this.externalUsers.find(user.tenantId, user.id)) ?? user;
    await this.externalUsers.activate(
      user.tenantId,
      user.id,
      now,
      this.outbox.entry({
        type: 'identity.user.activated',
        tenantId: user.tenantId,
        subject: user.id,
        data: {
          userId: user.id,
          keycloakId: user.keycloakId,
          email: user.email,
          clientId: user.clientId,
          workspaceIds: withWorkspaces.workspaceIds,
        },
      }),
    );
    const current = await this.externalUsers.find(user.tenantId, user.id);
    return current?.status === 'active' ? current : undefined;
  }
}
