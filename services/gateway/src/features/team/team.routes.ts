import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';

export const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
export const STAFF_STATUSES = ['invited', 'active', 'deactivated'] as const;

export const teamMemberSchema = named(
  'TeamMember',
  z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(STAFF_ROLES),
    status: z.enum(STAFF_STATUSES).meta({ description: 'invited: the invitation is pending' }),
    createdAt: z.string(),
    invitedAt: z.string().meta({ description: 'When the pending invitation was sent; empty otherwise' }),
    invitedBy: z
      .string()
      .meta({ description: 'The staff id of who invited them; empty for the first owner' }),
    deactivatedAt: z.string().meta({ description: 'Empty unless deactivated' }),
  }),
);

export const teamSchema = named(
  'Team',
  z.object({
    members: z.array(teamMemberSchema).meta({ description: 'Active and deactivated members' }),
    invitations: z.array(teamMemberSchema).meta({ description: 'Pending invitations (status invited)' }),
  }),
);

export const staffInvitationPreviewSchema = named(
  'StaffInvitationPreview',
  z.object({
    email: z.string(),
    displayName: z.string(),
    tenantName: z.string(),
    role: z.enum(STAFF_ROLES),
    status: z.enum(['pending', 'accepted', 'expired']),
  }),
);

interface StaffMessage {
  id: string;
  email: string;
  displayName: string;
  role: string;
  status: string;
  createdAt: string;
  invitedAt: string;
  invitedBy: string;
  deactivatedAt: string;
}

/** The gRPC member without what the web has no use for (tenant and Keycloak ids). */
function toMember(member: StaffMessage | null) {
  return {
    id: member?.id ?? '',
    email: member?.email ?? '',
    displayName: member?.displayName ?? '',
    role: member?.role ?? '',
    status: member?.status ?? '',
    createdAt: member?.createdAt ?? '',
    invitedAt: member?.invitedAt ?? '',
    invitedBy: member?.invitedBy ?? '',
    deactivatedAt: member?.deactivatedAt ?? '',
  };
}

const staffParams = idParams('staffId');
const invitationParams = idParams('invitationId');
const tokenParams = idParams('token');
const manage = { permission: 'team.manage' } as const;
const noBody = z.object({}).meta({ description: 'Nothing to send: the path says who' });

/**
 * The agency team: owners and admins (team.manage) see and manage it. The identity service checks the
 * same permission and the team's rules (owner role, last owner, no self-deactivation) itself.
 */
export const teamRoutes = [
  defineRoute({
    method: 'get',
    path: '/team',
    access: manage,
    summary: 'The team: members with role and status, and pending invitations',
    tags: ['team'],
    response: teamSchema,
    handler: async ({ onBehalf }, { backends }) => {
      const { staff } = await backends.identity.listStaff({ tenantId: '', includeInactive: true }, onBehalf);
      const all = staff.map(toMember);
      return {
        members: all.filter((member) => member.status !== 'invited'),
        invitations: all.filter((member) => member.status === 'invited'),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/team/invitations',
    access: manage,
    summary: 'Invite someone to the team (Keycloak login and invitation e-mail)',
    description: 'Only an owner may invite an owner.',
    tags: ['team'],
    status: 201,
    body: named(
      'InviteStaff',
      z.object({
        email: z
          .string({ message: 'The e-mail address is required' })
          .meta({ maxLength: FIELD_LIMITS.identity.email }),
        displayName: z.string().meta({ maxLength: FIELD_LIMITS.identity.staffDisplayName }).default(''),
        role: z.string({ message: 'Choose a role' }),
      }),
    ),
    response: teamMemberSchema,
    handler: async ({ body, onBehalf }, { backends }) =>
      toMember(await backends.identity.inviteStaff(body, onBehalf)),
  }),
  defineRoute({
    method: 'post',
    path: '/team/invitations/:invitationId/resend',
    access: manage,
    summary: 'Send a pending invitation again with a new link (the previous link stops working)',
    tags: ['team'],
    params: invitationParams,
    body: noBody,
    response: teamMemberSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toMember(await backends.identity.resendStaffInvitation({ staffId: params.invitationId }, onBehalf)),
  }),
  defineRoute({
    method: 'delete',
    path: '/team/invitations/:invitationId',
    access: manage,
    summary: 'Cancel a pending invitation (its link and login go)',
    tags: ['team'],
    params: invitationParams,
    response: teamMemberSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toMember(await backends.identity.cancelStaffInvitation({ staffId: params.invitationId }, onBehalf)),
  }),
  defineRoute({
    method: 'patch',
    path: '/team/:staffId',
    access: manage,
    summary: "Change a member's role",
    description: 'Only an owner grants or removes the owner role; the last active owner stays owner.',
    tags: ['team'],
    params: staffParams,
    body: named('ChangeStaffRole', z.object({ role: z.string({ message: 'Choose a role' }) })),
    response: teamMemberSchema,
    handler: async ({ params, body, onBehalf }, { backends, forgetPrincipals }) => {
      const member = await backends.identity.changeStaffRole(
        { staffId: params.staffId, role: body.role },
        onBehalf,
      );
      // The member's next request here sees the new role, not the cached one.
      forgetPrincipals?.();
      return toMember(member);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/team/:staffId/deactivate',
    access: manage,
    summary: 'Deactivate a member: the login is disabled and its sessions end',
    description: 'Nobody deactivates themselves; the last active owner cannot be deactivated.',
    tags: ['team'],
    params: staffParams,
    body: noBody,
    response: teamMemberSchema,
    handler: async ({ params, onBehalf }, { backends, forgetPrincipals }) => {
      const member = await backends.identity.deactivateStaff({ staffId: params.staffId }, onBehalf);
      // An access token stays valid until it expires: the gateway refuses it from the next request.
      forgetPrincipals?.();
      return toMember(member);
    },
  }),
  defineRoute({
    method: 'post',
    path: '/team/:staffId/reactivate',
    access: manage,
    summary: 'Reactivate a deactivated member',
    tags: ['team'],
    params: staffParams,
    body: noBody,
    response: teamMemberSchema,
    handler: async ({ params, onBehalf }, { backends, forgetPrincipals }) => {
      const member = await backends.identity.reactivateStaff({ staffId: params.staffId }, onBehalf);
      forgetPrincipals?.();
      return toMember(member);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/team-invitations/:token',
    access: 'anonymous',
    summary: 'Preview a team invitation',
    tags: ['team'],
    params: tokenParams,
    response: staffInvitationPreviewSchema,
    handler: ({ params }, { backends }) => backends.identity.getStaffInvitation(params),
  }),
  defineRoute({
    method: 'post',
    path: '/team-invitations/:token/accept',
    access: 'anonymous',
    summary: 'Accept a team invitation by choosing a password',
    tags: ['team'],
    params: tokenParams,
    body: named(
      'AcceptStaffInvitation',
      z.object({
        password: z
          .string({ message: 'Choose a password' })
          .meta({ maxLength: FIELD_LIMITS.identity.password }),
      }),
    ),
    response: named('StaffAccepted', z.object({ email: z.string() })),
    handler: async ({ params, body }, { backends }) => {
      const member = await backends.identity.acceptStaffInvitation({
        token: params.token,
        password: body.password,
      });
      return { email: member.email };
    },
  }),
];
