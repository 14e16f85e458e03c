import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';
import { createJoinLink, joinThroughLink } from './join-links.workflow.js';

export const joinLinkSchema = named(
  'JoinLink',
  z.object({
    id: z.string(),
    scope: z
      .enum(['tenant', 'workspace'])
      .meta({ description: 'tenant: each joiner becomes a new client with a workspace of their own' }),
    clientId: z.string(),
    clientName: z.string(),
    workspaceId: z.string(),
    workspaceName: z.string(),
    role: z.string().meta({ description: 'The role id joiners get' }),
    createContact: z.boolean().meta({ description: 'Each joiner becomes a CRM contact of the client' }),
    status: z.enum(['active', 'disabled']),
    token: z.string().meta({ description: 'The URL is <web origin>/join/<token>' }),
    createdBy: z.string(),
    createdAt: z.string(),
    resetAt: z.string().meta({ description: "'' until the first reset" }),
    joinCount: z.number().int(),
    lastJoinedAt: z.string(),
  }),
);

const joinSchema = named(
  'Join',
  z.object({
    id: z.string(),
    linkId: z.string(),
    email: z.string(),
    displayName: z.string(),
    status: z
      .enum(['started', 'joined'])
      .meta({ description: 'started: the form was accepted but the account was not finished' }),
    clientId: z.string(),
    clientName: z.string(),
    workspaceId: z.string(),
    ipAddress: z.string(),
    createdAt: z.string(),
    joinedAt: z.string(),
  }),
);

const linkParams = idParams('linkId');
const tokenParams = idParams('token');
const emptyBody = z.object({}).meta({ description: 'Nothing to send' });

/**
 * Shareable invitation links (issue 11, join-links). Staff routes need workspaces.manage (identity asks
 * portal.configure more for a tenant link); the public routes sit under /public, so the gateway's
 * per-address limit applies on top of identity's per-link and per-address join limits.
 */
export const joinLinksRoutes = [
  defineRoute({
    method: 'get',
    path: '/join-links',
    access: { permission: 'workspaces.manage' },
    summary: "The tenant's shareable invitation links (or one workspace's), newest first",
    tags: ['join-links'],
    query: z.object({ workspaceId: z.string().optional() }),
    response: named('JoinLinkList', z.object({ links: z.array(joinLinkSchema) })),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.joinLinks.listJoinLinks({ workspaceId: query.workspaceId ?? '' }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/join-links',
    access: { permission: 'workspaces.manage' },
    summary: 'Open a shareable invitation link for the whole portal or one workspace',
    description:
      'A tenant link needs portal.configure (admin): each joiner becomes a new client (an individual) with a workspace. A workspace link admits joiners to that workspace, optionally as new contacts of its client.',
    tags: ['join-links'],
    status: 201,
    body: named(
      'NewJoinLink',
      z.object({
        scope: z.enum(['tenant', 'workspace'], { message: 'Choose tenant or workspace' }),
        workspaceId: z.string().optional(),
        role: z.string().optional().meta({ description: 'A role id; decision-maker when empty' }),
        createContact: z.boolean().optional(),
      }),
    ),
    response: joinLinkSchema,
    handler: ({ body, onBehalf }, { backends }) => createJoinLink(backends, body, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/join-links/:linkId/reset',
    access: { permission: 'workspaces.manage' },
    summary: 'Give the link a new URL; the old one is refused from now on',
    tags: ['join-links'],
    params: linkParams,
    body: emptyBody,
    response: joinLinkSchema,
    handler: ({ params, onBehalf }, { backends }) =>
      backends.joinLinks.resetJoinLink({ linkId: params.linkId }, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/join-links/:linkId/enabled',
    access: { permission: 'workspaces.manage' },
    summary: 'Switch a link off (its URL is refused) or on again',
    tags: ['join-links'],
    params: linkParams,
    body: named(
      'JoinLinkEnabled',
      z.object({ enabled: z.boolean({ message: 'Say whether the link is on (true) or off (false)' }) }),
    ),
    response: joinLinkSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.joinLinks.setJoinLinkEnabled({ linkId: params.linkId, enabled: body.enabled }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/join-links/:linkId/joins',
    access: { permission: 'workspaces.manage' },
    summary: 'Who joined through a link, newest first',
    tags: ['join-links'],
    params: linkParams,
    response: named('JoinList', z.object({ joins: z.array(joinSchema) })),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.joinLinks.listJoins({ linkId: params.linkId }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/public/join/:token',
    access: 'anonymous',
    summary: 'Public: what the join page shows (organisation, workspace name, whether the link is on)',
    tags: ['join-links'],
    params: tokenParams,
    response: named(
      'JoinLinkPreview',
      z.object({
        tenantName: z.string(),
        tenantSlug: z.string().meta({ description: 'For GET /public/branding?slug=' }),
        scope: z.enum(['tenant', 'workspace']),
        workspaceName: z.string(),
        status: z.enum(['active', 'disabled']),
      }),
    ),
    handler: ({ params }, { backends }) => backends.joinLinks.previewJoinLink({ token: params.token }),
  }),
  defineRoute({
    method: 'post',
    path: '/public/join/:token',
    access: 'anonymous',
    summary: 'Public: join the portal through a shareable link (name, e-mail, password)',
    description:
      'Limited per link and per network address (409 with reason join.rate_limited). The address is verified at the first sign-in (Keycloak VERIFY_EMAIL).',
    tags: ['join-links'],
    status: 201,
    params: tokenParams,
    body: named(
      'JoinThroughLink',
      z.object({
        displayName: z.string().meta({ maxLength: FIELD_LIMITS.identity.joinDisplayName }).default(''),
        email: z.string().meta({ maxLength: FIELD_LIMITS.identity.email }).default(''),
        password: z.string().meta({ maxLength: FIELD_LIMITS.identity.password }).default(''),
      }),
    ),
    response: named('Joined', z.object({ email: z.string() })),
    handler: ({ params, body, request }, { backends }) =>
      joinThroughLink(backends, params.token, body, {
        ipAddress: request.ip ?? '',
        userAgent: request.get('user-agent') ?? '',
      }),
  }),
];
