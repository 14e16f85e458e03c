import { z } from 'zod';
import { permissionsOf, STAFF_PERMISSIONS, STAFF_ROLES, type StaffPermission } from '@client-portal/kit';
import { binary, defineRoute, named } from '../../http/route.js';

export const webConfigSchema = named(
  'WebConfig',
  z.object({
    keycloakUrl: z.string(),
    realm: z.string(),
    clientId: z.string(),
    portalDomain: z
      .string()
      .optional()
      .meta({ description: 'Tenant sub-domains live under it (`<label>.<portalDomain>`); absent: none' }),
  }),
);

export const principalSchema = named(
  'Principal',
  z.object({
    userId: z.string(),
    tenantId: z.string(),
    kind: z.enum(['staff', 'client']),
    staffRole: z.enum(STAFF_ROLES).optional(),
    clientId: z.string().optional(),
    workspaceIds: z.array(z.string()),
    workspaceAccess: z
      .array(z.object({ workspaceId: z.string(), rights: z.array(z.string()) }))
      .optional()
      .meta({
        description: "A client user's rights per workspace (view, comment, approve, upload, pay, chat)",
      }),
    displayName: z.string().optional(),
    viewedBy: z.string().optional().meta({
      description: 'Set while staff view the portal as this client user (read-only): the staff user id',
    }),
  }),
);

export const meSchema = named(
  'Me',
  z.object({
    principal: principalSchema,
    displayName: z.string(),
    email: z.string(),
    tenantName: z.string(),
    permissions: z
      .array(z.enum(Object.keys(STAFF_PERMISSIONS) as [StaffPermission, ...StaffPermission[]]))
      .meta({ description: 'What the caller may do (the staff permission matrix); empty for client users' }),
  }),
);

/** Who is calling and how the web app logs in. */
export const sessionRoutes = [
  defineRoute({
    method: 'get',
    path: '/config',
    access: 'anonymous',
    summary: 'Keycloak settings for the web app',
    tags: ['session'],
    response: webConfigSchema,
    handler: (_input, { webConfig, portalDomain }) =>
      portalDomain ? { ...webConfig, portalDomain } : webConfig,
  }),
  defineRoute({
    method: 'get',
    path: '/me',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Who I am: principal, name, tenant',
    tags: ['session'],
    response: meSchema,
    handler: ({ caller }) => ({
      principal: caller.principal,
      displayName: caller.displayName,
      email: caller.email,
      tenantName: caller.tenantName,
      permissions: permissionsOf(caller.principal),
    }),
  }),
  // Served by the live hub (src/live), which owns the stream; the registry only documents it.
  defineRoute({
    method: 'get',
    path: '/events',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'Live updates (server-sent events): message.posted, invoice.issued, workspace.created',
    tags: ['live'],
    response: binary('text/event-stream', 'An event stream'),
  }),
];
