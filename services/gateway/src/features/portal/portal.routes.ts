import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, moneySchema } from '../shared/shared.schemas.js';
import { enablePortal } from './enable-portal.workflow.js';

export const workspaceSchema = named(
  'Workspace',
  z.object({
    id: z.string(),
    tenantId: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    name: z.string(),
    createdAt: z.string(),
    projectId: z.string().meta({ description: "The linked crm project ('' for none)" }),
    modules: z.array(z.string()).meta({
      description:
        'The modules switched on (tasks, approvals, files, messages, links, embeds, notes, timeline, billing). Workspace configuration: always empty for a client user',
    }),
    archivedAt: z
      .string()
      .meta({ description: "'' unless archived (read-only, out of the client's navigation)" }),
  }),
);

export const sharedDocumentSchema = named(
  'SharedDocument',
  z.object({
    id: z.string(),
    kind: z.string().meta({ description: 'invoice (quotes and others later)' }),
    number: z.string(),
    total: moneySchema,
    status: z.string(),
    issuedAt: z.string(),
    dueDate: z.string(),
  }),
  'A billing document shared in a workspace',
);

export const workspaceViewSchema = named(
  'WorkspaceView',
  z.object({
    workspace: workspaceSchema,
    documents: z.array(sharedDocumentSchema),
    tabs: z.array(z.string()).meta({
      description:
        'The tabs this caller gets, in order (tasks, approvals, files, messages, links, embeds, notes, timeline, billing): a module switched on that has something for them; staff get every module switched on',
    }),
  }),
);

export const invitationSchema = named(
  'Invitation',
  z.object({
    id: z.string(),
    email: z.string(),
    clientId: z.string(),
    workspaceId: z.string(),
    role: z.string(),
    status: z.enum(['pending', 'accepted', 'cancelled']),
    createdAt: z.string(),
  }),
);

export const portalEnabledSchema = named(
  'PortalEnabled',
  z.object({ workspace: workspaceSchema, invitation: invitationSchema }),
);

/** Client portals: workspaces and what they share. */
export const portalRoutes = [
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/portal',
    access: { permission: 'portal.configure' },
    summary: "Enable the portal: create the client's workspace and invite the primary contact",
    tags: ['portal'],
    status: 201,
    params: idParams('clientId'),
    body: z.object({}).meta({ description: 'Nothing to send: the client says who to invite' }),
    response: portalEnabledSchema,
    handler: ({ params, onBehalf }, { backends }) => enablePortal(backends, params.clientId, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/workspaces',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Workspaces I may see',
    tags: ['portal'],
    query: z.object({ clientId: z.string().optional().meta({ description: 'Only this client’s' }) }),
    response: named('WorkspaceList', z.object({ workspaces: z.array(workspaceSchema) })),
    handler: ({ query, onBehalf }, { backends }) =>
      backends.portal.listWorkspaces({ clientId: query.clientId ?? '' }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'A workspace and its shared documents',
    tags: ['portal'],
    params: idParams('workspaceId'),
    response: workspaceViewSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.portal.getWorkspace(params, onBehalf),
  }),
];
