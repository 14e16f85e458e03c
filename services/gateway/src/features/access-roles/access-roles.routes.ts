import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams } from '../shared/shared.schemas.js';
import { PORTAL_ACCESS_STATUSES } from '../revocation/revocation.routes.js';

/** External roles, groups and the portal-access option (issue 11, roles slice). */

const rightsSchema = z
  .array(z.string().max(FIELD_LIMITS.common.code), { message: 'Rights are a list' })
  .max(FIELD_LIMITS.common.idList)
  .meta({
    description: 'view, comment, approve, upload, billing (see billing), pay (implies billing), chat',
  });

export const portalRoleSchema = named(
  'PortalRole',
  z.object({
    id: z.string().meta({ description: 'decision-maker, technical, billing, observer, or a tenant role id' }),
    name: z.string().meta({ description: "The tenant role's name; built-in roles are named by the app" }),
    rights: z.array(z.string()),
    builtIn: z.boolean(),
    version: z.number().int(),
    userCount: z.number().int().meta({ description: 'Portal users holding the role' }),
  }),
  'A named set of portal rights',
);

const groupMemberSchema = z.object({
  externalUserId: z.string(),
  displayName: z.string(),
  email: z.string(),
  clientId: z.string(),
});

export const portalGroupSchema = named(
  'PortalGroup',
  z.object({
    id: z.string(),
    name: z.string(),
    members: z.array(groupMemberSchema),
    version: z.number().int(),
  }),
  'External users gathered under a name ("Globex finance")',
);

export const portalRoleUserSchema = named(
  'PortalRoleUser',
  z.object({
    externalUserId: z.string(),
    contactId: z.string(),
    clientId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.string(),
    // Every status a portal user can have (schemathesis found a revoked person listed as "revoked").
    status: z.enum(PORTAL_ACCESS_STATUSES),
    groupIds: z.array(z.string()),
    workspaceIds: z.array(z.string()),
  }),
  "A client's portal user with their role and groups",
);

const settingsSchema = named(
  'PortalAccessSettings',
  z.object({
    membersMayInvite: z
      .boolean()
      .meta({ description: 'Staff members may invite people with an existing role (never choose rights)' }),
    version: z.number().int(),
  }),
);

const roleBody = z.object({
  name: z.string({ message: 'Name the role' }).meta({ maxLength: FIELD_LIMITS.identity.portalRoleName }),
  rights: rightsSchema,
});
const roleParams = idParams('roleId');
const groupParams = idParams('groupId');
const membershipParams = z.object({ groupId: z.string().min(1), externalUserId: z.string().min(1) });
const deleted = named('PortalAccessDeleted', z.object({ deleted: z.literal(true) }));

export const accessRolesRoutes = [
  defineRoute({
    method: 'get',
    path: '/portal-roles',
    access: { staff: 'member' },
    summary: "The portal's external roles: the four built-in ones, then the tenant's",
    tags: ['portal-access'],
    response: named('PortalRoleList', z.object({ roles: z.array(portalRoleSchema) })),
    handler: ({ onBehalf }, { backends }) => backends.externalRoles.listPortalRoles({}, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/portal-roles',
    access: { permission: 'portal.configure' },
    summary: 'Define a role (a named set of portal rights)',
    tags: ['portal-access'],
    status: 201,
    body: named('CreatePortalRole', roleBody),
    response: portalRoleSchema,
    handler: ({ body, onBehalf }, { backends }) => backends.externalRoles.createPortalRole(body, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/portal-roles/:roleId',
    access: { permission: 'portal.configure' },
    summary: 'Rename a role or change its rights (everyone holding it gets them)',
    tags: ['portal-access'],
    params: roleParams,
    body: named('UpdatePortalRole', roleBody.extend({ version: z.number().int().optional() })),
    response: portalRoleSchema,
    handler: async ({ params, body, onBehalf }, { backends, forgetPrincipals }) => {
      const role = await backends.externalRoles.updatePortalRole(
        { roleId: params.roleId, name: body.name, rights: body.rights, expectedVersion: body.version ?? 0 },
        onBehalf,
      );
      // Holders' next request carries the new rights.
      forgetPrincipals?.();
      return role;
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/portal-roles/:roleId',
    access: { permission: 'portal.configure' },
    summary: 'Delete a role; one in use needs the role its holders get instead',
    tags: ['portal-access'],
    params: roleParams,
    query: z.object({ reassignTo: z.string().optional() }),
    response: deleted,
    handler: async ({ params, query, onBehalf }, { backends, forgetPrincipals }) => {
      await backends.externalRoles.deletePortalRole(
        { roleId: params.roleId, reassignTo: query.reassignTo ?? '' },
        onBehalf,
      );
      forgetPrincipals?.();
      return { deleted: true as const };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/portal-people',
    access: { staff: 'member' },
    summary: "A client's portal users with their role and groups",
    tags: ['portal-access'],
    params: idParams('clientId'),
    response: named('PortalRoleUserList', z.object({ users: z.array(portalRoleUserSchema) })),
    handler: ({ params, onBehalf }, { backends }) =>
      backends.externalRoles.listClientPortalUsers(params, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/portal-users/:externalUserId/role',
    access: { permission: 'workspaces.manage' },
    summary: "Give a portal user a role: their rights in every workspace become the role's",
    tags: ['portal-access'],
    params: idParams('externalUserId'),
    body: named('SetPortalUserRole', z.object({ role: z.string({ message: 'Choose a role' }) })),
    response: portalRoleUserSchema,
    handler: async ({ params, body, onBehalf }, { backends, forgetPrincipals }) => {
      const user = await backends.externalRoles.setPortalUserRole(
        { externalUserId: params.externalUserId, role: body.role },
        onBehalf,
      );
      forgetPrincipals?.();
      return user;
    },
  }),
  defineRoute({
    method: 'get',
    path: '/portal-groups',
    access: { staff: 'member' },
    summary: "The portal's groups of external users, with their members",
    tags: ['portal-access'],
    response: named('PortalGroupList', z.object({ groups: z.array(portalGroupSchema) })),
    handler: ({ onBehalf }, { backends }) => backends.externalRoles.listPortalGroups({}, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/portal-groups',
    access: { permission: 'portal.configure' },
    summary: 'Create a group of external users',
    tags: ['portal-access'],
    status: 201,
    body: named(
      'CreatePortalGroup',
      z.object({
        name: z
          .string({ message: 'Name the group' })
          .meta({ maxLength: FIELD_LIMITS.identity.portalGroupName }),
      }),
    ),
    response: portalGroupSchema,
    handler: ({ body, onBehalf }, { backends }) => backends.externalRoles.createPortalGroup(body, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/portal-groups/:groupId',
    access: { permission: 'portal.configure' },
    summary: 'Rename a group',
    tags: ['portal-access'],
    params: groupParams,
    body: named(
      'RenamePortalGroup',
      z.object({
        name: z
          .string({ message: 'Name the group' })
          .meta({ maxLength: FIELD_LIMITS.identity.portalGroupName }),
        version: z.number().int().optional(),
      }),
    ),
    response: portalGroupSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.externalRoles.renamePortalGroup(
        { groupId: params.groupId, name: body.name, expectedVersion: body.version ?? 0 },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'put',
    path: '/portal-groups/:groupId/members/:externalUserId',
    access: { permission: 'workspaces.manage' },
    summary: 'Add a portal user to a group',
    tags: ['portal-access'],
    params: membershipParams,
    body: named('JoinPortalGroup', z.object({}).meta({ description: 'Nothing to send' })),
    response: portalGroupSchema,
    handler: ({ params, onBehalf }, { backends }) =>
      backends.externalRoles.setPortalGroupMembership({ ...params, member: true }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/portal-groups/:groupId/members/:externalUserId',
    access: { permission: 'workspaces.manage' },
    summary: 'Take a portal user out of a group',
    tags: ['portal-access'],
    params: membershipParams,
    response: portalGroupSchema,
    handler: ({ params, onBehalf }, { backends }) =>
      backends.externalRoles.setPortalGroupMembership({ ...params, member: false }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/portal-groups/:groupId',
    access: { permission: 'portal.configure' },
    summary: 'Delete a group (its members keep their access)',
    tags: ['portal-access'],
    params: groupParams,
    response: deleted,
    handler: async ({ params, onBehalf }, { backends }) => {
      await backends.externalRoles.deletePortalGroup(params, onBehalf);
      return { deleted: true as const };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/portal-access/settings',
    access: { staff: 'member' },
    summary: 'Whether staff members may invite people (with an existing role)',
    tags: ['portal-access'],
    response: settingsSchema,
    handler: ({ onBehalf }, { backends }) => backends.externalRoles.getPortalAccessSettings({}, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/portal-access/settings',
    access: { permission: 'portal.configure' },
    summary: 'Let staff members invite people with an existing role, or not',
    tags: ['portal-access'],
    body: named(
      'UpdatePortalAccessSettings',
      z.object({
        membersMayInvite: z.boolean({ message: 'Say yes or no' }),
        version: z.number().int({ message: 'The version read' }),
      }),
    ),
    response: settingsSchema,
    handler: ({ body, onBehalf }, { backends }) =>
      backends.externalRoles.updatePortalAccessSettings(
        { membersMayInvite: body.membersMayInvite, expectedVersion: body.version },
        onBehalf,
      ),
  }),
];
