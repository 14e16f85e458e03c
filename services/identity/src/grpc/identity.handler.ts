import { readPrincipal, requirePrincipal, type Principal } from '@client-portal/kit';
import type {
  ExternalUser as ExternalUserMessage,
  HandlersOf,
  Invitation as InvitationMessage,
  Principal as PrincipalMessage,
  StaffMember as StaffMemberMessage,
  Tenant as TenantMessage,
} from '@client-portal/contracts';
import type { InvitationService } from '../application/invitation.service.js';
import type { PrincipalService } from '../application/principal.service.js';
import type { TeamService } from '../application/team.service.js';
import type { TenantService } from '../application/tenant.service.js';
import type { ExternalUser } from '../domain/external-user.js';
import { shownStatus, type Invitation } from '../domain/invitation.js';
import type { StaffMember, Tenant } from '../domain/tenant.js';

const KINDS = { staff: 'KIND_STAFF', client: 'KIND_CLIENT', service: 'KIND_SERVICE' } as const;

export function toPrincipalMessage(principal: Principal): PrincipalMessage {
  return {
    userId: principal.userId,
    tenantId: principal.tenantId,
    kind: KINDS[principal.kind],
    staffRole: principal.staffRole ?? '',
    clientId: principal.clientId ?? '',
    contactId: principal.contactId ?? '',
    workspaceIds: principal.workspaceIds,
    workspaceAccess: principal.workspaceAccess ?? [],
  };
}

export function toTenantMessage(tenant: Tenant): TenantMessage {
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    defaultLanguage: tenant.defaultLanguage,
    createdAt: tenant.createdAt.toISOString(),
  };
}

export function toStaffMemberMessage(member: StaffMember): StaffMemberMessage {
  return {
    id: member.id,
    tenantId: member.tenantId,
    keycloakId: member.keycloakId,
    email: member.email,
    displayName: member.displayName,
    role: member.role,
    status: member.status,
    createdAt: member.createdAt.toISOString(),
    invitedAt: member.status === 'invited' ? (member.invitedAt?.toISOString() ?? '') : '',
    invitedBy: member.invitedBy,
    deactivatedAt: member.deactivatedAt?.toISOString() ?? '',
  };
}

export function toExternalUserMessage(user: ExternalUser): ExternalUserMessage {
  return {
    id: user.id,
    tenantId: user.tenantId,
    keycloakId: user.keycloakId,
    email: user.email,
    displayName: user.displayName,
    clientId: user.clientId,
    contactId: user.contactId,
    role: user.role,
    workspaceIds: user.workspaceIds,
    status: user.status,
  };
}

/** The token hash never leaves the service: the link's secret exists only in the e-mail. */
export function toInvitationMessage(invitation: Invitation): InvitationMessage {
  return {
    id: invitation.id,
    tenantId: invitation.tenantId,
    email: invitation.email,
    displayName: invitation.displayName,
    clientId: invitation.clientId,
    clientName: invitation.clientName,
    workspaceId: invitation.workspaceId,
    workspaceName: invitation.workspaceName,
    role: invitation.role,
    // Expired is a pending invitation past its validity: staff see it as such.
    status: shownStatus(invitation),
    createdAt: invitation.createdAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? '',
    invitedBy: invitation.invitedBy,
    sentAt: invitation.sentAt.toISOString(),
    cancelledAt: invitation.cancelledAt?.toISOString() ?? '',
    contactId: invitation.contactId,
  };
}

export function identityHandlers(
  tenants: TenantService,
  principals: PrincipalService,
  invitations: InvitationService,
  team: TeamService,
): HandlersOf<'identity'> {
  return {
    ResolvePrincipal: async (request, call) => {
      const resolved = await principals.resolve(
        readPrincipal(call.metadata),
        request.subject,
        request.tenantId,
      );
      return { ...resolved, principal: toPrincipalMessage(resolved.principal) };
    },
    EnsureTenant: async (request, call) => {
      const result = await tenants.ensure(readPrincipal(call.metadata), request);
      return {
        tenant: toTenantMessage(result.tenant),
        owner: toStaffMemberMessage(result.owner),
        created: result.created,
      };
    },
    GetTenant: async (request, call) =>
      toTenantMessage(await tenants.get(requirePrincipal(call.metadata), request.tenantId)),
    ListStaff: async (request, call) => {
      const staff = await tenants.listStaff(
        requirePrincipal(call.metadata),
        request.tenantId,
        request.includeInactive,
      );
      return { staff: staff.map(toStaffMemberMessage) };
    },
    InviteExternalUser: async (request, call) => {
      const result = await invitations.invite(requirePrincipal(call.metadata), request);
      return { invitation: toInvitationMessage(result.invitation), user: toExternalUserMessage(result.user) };
    },
    ListInvitations: async (request, call) => {
      const list = await invitations.list(requirePrincipal(call.metadata), request.clientId);
      return { invitations: list.map(toInvitationMessage) };
    },
    GetInvitation: async (request) => invitations.preview(request.token),
    AcceptInvitation: async (request) => ({
      user: toExternalUserMessage(await invitations.accept(request.token, request.password)),
    }),
    InviteStaff: async (request, call) =>
      toStaffMemberMessage(await team.invite(requirePrincipal(call.metadata), request)),
    ResendStaffInvitation: async (request, call) =>
      toStaffMemberMessage(await team.resend(requirePrincipal(call.metadata), request.staffId)),
    CancelStaffInvitation: async (request, call) =>
      toStaffMemberMessage(await team.cancel(requirePrincipal(call.metadata), request.staffId)),
    ChangeStaffRole: async (request, call) =>
      toStaffMemberMessage(
        await team.changeRole(requirePrincipal(call.metadata), request.staffId, request.role),
      ),
    DeactivateStaff: async (request, call) =>
      toStaffMemberMessage(await team.deactivate(requirePrincipal(call.metadata), request.staffId)),
    ReactivateStaff: async (request, call) =>
      toStaffMemberMessage(await team.reactivate(requirePrincipal(call.metadata), request.staffId)),
    GetStaffInvitation: async (request) => team.preview(request.token),
    AcceptStaffInvitation: async (request) =>
      toStaffMemberMessage(await team.accept(request.token, request.password)),
  };
}
