import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, pageInfoSchema, pageQuerySchema } from '../shared/shared.schemas.js';
import { bulkInvite, sendPortalLinks } from './bulk-invite.workflow.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'cancelled'] as const;

export const clientInvitationSchema = named(
  'ClientInvitation',
  z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    contactId: z.string(),
    workspaceId: z.string(),
    workspaceName: z.string(),
    role: z.string(),
    status: z.enum(INVITATION_STATUSES).meta({ description: 'expired: pending past its 7 days' }),
    createdAt: z.string(),
    sentAt: z.string().meta({ description: 'When the link was last sent (a resend restarts its 7 days)' }),
    acceptedAt: z.string().meta({ description: 'Empty unless accepted' }),
    cancelledAt: z.string().meta({ description: 'Empty unless cancelled' }),
    invitedBy: z.string().meta({ description: 'The staff member who invited' }),
  }),
);

interface InvitationMessage {
  id: string;
  email: string;
  displayName: string;
  clientId: string;
  clientName: string;
  contactId: string;
  workspaceId: string;
  workspaceName: string;
  role: string;
  status: string;
  createdAt: string;
  sentAt: string;
  acceptedAt: string;
  cancelledAt: string;
  invitedBy: string;
}

/** The gRPC invitation without the tenant id; never a token (identity keeps only its hash). */
function toInvitation(invitation: InvitationMessage | null) {
  return {
    id: invitation?.id ?? '',
    email: invitation?.email ?? '',
    displayName: invitation?.displayName ?? '',
    clientId: invitation?.clientId ?? '',
    clientName: invitation?.clientName ?? '',
    contactId: invitation?.contactId ?? '',
    workspaceId: invitation?.workspaceId ?? '',
    workspaceName: invitation?.workspaceName ?? '',
    role: invitation?.role ?? '',
    status: invitation?.status ?? '',
    createdAt: invitation?.createdAt ?? '',
    sentAt: invitation?.sentAt ?? '',
    acceptedAt: invitation?.acceptedAt ?? '',
    cancelledAt: invitation?.cancelledAt ?? '',
    invitedBy: invitation?.invitedBy ?? '',
  };
}

const outcomeSchema = z.enum(['invited', 'failed']);

export const bulkInviteResultSchema = named(
  'BulkInviteResult',
  z.object({
    line: z.number().int().meta({ description: '1-based line number' }),
    email: z.string(),
    outcome: outcomeSchema,
    reason: z.string().meta({
      description:
        'Empty when invited; else invalid_format, too_long, duplicate, staff_member, other_client, required, invalid_value, member.exists, …',
    }),
    message: z.string(),
    contactId: z.string(),
    contactCreated: z.boolean().meta({ description: 'The CRM contact was created for this line' }),
    workspaceIds: z.array(z.string()),
  }),
);

const configure = { permission: 'portal.configure' } as const;
const invitationParams = idParams('invitationId');
const noBody = z.object({}).meta({ description: 'Nothing to send: the path says which' });

/**
 * Client invitations as staff manage them (issue 11): the lists per tenant and per client, resend and
 * cancel, bulk invitations with a result per line, and "send the portal link" from the client list.
 * identity checks the same permissions; a client user gets 403 from the access rule here.
 */
export const clientInvitationsRoutes = [
  defineRoute({
    method: 'get',
    path: '/invitations',
    access: { staff: 'member' },
    summary: "The tenant's client invitations (or one client's), newest first",
    tags: ['invitations'],
    query: pageQuerySchema.extend({
      clientId: z.string().optional().meta({ description: 'Only this client’s' }),
      status: z.string().optional().meta({ description: 'pending, accepted, expired or cancelled' }),
    }),
    response: named(
      'ClientInvitationList',
      z.object({ invitations: z.array(clientInvitationSchema), page: pageInfoSchema }),
    ),
    handler: async ({ query, onBehalf }, { backends }) => {
      const answer = await backends.clientInvitations.listClientInvitations(
        {
          clientId: query.clientId ?? '',
          status: query.status ?? '',
          page: { pageSize: query.pageSize ?? 0, pageToken: query.pageToken ?? '' },
        },
        onBehalf,
      );
      return {
        invitations: answer.invitations.map(toInvitation),
        page: { nextPageToken: answer.page?.nextPageToken ?? '', totalSize: answer.page?.totalSize ?? 0 },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/invitations/:invitationId/resend',
    access: configure,
    summary: 'Send a pending or expired invitation again: a new link, the old one dies at once',
    tags: ['invitations'],
    params: invitationParams,
    body: noBody,
    response: clientInvitationSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toInvitation(
        await backends.clientInvitations.resendClientInvitation(
          { invitationId: params.invitationId },
          onBehalf,
        ),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/invitations/:invitationId/cancel',
    access: configure,
    summary: 'Cancel a pending invitation: its link dies at once',
    tags: ['invitations'],
    params: invitationParams,
    body: noBody,
    response: clientInvitationSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toInvitation(
        await backends.clientInvitations.cancelClientInvitation(
          { invitationId: params.invitationId },
          onBehalf,
        ),
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/invitations',
    access: configure,
    summary: 'Invite many contacts of a client at once, one line each, with a result per line',
    description:
      'Each line: an address (its CRM contact is found, or created with the names given), a role and ' +
      'workspaces of the client. The good lines are invited; each bad line says why (malformed, ' +
      'duplicate in the list, a team member, another client’s user, no workspace…) and writes nothing.',
    tags: ['invitations'],
    params: idParams('clientId'),
    body: named(
      'BulkInvite',
      z.object({
        lines: z
          .array(
            z.object({
              email: z
                .string({ message: 'The e-mail address is required' })
                .meta({ maxLength: FIELD_LIMITS.identity.email }),
              firstName: z.string().meta({ maxLength: FIELD_LIMITS.crm.personName }).default(''),
              lastName: z.string().meta({ maxLength: FIELD_LIMITS.crm.personName }).default(''),
              role: z.string().default(''),
              workspaceIds: z
                .array(z.string().max(FIELD_LIMITS.common.id))
                .max(FIELD_LIMITS.common.idList)
                .default([]),
            }),
          )
          .max(50, { message: 'At most 50 lines at once' }),
      }),
    ),
    response: named('BulkInviteResults', z.object({ results: z.array(bulkInviteResultSchema) })),
    handler: ({ params, body, onBehalf }, { backends }) =>
      bulkInvite(backends, params.clientId, body.lines, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/portal-links',
    access: configure,
    summary: "Send the portal link to the selected clients' primary contacts",
    description: 'Enables the portal where it was not. One result per client; one failure stops nothing.',
    tags: ['invitations'],
    body: named(
      'SendPortalLinks',
      z.object({
        clientIds: z
          .array(z.string().max(FIELD_LIMITS.common.id))
          .max(50, { message: 'At most 50 clients at once' }),
      }),
    ),
    response: named(
      'PortalLinkResults',
      z.object({
        results: z.array(
          named(
            'PortalLinkResult',
            z.object({
              clientId: z.string(),
              clientName: z.string(),
              email: z.string(),
              outcome: outcomeSchema,
              reason: z.string(),
              message: z.string(),
            }),
          ),
        ),
      }),
    ),
    handler: ({ body, onBehalf }, { backends }) => sendPortalLinks(backends, body.clientIds, onBehalf),
  }),
];
