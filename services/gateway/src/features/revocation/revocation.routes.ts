import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';

export const PORTAL_ACCESS_STATUSES = ['invited', 'active', 'revoked', 'converted'] as const;
export const ACCESS_LOG_ACTIONS = [
  'portal_revoked',
  'portal_restored',
  'workspace_removed',
  'converted_to_staff',
  'password_reset_sent',
] as const;

export const portalAccessUserSchema = named(
  'PortalAccessUser',
  z.object({
    id: z.string(),
    contactId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z
      .string()
      .meta({ description: 'the contact role (decision-maker, technical, billing, observer, …)' }),
    status: z.enum(PORTAL_ACCESS_STATUSES).meta({
      description:
        'invited: has not accepted yet; revoked: staff took the portal away; converted: a staff member now',
    }),
    workspaceIds: z.array(z.string()),
    revokedAt: z.string().meta({ description: 'RFC 3339; empty unless revoked' }),
    revokedReason: z.string(),
    staffId: z.string().meta({ description: 'The staff member they became; empty unless converted' }),
  }),
  "A client's portal user and the state of their access",
);

export const accessLogEntrySchema = named(
  'AccessLogEntry',
  z.object({
    id: z.string(),
    externalUserId: z.string(),
    userName: z.string(),
    userEmail: z.string(),
    action: z.enum(ACCESS_LOG_ACTIONS),
    workspaceId: z.string().meta({ description: 'The workspace of workspace_removed; empty otherwise' }),
    actorId: z.string(),
    actorName: z.string(),
    reason: z
      .string()
      .meta({ description: "Staff's reason for a revocation; the staff role given for converted_to_staff" }),
    at: z.string(),
  }),
  "Who did what to a client user's access, and when",
);

const userParams = idParams('externalUserId');
const noBody = z.object({}).meta({ description: 'Nothing to send: the path says who' });

/**
 * Revocation slice (issue 11). Routes are `staff-or-client` so that identity answers a client user
 * NOT_FOUND (decisions about people are not theirs to know about) instead of the gateway's 403;
 * identity checks clients.view (lists), workspaces.manage (revoke, restore, reset e-mail) and
 * team.manage (conversion to staff). After a change, this replica forgets its cached principals at
 * once; the others on identity.access.revoked.
 */
export const revocationRoutes = [
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/portal-access',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "A client's portal users with the state of their access (every status)",
    tags: ['revocation'],
    params: idParams('clientId'),
    response: named('PortalAccessList', z.object({ users: z.array(portalAccessUserSchema) })),
    handler: async ({ params, onBehalf }, { backends }) =>
      backends.accessRevocation.listClientPortalAccess({ clientId: params.clientId }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/access-log',
    access: 'staff-or-client',
    clientRight: 'never',
    summary:
      "The client's access log, newest first: revocations, restorations, removals, conversions, resets",
    tags: ['revocation'],
    params: idParams('clientId'),
    response: named('AccessLog', z.object({ entries: z.array(accessLogEntrySchema) })),
    handler: async ({ params, onBehalf }, { backends }) =>
      backends.accessRevocation.listAccessLog({ clientId: params.clientId }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/portal-access/:externalUserId/revoke',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Take the whole portal away from a client user, at once',
    description:
      'Their sessions end, their live streams close and their next call (old token too) answers 401. Manager or higher.',
    tags: ['revocation'],
    params: userParams,
    body: named(
      'RevokePortalAccess',
      z.object({
        reason: z
          .string({ message: 'The reason is text' })
          .meta({ maxLength: FIELD_LIMITS.identity.accessReason })
          .default('')
          .meta({ description: 'At most 500 characters' }),
      }),
    ),
    response: portalAccessUserSchema,
    handler: async ({ params, body, onBehalf }, { backends, forgetPrincipals }) => {
      const user = await backends.accessRevocation.revokePortalAccess(
        { externalUserId: params.externalUserId, reason: body.reason },
        onBehalf,
      );
      forgetPrincipals?.();
      return user;
    },
  }),
  defineRoute({
    method: 'post',
    path: '/portal-access/:externalUserId/restore',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Give a revoked client user their login and workspaces back',
    tags: ['revocation'],
    params: userParams,
    body: noBody,
    response: portalAccessUserSchema,
    handler: async ({ params, onBehalf }, { backends, forgetPrincipals }) => {
      const user = await backends.accessRevocation.restorePortalAccess(
        { externalUserId: params.externalUserId },
        onBehalf,
      );
      forgetPrincipals?.();
      return user;
    },
  }),
  defineRoute({
    method: 'post',
    path: '/portal-access/:externalUserId/convert-to-staff',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "Make a client's user a member of the team, with the same login",
    description:
      'Admin or owner; only an owner gives the owner role. Refused when the e-mail is already staff. The person keeps their history as a client (status converted).',
    tags: ['revocation'],
    status: 201,
    params: userParams,
    body: named('ConvertToStaff', z.object({ role: z.string({ message: 'Choose a role' }) })),
    response: named(
      'ConvertedStaffMember',
      z.object({ staffId: z.string(), email: z.string(), displayName: z.string(), role: z.string() }),
    ),
    handler: async ({ params, body, onBehalf }, { backends, forgetPrincipals }) => {
      const member = await backends.accessRevocation.convertToStaff(
        { externalUserId: params.externalUserId, role: body.role },
        onBehalf,
      );
      forgetPrincipals?.();
      return member;
    },
  }),
  defineRoute({
    method: 'post',
    path: '/portal-access/:externalUserId/password-reset',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "Send a client user Keycloak's password reset e-mail",
    description: 'The link works once, for 12 hours. Manager or higher.',
    tags: ['revocation'],
    params: userParams,
    body: noBody,
    response: named('PasswordResetSent', z.object({ sent: z.literal(true) })),
    handler: async ({ params, onBehalf }, { backends }) => {
      await backends.accessRevocation.sendPasswordResetEmail(
        { externalUserId: params.externalUserId },
        onBehalf,
      );
      return { sent: true as const };
    },
  }),
];
