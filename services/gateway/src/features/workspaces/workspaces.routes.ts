import { z } from 'zod';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';
import { defineRoute, named } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';
import { workspaceSchema } from '../portal/portal.routes.js';
import { addWorkspaceMember, createWorkspace } from './workspaces.workflow.js';

const workspaceParams = idParams('workspaceId');
const memberParams = z.object({
  workspaceId: z.string().min(1),
  externalUserId: z.string().min(1),
});

const rightsSchema = z
  .array(z.string().max(FIELD_LIMITS.common.code), { message: 'Rights are a list' })
  .max(FIELD_LIMITS.common.idList)
  .meta({ description: 'view, comment, approve, upload, pay, chat' });

export const workspaceMemberSchema = named(
  'WorkspaceMember',
  z.object({
    externalUserId: z.string(),
    contactId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.string().meta({ description: 'the contact role: decision-maker, technical, billing, observer' }),
    rights: z.array(z.string()),
    status: z.enum(['invited', 'active', 'revoked', 'converted']).meta({
      description:
        'invited: has not accepted the portal invitation yet; revoked: the portal was taken away; converted: a staff member now',
    }),
    workspaceId: z.string(),
  }),
  "A client's contact in a workspace with their rights",
);

const emptyBody = z.object({}).meta({ description: 'Nothing to send' });

/**
 * Workspaces (issue 10, access slice): several per client, their configuration and their members.
 * Routes are `staff-or-client` so that the services answer a client user NOT_FOUND (workspace
 * configuration is not theirs to know about) rather than the gateway's 403; they need workspaces.manage.
 */
export const workspacesRoutes = [
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/workspaces',
    access: { permission: 'workspaces.manage' },
    summary: 'Open a workspace for a client, optionally linked to one of its projects',
    description:
      "The name defaults to the linked project's name, else the client's. Linking a project shows its milestones, progress and billing in the workspace.",
    tags: ['workspaces'],
    status: 201,
    params: idParams('clientId'),
    body: named(
      'CreateWorkspace',
      z.object({
        name: z.string().meta({ maxLength: FIELD_LIMITS.portal.workspaceName }).optional(),
        projectId: z.string().optional().meta({ description: 'A project of this client' }),
      }),
    ),
    response: workspaceSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      createWorkspace(backends, params.clientId, body, onBehalf),
  }),
  defineRoute({
    method: 'patch',
    path: '/workspaces/:workspaceId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Rename a workspace',
    tags: ['workspaces'],
    params: workspaceParams,
    body: named(
      'RenameWorkspace',
      z.object({
        name: z
          .string({ message: 'Give the workspace a name' })
          .meta({ maxLength: FIELD_LIMITS.portal.workspaceName }),
      }),
    ),
    response: workspaceSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.portal.renameWorkspace({ workspaceId: params.workspaceId, name: body.name }, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/workspaces/:workspaceId/modules',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "Switch a workspace's modules on and off",
    tags: ['workspaces'],
    params: workspaceParams,
    body: named(
      'WorkspaceModules',
      z.object({
        modules: z
          .array(z.string().max(FIELD_LIMITS.common.code), { message: 'Modules are a list' })
          .max(FIELD_LIMITS.common.idList)
          .meta({
            description:
              'The modules switched on afterwards: tasks, approvals, files, messages, links, embeds, notes, timeline, billing',
          }),
      }),
    ),
    response: workspaceSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.portal.setWorkspaceModules(
        { workspaceId: params.workspaceId, modules: body.modules },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/archive',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "Archive a workspace: read-only, out of the client's navigation",
    tags: ['workspaces'],
    params: workspaceParams,
    body: emptyBody,
    response: workspaceSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.portal.archiveWorkspace(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/restore',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Restore an archived workspace',
    tags: ['workspaces'],
    params: workspaceParams,
    body: emptyBody,
    response: workspaceSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.portal.restoreWorkspace(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/workspaces/:workspaceId/members',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "A workspace's members with their rights and invitation status",
    tags: ['workspaces'],
    params: workspaceParams,
    response: named('WorkspaceMemberList', z.object({ members: z.array(workspaceMemberSchema) })),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.workspaceAccess.listWorkspaceMembers(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/members',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "Add one of the client's contacts to a workspace",
    description:
      'A contact who is not a portal user yet is invited (one invitation e-mail); one who is just gets the workspace. Rights default from the contact role unless given.',
    tags: ['workspaces'],
    status: 201,
    params: workspaceParams,
    body: named(
      'AddWorkspaceMember',
      z.object({
        contactId: z.string({ message: 'Choose a contact' }).min(1, { message: 'Choose a contact' }),
        rights: rightsSchema.optional(),
        role: z
          .string()
          .optional()
          .meta({ description: "A portal role id (GET /portal-roles); default: the contact's CRM role" }),
        groupIds: z
          .array(z.string().max(FIELD_LIMITS.common.id))
          .max(FIELD_LIMITS.common.idList)
          .optional()
          .meta({ description: 'Portal groups (GET /portal-groups) the person joins' }),
      }),
    ),
    response: workspaceMemberSchema,
    handler: async ({ params, body, caller, onBehalf }, { backends, forgetPrincipals }) => {
      if (caller.principal.kind === 'client') throw DomainError.notFound('Workspace', params.workspaceId);
      // Staff members may add people when the tenant lets them (identity decides, issue 11).
      const member = await addWorkspaceMember(backends, params.workspaceId, body, onBehalf);
      // The member's next request here carries the workspace and its rights.
      forgetPrincipals?.();
      return member;
    },
  }),
  defineRoute({
    method: 'put',
    path: '/workspaces/:workspaceId/members/:externalUserId/rights',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: "Set a member's rights in the workspace",
    tags: ['workspaces'],
    params: memberParams,
    body: named('WorkspaceMemberRights', z.object({ rights: rightsSchema })),
    response: workspaceMemberSchema,
    handler: async ({ params, body, onBehalf }, { backends, forgetPrincipals }) => {
      const member = await backends.workspaceAccess.setWorkspaceMemberRights(
        { ...params, rights: body.rights },
        onBehalf,
      );
      forgetPrincipals?.();
      return member;
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/workspaces/:workspaceId/members/:externalUserId',
    access: 'staff-or-client',
    clientRight: 'never',
    summary: 'Remove a member from the workspace (their login and other workspaces stay)',
    tags: ['workspaces'],
    params: memberParams,
    response: named('WorkspaceMemberRemoved', z.object({ removed: z.literal(true) })),
    handler: async ({ params, onBehalf }, { backends, forgetPrincipals }) => {
      await backends.workspaceAccess.removeWorkspaceMember(params, onBehalf);
      forgetPrincipals?.();
      return { removed: true as const };
    },
  }),
];
