import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';

export const invitationPreviewSchema = named(
  'InvitationPreview',
  z.object({
    email: z.string(),
    displayName: z.string(),
    tenantName: z.string(),
    clientName: z.string(),
    workspaceName: z.string(),
    status: z
      .enum(['pending', 'accepted', 'expired', 'cancelled'])
      .meta({ description: 'Only a pending link shows who it is for; the other fields are empty otherwise' }),
    hasPassword: z
      .boolean()
      .meta({ description: 'The person already has a password (invited before): just log in' }),
  }),
);

const tokenParams = idParams('token');

/** Invitations: anonymous, since the person has no password yet. */
export const invitationsRoutes = [
  defineRoute({
    method: 'get',
    path: '/invitations/:token',
    access: 'anonymous',
    summary: 'Preview an invitation',
    tags: ['invitations'],
    params: tokenParams,
    response: invitationPreviewSchema,
    handler: ({ params }, { backends }) => backends.identity.getInvitation(params),
  }),
  defineRoute({
    method: 'post',
    path: '/invitations/:token/accept',
    access: 'anonymous',
    summary: 'Accept an invitation by choosing a password',
    tags: ['invitations'],
    params: tokenParams,
    body: named(
      'AcceptInvitation',
      z.object({
        password: z
          .string({ message: 'Choose a password' })
          .meta({ maxLength: FIELD_LIMITS.identity.password }),
      }),
    ),
    response: named('Accepted', z.object({ email: z.string() })),
    handler: async ({ params, body }, { backends }) => {
      const accepted = await backends.identity.acceptInvitation({
        token: params.token,
        password: body.password,
      });
      return { email: accepted.user?.email ?? '' };
    },
  }),
];
