import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf, PortalAccessUser } from '@client-portal/contracts';
import type { RevocationService } from '../application/revocation.service.js';
import type { ExternalUser } from '../domain/external-user.js';

function toPortalAccessUser(user: ExternalUser): PortalAccessUser {
  return {
    id: user.id,
    contactId: user.contactId,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    workspaceIds: [...user.workspaceIds],
    revokedAt: user.revokedAt ? user.revokedAt.toISOString() : '',
    revokedReason: user.revokedReason ?? '',
    staffId: user.staffId ?? '',
  };
}

/** Revocation slice (issue 11): revoke/restore, the access log, conversion to staff, reset e-mails. */
export function revocationHandlers(revocation: RevocationService): HandlersOf<'accessRevocation'> {
  return {
    ListClientPortalAccess: async (request, call) => ({
      users: (await revocation.listClientUsers(requirePrincipal(call.metadata), request.clientId)).map(
        toPortalAccessUser,
      ),
    }),
    RevokePortalAccess: async (request, call) =>
      toPortalAccessUser(await revocation.revokePortal(requirePrincipal(call.metadata), request)),
    RestorePortalAccess: async (request, call) =>
      toPortalAccessUser(
        await revocation.restorePortal(requirePrincipal(call.metadata), request.externalUserId),
      ),
    ListAccessLog: async (request, call) => ({
      entries: (await revocation.listAccessLog(requirePrincipal(call.metadata), request.clientId)).map(
        (entry) => ({
          id: entry.id,
          externalUserId: entry.externalUserId,
          userName: entry.userName,
          userEmail: entry.userEmail,
          action: entry.action,
          workspaceId: entry.workspaceId,
          actorId: entry.actorId,
          actorName: entry.actorName,
          reason: entry.reason,
          at: entry.at.toISOString(),
        }),
      ),
    }),
    ConvertToStaff: async (request, call) => {
      const member = await revocation.convertToStaff(requirePrincipal(call.metadata), request);
      return { staffId: member.id, email: member.email, displayName: member.displayName, role: member.role };
    },
    SendPasswordResetEmail: async (request, call) => {
      await revocation.sendPasswordReset(requirePrincipal(call.metadata), request.externalUserId);
      return {};
    },
  };
}
