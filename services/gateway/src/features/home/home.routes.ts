import { z } from 'zod';
import { servicePrincipal, FIELD_LIMITS } from '@client-portal/kit';
import { on } from '../../http/backends.js';
import { defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits, moneySchema } from '../shared/shared.schemas.js';
import { clientHome } from './home.workflow.js';

const CALL_TO_ACTION_KINDS = ['payments', 'documents', 'contact', 'booking', 'link'] as const;

export const callToActionSchema = named(
  'CallToAction',
  z.object({
    id: z.string(),
    kind: z.enum(CALL_TO_ACTION_KINDS),
    label: z.string().meta({ description: 'Empty: the web app’s translated label for the kind' }),
    url: z.string().meta({ description: 'https URL for booking and link; empty otherwise' }),
  }),
);

export const portalSettingsSchema = named(
  'PortalSettings',
  z.object({
    callsToAction: z.array(callToActionSchema),
    embedAllowList: z.array(z.string()),
    maxFileBytes: z.number().int(),
    blockedFileTypes: z.array(z.string()),
    version: z.number().int(),
    updatedAt: z.string().meta({ description: 'Empty when never saved' }),
  }),
);

const portalSettingsFieldsSchema = named(
  'PortalSettingsFields',
  z.object({
    callsToAction: z
      .array(
        z.object({
          id: z.string().default(''),
          kind: z.string(),
          label: z.string().meta({ maxLength: FIELD_LIMITS.portal.callToActionLabel }).default(''),
          url: z.string().meta({ maxLength: FIELD_LIMITS.portal.contentUrl }).default(''),
        }),
      )
      .max(FIELD_LIMITS.portal.callsToAction)
      .default([]),
    embedAllowList: z.array(z.string().max(253)).max(FIELD_LIMITS.portal.embedHosts).default([]),
    maxFileBytes: z.number().int(),
    blockedFileTypes: z
      .array(z.string().max(FIELD_LIMITS.common.code))
      .max(FIELD_LIMITS.common.idList)
      .default([]),
  }),
);

export const inboxItemSchema = named(
  'InboxItem',
  z.object({
    kind: z.enum(['quote', 'invoice', 'deliverable', 'task', 'messages']),
    id: z.string().meta({
      description: 'The document, deliverable or task id; for messages, the workspace id',
    }),
    title: z.string().meta({ description: 'Number, title, or (messages) the latest author’s name' }),
    workspaceId: z.string(),
    workspaceName: z.string(),
    amount: moneySchema.nullable().meta({ description: 'Quotes: total; invoices: what is left to pay' }),
    dueDate: z.string(),
    overdue: z.boolean(),
    count: z.number().int().meta({ description: 'Messages: how many are unread' }),
    version: z.number().int().meta({ description: 'Deliverables: the version awaiting the decision' }),
    at: z.string(),
  }),
  'Something a client user needs to do, one click from done',
);

export const clientHomeSchema = named(
  'ClientHome',
  z.object({
    inbox: z.array(inboxItemSchema),
    amounts: z.array(
      named('AmountsDue', z.object({ currency: z.string(), dueMinor: minorUnits, overdueMinor: minorUnits })),
    ),
    recentDocuments: z.array(
      named(
        'RecentDocument',
        z.object({
          id: z.string(),
          kind: z.string(),
          number: z.string(),
          displayStatus: z.string(),
          issueDate: z.string(),
          total: moneySchema,
        }),
      ),
    ),
    recentFiles: z.array(
      named(
        'RecentFile',
        z.object({
          id: z.string(),
          workspaceId: z.string(),
          workspaceName: z.string(),
          name: z.string(),
          contentType: z.string(),
          sizeBytes: z.number().int(),
          sharedAt: z.string(),
        }),
      ),
    ),
    milestones: z.array(
      named(
        'UpcomingMilestone',
        z.object({
          workspaceId: z.string(),
          workspaceName: z.string(),
          projectId: z.string(),
          name: z.string(),
          dueDate: z.string(),
        }),
      ),
    ),
    callsToAction: z.array(callToActionSchema),
    workspaces: z.array(z.object({ id: z.string(), name: z.string() })),
    unavailable: z.array(z.string()).meta({
      description: 'Sources not served yet (tasks, milestones, deliverables, files): shown as empty',
    }),
  }),
);

const portalUserSchema = named(
  'PortalUser',
  z.object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    role: z.string(),
    workspaceIds: z.array(z.string()),
  }),
);

function settingsOut(view: {
  callsToAction: { id: string; kind: string; label: string; url: string }[];
  embedAllowList: string[];
  maxFileBytes: string;
  blockedFileTypes: string[];
  version: number;
  updatedAt: string;
}) {
  return { ...view, maxFileBytes: Number(view.maxFileBytes) };
}

/** The client home, the tenant's portal settings, "view as client" and the read marker of messages. */
export const homeRoutes = [
  defineRoute({
    method: 'get',
    path: '/portal/home',
    access: 'client',
    clientRight: 'signed-in',
    summary: 'The client home: one action inbox across my workspaces, amounts due, what was shared lately',
    tags: ['home'],
    response: clientHomeSchema,
    handler: ({ caller, onBehalf }, { backends }) => clientHome(backends, caller.principal, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/portal/settings',
    access: { staff: 'member' },
    summary: 'The tenant’s portal settings',
    tags: ['home'],
    response: portalSettingsSchema,
    handler: async ({ onBehalf }, { backends }) =>
      settingsOut(await backends.portalSettings.getPortalSettings({}, onBehalf)),
  }),
  defineRoute({
    method: 'put',
    path: '/portal/settings',
    access: { permission: 'portal.configure' },
    summary: 'Change the tenant’s portal settings (buttons, embed hosts, file limit, blocked types)',
    tags: ['home'],
    body: z.object({
      settings: portalSettingsFieldsSchema,
      expectedVersion: z.number().int().min(0),
    }),
    response: portalSettingsSchema,
    handler: async ({ body, onBehalf }, { backends }) =>
      settingsOut(
        await backends.portalSettings.updatePortalSettings(
          {
            settings: { ...body.settings, maxFileBytes: String(body.settings.maxFileBytes) },
            expectedVersion: body.expectedVersion,
          },
          onBehalf,
        ),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/portal-users',
    access: { permission: 'portal.view_as_client' },
    summary: 'The client’s portal users staff may view the portal as',
    tags: ['home'],
    params: idParams('clientId'),
    response: named('PortalUserList', z.object({ users: z.array(portalUserSchema) })),
    handler: ({ params, onBehalf }, { backends }) => backends.viewAs.listPortalUsers(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/portal/view-as',
    access: { permission: 'portal.view_as_client' },
    summary:
      'Start viewing the portal as a client user (then send X-View-As: <id> on every call): recorded in their workspaces’ timeline',
    tags: ['home'],
    body: z.object({ externalUserId: z.string().min(1) }),
    response: named(
      'ViewAsStarted',
      z.object({
        user: z.object({ id: z.string(), displayName: z.string() }),
        recorded: z.number().int().meta({ description: 'Workspaces whose timeline records it' }),
      }),
    ),
    handler: async ({ body, caller, onBehalf }, { backends }) => {
      const staff = caller.principal;
      // The same check the gateway makes on every viewed call: identity says whether this may happen.
      const resolved = await backends.viewAs.resolveExternalUser(
        { tenantId: staff.tenantId, staffUserId: staff.userId, externalUserId: body.externalUserId },
        on(servicePrincipal('gateway', staff.tenantId)),
      );
      const viewed = resolved.principal;
      const { recorded } = await backends.portalSettings.recordViewAsClient(
        {
          clientId: viewed?.clientId ?? '',
          workspaceIds: viewed?.workspaceIds ?? [],
          viewedUserName: resolved.displayName,
          actorName: caller.displayName,
        },
        onBehalf,
      );
      return { user: { id: viewed?.userId ?? '', displayName: resolved.displayName }, recorded };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/workspaces/:workspaceId/messages/read',
    access: 'staff-or-client',
    clientRight: 'signed-in',
    summary: 'I have read this workspace’s conversation (unread messages leave my inbox)',
    tags: ['home'],
    params: idParams('workspaceId'),
    body: z.object({}),
    response: named('MessagesRead', z.object({ readAt: z.string() })),
    handler: ({ params, onBehalf }, { backends }) => backends.messaging.markRead(params, onBehalf),
  }),
];
