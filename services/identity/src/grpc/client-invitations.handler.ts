import { DomainError, pageInfo, requirePrincipal } from '@client-portal/kit';
import type { HandlersOf } from '@client-portal/contracts';
import type { InvitationService } from '../application/invitation.service.js';
import type { TeamService } from '../application/team.service.js';
import { toInvitationMessage } from './identity.handler.js';

/** ClientInvitationService: the invitations lists, resend, cancel, the bulk check, and links for notification. */
export function clientInvitationHandlers(
  invitations: InvitationService,
  team: TeamService,
): HandlersOf<'clientInvitations'> {
  return {
    ListClientInvitations: async (request, call) => {
      const { invitations: list, nextPageToken } = await invitations.listPage(
        requirePrincipal(call.metadata),
        request,
      );
      return { invitations: list.map(toInvitationMessage), page: pageInfo(nextPageToken) };
    },
    ResendClientInvitation: async (request, call) =>
      toInvitationMessage(await invitations.resend(requirePrincipal(call.metadata), request.invitationId)),
    CancelClientInvitation: async (request, call) =>
      toInvitationMessage(await invitations.cancel(requirePrincipal(call.metadata), request.invitationId)),
    CheckInvitees: async (request, call) => ({
      checks: await invitations.checkInvitees(
        requirePrincipal(call.metadata),
        request.clientId,
        request.emails,
      ),
    }),
    IssueInvitationLink: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      switch (request.kind) {
        case 'client':
          return invitations.issueLink(principal, request.id);
        case 'staff':
          return team.issueLink(principal, request.id);
        default:
          throw DomainError.invalid('Unknown kind of invitation', [
            { field: 'kind', message: 'The kind must be client or staff', code: 'invalid_value' },
          ]);
      }
    },
  };
}
