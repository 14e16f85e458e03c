import { z } from 'zod';
import { defineEvent, fields } from './define.js';

/** The languages a tenant's portal and e-mails speak. */
export const languageSchema = z.enum(['en', 'fr', 'es', 'pt']);

export const tenantCreatedV1 = defineEvent({
  type: 'identity.tenant.created',
  version: 1,
  producer: 'identity',
  subject: 'tenant id',
  description: 'An organisation (tenant) and its owner were set up.',
  consumers: ['crm (staff directory: the owner may own clients)'],
  schema: z.object({
    tenantId: fields.id(),
    slug: z.string().min(1),
    name: z.string().min(1),
    ownerUserId: fields.id(),
    ownerEmail: fields.email(),
  }),
  example: {
    tenantId: '4f7d2a8e-3c1b-4e5f-9a6d-2b8c7e1f0a93',
    slug: 'acme',
    name: 'Acme Agency',
    ownerUserId: 'b1e2c3d4-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    ownerEmail: 'owner@acme.test',
  },
});

export const invitationSentV1 = defineEvent({
  type: 'identity.invitation.sent',
  version: 1,
  producer: 'identity',
  subject: 'invitation id',
  description:
    "A client's contact was invited to a workspace. `acceptUrl` carries the invitation's secret token: Kafka is internal to the platform, and the token is single-use and dies with the invitation.",
  consumers: ['crm (timeline, metrics, dashboard)', 'notification (sends the invitation e-mail)'],
  schema: z.object({
    invitationId: fields.id(),
    email: fields.email(),
    displayName: z.string().describe('may be empty: the e-mail then greets the address'),
    tenantName: z.string(),
    clientId: fields.id(),
    clientName: z.string(),
    workspaceId: fields.id(),
    workspaceName: z.string(),
    invitedBy: fields.id(),
    acceptUrl: z.url().describe('the link to accept, with the secret token'),
    language: languageSchema.describe("the tenant's language, for the e-mail"),
  }),
  example: {
    invitationId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    email: 'dana@globex.test',
    displayName: 'Dana Scully',
    tenantName: 'Acme Agency',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientName: 'Globex',
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    workspaceName: 'Globex',
    invitedBy: 'b1e2c3d4-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    acceptUrl: 'https://portal.example.com/invitations/secret-token',
    language: 'en',
  },
});

export const userActivatedV1 = defineEvent({
  type: 'identity.user.activated',
  version: 1,
  producer: 'identity',
  subject: 'external user id',
  description: 'An invited client user accepted an invitation and can sign in.',
  consumers: ['crm (timeline, metrics, dashboard)'],
  schema: z.object({
    userId: fields.id(),
    keycloakId: fields.id(),
    email: fields.email(),
    clientId: fields.id(),
    workspaceIds: z.array(fields.id()),
  }),
  example: {
    userId: 'd4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
    keycloakId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    email: 'dana@globex.test',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    workspaceIds: ['a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d'],
  },
});

export const staffRoleSchema = z.enum(['owner', 'admin', 'manager', 'member']);

export const staffChangedV1 = defineEvent({
  type: 'identity.staff.changed',
  version: 1,
  producer: 'identity',
  subject: 'staff member id',
  description:
    'A member of the agency team was invited, accepted, changed role or was deactivated: the member as ' +
    'they are now. Services that name staff (client owners, assignees) keep their own directory from it.',
  consumers: ['crm (staff directory: who may own a client)'],
  schema: z.object({
    staffId: fields.id(),
    email: fields.email(),
    displayName: z.string(),
    role: staffRoleSchema,
    /** invited (no password yet), active or deactivated. */
    status: z.enum(['invited', 'active', 'deactivated']),
    changedBy: z.string(),
  }),
  example: {
    staffId: 'b1e2c3d4-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    email: 'max.manager@acme.test',
    displayName: 'Max Manager',
    role: 'manager',
    status: 'active',
    changedBy: 'a11ce000-1111-4222-8333-444455556666',
  },
});

export const staffInvitedV1 = defineEvent({
  type: 'identity.staff.invited',
  version: 1,
  producer: 'identity',
  subject: 'staff member id',
  description:
    'The owner or an admin invited someone to the agency team. `acceptUrl` carries the secret token ' +
    '(single-use, dies with the invitation).',
  consumers: ["notification (sends the team invitation e-mail in the tenant's language)"],
  schema: z.object({
    staffId: fields.id(),
    email: fields.email(),
    displayName: z.string(),
    role: staffRoleSchema,
    tenantName: z.string(),
    invitedByName: z.string(),
    acceptUrl: z.url(),
    language: languageSchema,
  }),
  example: {
    staffId: 'b1e2c3d4-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    email: 'max.manager@acme.test',
    displayName: 'Max Manager',
    role: 'manager',
    tenantName: 'Acme Agency',
    invitedByName: 'Olivia Owner',
    acceptUrl: 'https://portal.example.com/team-invitations/secret-token',
    language: 'en',
  },
});

// ---- Access slice (issue 10): who of a client is in which workspace, with which rights. ----

const workspaceMemberFields = {
  workspaceId: fields.id(),
  clientId: fields.id(),
  // Member configuration is for staff: these never reach a client user's screen or timeline.
  clientVisible: z.literal(false).describe('always false: member configuration is staff-only'),
  actorName: z.string().describe('the staff member who did it'),
  title: z.string().describe("the contact's display name"),
  externalUserId: fields.id(),
  contactId: z.string(),
  rights: z.array(z.enum(['view', 'comment', 'approve', 'upload', 'billing', 'pay', 'chat'])),
};

const workspaceMemberExample = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: false as const,
  actorName: 'Ada Lovelace',
  title: 'Dana Scully',
  externalUserId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  contactId: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a',
  rights: ['view' as const],
};

export const workspaceMemberAddedV1 = defineEvent({
  type: 'identity.workspace_member.added',
  version: 1,
  producer: 'identity',
  subject: 'external user id',
  description:
    "A client's contact was added to a workspace with rights (invited to the portal first if they were not a portal user yet).",
  consumers: ['gateway (live updates: staff screens)'],
  schema: z.object({ ...workspaceMemberFields }),
  example: workspaceMemberExample,
});

export const workspaceMemberRightsChangedV1 = defineEvent({
  type: 'identity.workspace_member.rights_changed',
  version: 1,
  producer: 'identity',
  subject: 'external user id',
  description: "Staff changed a contact's rights in a workspace.",
  consumers: ['gateway (live updates: staff screens)'],
  schema: z.object({ ...workspaceMemberFields }),
  example: workspaceMemberExample,
});

export const workspaceMemberRemovedV1 = defineEvent({
  type: 'identity.workspace_member.removed',
  version: 1,
  producer: 'identity',
  subject: 'external user id',
  description: 'A contact was removed from a workspace (they keep their portal login and other workspaces).',
  consumers: ['gateway (live updates: staff screens)'],
  schema: z.object({ ...workspaceMemberFields }),
  example: { ...workspaceMemberExample, rights: [] },
});

// --- branding (issue 10) ---------------------------------------------------------------------------
export const brandingChangedV1 = defineEvent({
  type: 'identity.branding.changed',
  version: 1,
  producer: 'identity',
  subject: 'tenant id',
  description:
    "A tenant's branding changed (name shown to clients, colours, language, sub-domain or logo). Carries the whole public branding, so a consumer keeps the latest one per tenant.",
  consumers: [
    'notification (branding read model: logo, colours, name, sender name, reply-to and default language of every e-mail)',
  ],
  schema: z.object({
    tenantId: fields.id(),
    slug: z.string().min(1),
    name: z.string().min(1).describe("the portal's name shown to clients (the tenant's name by default)"),
    primaryColor: z.string().regex(/^#[0-9a-f]{6}$/),
    accentColor: z.string().regex(/^#[0-9a-f]{6}$/),
    defaultLanguage: languageSchema,
    subdomain: z.string().describe('empty: none claimed'),
    logoSha256: z
      .string()
      .describe('empty: no logo; else the public logo URL is /api/public/branding/<slug>/logo?v=<sha256>'),
    senderName: z
      .string()
      .default('')
      .describe(
        "issue 12: the From name of the tenant's e-mails; empty (and in older events): the portal's name",
      ),
    replyTo: z
      .string()
      .default('')
      .describe("issue 12: the Reply-To of the tenant's e-mails; empty (and in older events): none"),
    brandingVersion: z.number().int().min(1),
  }),
  example: {
    tenantId: '4f7d2a8e-3c1b-4e5f-9a6d-2b8c7e1f0a93',
    slug: 'acme',
    name: 'Acme Agency',
    primaryColor: '#2557d6',
    accentColor: '#1c44a8',
    defaultLanguage: 'fr',
    subdomain: 'acme',
    logoSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    senderName: 'Acme Agency team',
    replyTo: 'hello@acme.test',
    brandingVersion: 3,
  },
});

// --- revocation (issue 11) ---------------------------------------------------------------------------
export const accessRevokedV1 = defineEvent({
  type: 'identity.access.revoked',
  version: 1,
  producer: 'identity',
  subject: 'external user id',
  description:
    "A client user's access was taken away: from one workspace (workspaceId) or from the whole portal (workspaceId ''; also when they became a staff member). Identity already refuses what they lost; every gateway replica forgets their cached principal and closes their live streams at once.",
  consumers: ['gateway (every replica: principal cache eviction, live streams closed)'],
  schema: z.object({
    userId: fields.id().describe('the external user id'),
    keycloakId: z.string().min(1).describe("the user's Keycloak subject (the tokens' sub)"),
    clientId: fields.id(),
    workspaceId: z.string().describe("the workspace taken away; '' = the whole portal"),
    revokedBy: z.string().describe('the staff member who did it'),
    reason: z
      .enum(['workspace_removed', 'portal_revoked', 'converted_to_staff'])
      .describe('why: what staff did'),
  }),
  example: {
    userId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    keycloakId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    workspaceId: '',
    revokedBy: 'b1e2c3d4-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    reason: 'portal_revoked',
  },
});

// ---- Invitations slice (issue 11): the link's secret never travels in Kafka. ----

const { acceptUrl: _clientLink, ...invitationSentFields } = invitationSentV1.schema.shape;
const { acceptUrl: _clientLinkExample, ...invitationSentExample } = invitationSentV1.example;

export const invitationSentV2 = defineEvent({
  type: 'identity.invitation.sent',
  version: 2,
  producer: 'identity',
  subject: 'invitation id',
  description:
    "A client's contact was invited to a workspace, or their invitation was resent. No link: the e-mail's " +
    'working link is issued by identity at send time (IssueInvitationLink, for notification only), so the ' +
    'secret exists only in the e-mail, never in topics or dead letters.',
  consumers: invitationSentV1.consumers,
  schema: z.object({
    ...invitationSentFields,
    resent: z.boolean().describe('a resend by staff: the earlier link died'),
  }),
  example: { ...invitationSentExample, resent: false },
});

const { acceptUrl: _staffLink, ...staffInvitedFields } = staffInvitedV1.schema.shape;
const { acceptUrl: _staffLinkExample, ...staffInvitedExample } = staffInvitedV1.example;

export const staffInvitedV2 = defineEvent({
  type: 'identity.staff.invited',
  version: 2,
  producer: 'identity',
  subject: 'staff member id',
  description:
    'The owner or an admin invited someone to the agency team (or resent the invitation). No link: ' +
    'notification asks identity for a working one when it sends the e-mail (IssueInvitationLink).',
  consumers: staffInvitedV1.consumers,
  schema: z.object(staffInvitedFields),
  example: staffInvitedExample,
});

/** Versions identity published before, still readable while topics may hold them. */
export const identitySupersededEvents = [invitationSentV1, staffInvitedV1] as const;

/** What identity publishes today, on identity.events. */
export const identityEvents = [
  tenantCreatedV1,
  invitationSentV2,
  userActivatedV1,
  staffChangedV1,
  staffInvitedV2,
  workspaceMemberAddedV1,
  workspaceMemberRightsChangedV1,
  workspaceMemberRemovedV1,
  brandingChangedV1,
  accessRevokedV1,
] as const;
