import { z } from 'zod';
import { defineEvent, fields } from './define.js';

export const clientStatusSchema = z.enum(['active', 'prospect', 'inactive', 'suspended']);
export const contactRoleSchema = z.enum(['decision-maker', 'technical', 'billing', 'observer']);

const contact = {
  contactId: fields.id(),
  email: fields.email(),
  firstName: z.string(),
  lastName: z.string(),
  role: contactRoleSchema,
};

export const clientCreatedV1 = defineEvent({
  type: 'crm.client.created',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description: 'A client was added, with its primary contact when it has one.',
  consumers: ['crm (timeline, metrics, dashboard)'],
  schema: z.object({
    clientId: fields.id(),
    name: z.string().min(1),
    status: clientStatusSchema,
    primaryContact: z.object(contact).nullable(),
  }),
  example: {
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    name: 'Globex',
    status: 'active',
    primaryContact: {
      contactId: 'e1d2c3b4-a5f6-4e7d-8c9b-0a1f2e3d4c5b',
      email: 'dana@globex.test',
      firstName: 'Dana',
      lastName: 'Scully',
      role: 'decision-maker',
    },
  },
});

export const contactAddedV1 = defineEvent({
  type: 'crm.contact.added',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description: 'A contact was added to a client.',
  consumers: ['crm (timeline, metrics, dashboard)'],
  schema: z.object({
    clientId: fields.id(),
    ...contact,
    primary: z.boolean(),
    // Issue 11: identity keeps the portal login's mobile_number in step (login codes by SMS).
    mobile: z.string().default('').describe("the contact's mobile as typed in the CRM; empty when none"),
  }),
  example: {
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    contactId: 'f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c',
    email: 'fox@globex.test',
    firstName: 'Fox',
    lastName: 'Mulder',
    role: 'technical',
    primary: false,
    mobile: '',
  },
});

const CLIENT_ID = 'c0ffee00-1111-4222-8333-444455556666';
const STAFF_ID = 'a11ce000-1111-4222-8333-444455556666';

export const clientUpdatedV1 = defineEvent({
  type: 'crm.client.updated',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description:
    'A client record was edited, archived or restored: the client-visible fields as they are now (never notes).',
  consumers: ['crm (timeline, metrics, dashboard)'],
  schema: z.object({
    clientId: fields.id(),
    name: z.string().min(1),
    status: clientStatusSchema,
    industry: z.string(),
    ownerUserId: z.string(),
    archived: z.boolean(),
    changedBy: z.string(),
  }),
  example: {
    clientId: CLIENT_ID,
    name: 'Globex Corporation',
    status: 'active',
    industry: 'Energy',
    ownerUserId: STAFF_ID,
    archived: false,
    changedBy: STAFF_ID,
  },
});

export const clientStatusChangedV1 = defineEvent({
  type: 'crm.client.status_changed',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description: 'A client moved from one status to another (who and when are in the envelope and data).',
  consumers: ['crm (timeline, metrics, dashboard)'],
  schema: z.object({
    clientId: fields.id(),
    from: clientStatusSchema,
    to: clientStatusSchema,
    changedBy: z.string(),
    changedAt: fields.instant(),
  }),
  example: {
    clientId: CLIENT_ID,
    from: 'prospect',
    to: 'active',
    changedBy: STAFF_ID,
    changedAt: '2026-03-02T09:30:00.000Z',
  },
});

export const clientDeletedV1 = defineEvent({
  type: 'crm.client.deleted',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description: 'A client that nothing referenced was deleted for good.',
  consumers: [],
  schema: z.object({ clientId: fields.id(), name: z.string(), deletedBy: z.string() }),
  example: { clientId: CLIENT_ID, name: 'Globex', deletedBy: STAFF_ID },
});

export const contactUpdatedV1 = defineEvent({
  type: 'crm.contact.updated',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description: 'A contact was edited or made primary: the contact as it is now.',
  consumers: ['crm (timeline, metrics, dashboard)', "identity (the portal login's mobile_number)"],
  schema: z.object({
    clientId: fields.id(),
    ...contact,
    primary: z.boolean(),
    // Issue 11: identity keeps the portal login's mobile_number in step (login codes by SMS).
    mobile: z.string().default('').describe("the contact's mobile as typed in the CRM; empty when none"),
  }),
  example: {
    clientId: CLIENT_ID,
    contactId: 'f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c',
    email: 'fox@globex.test',
    firstName: 'Fox',
    lastName: 'Mulder',
    role: 'decision-maker',
    primary: true,
    mobile: '+33 6 12 34 56 78',
  },
});

export const contactRemovedV1 = defineEvent({
  type: 'crm.contact.removed',
  version: 1,
  producer: 'crm',
  subject: 'client id',
  description: 'A contact was removed from a client.',
  consumers: ['crm (timeline, metrics, dashboard)'],
  schema: z.object({ clientId: fields.id(), contactId: fields.id(), email: fields.email() }),
  example: {
    clientId: CLIENT_ID,
    contactId: 'f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c',
    email: 'fox@globex.test',
  },
});

export const projectStatusSchema = z.enum(['planned', 'in-progress', 'on-hold', 'completed', 'cancelled']);

export const projectChangedV1 = defineEvent({
  type: 'crm.project.changed',
  version: 1,
  producer: 'crm',
  subject: 'project id',
  description:
    'A project was created or changed (status, progress, dates, milestones, value or rating): its ' +
    'client-visible state as it is now. Never carries estimated cost, time entries or margin.',
  consumers: [
    'crm (timeline, metrics, dashboard)',
    'crm (the client list: project count, value, last activity)',
    'portal (workspace progress and milestones)',
  ],
  schema: z.object({
    projectId: fields.id(),
    clientId: fields.id(),
    name: z.string().min(1),
    status: projectStatusSchema,
    progress: z.number().int().min(0).max(100),
    startDate: z.union([fields.day(), z.literal('')]),
    dueDate: z.union([fields.day(), z.literal('')]),
    /** When the project became completed; empty otherwise. */
    completedAt: z.union([fields.instant(), z.literal('')]),
    contractValueMinor: fields.amountMinor(),
    currency: fields.currency(),
    milestones: z.array(
      z.object({
        milestoneId: fields.id(),
        name: z.string(),
        dueDate: z.union([fields.day(), z.literal('')]),
        done: z.boolean(),
      }),
    ),
    /** The client's satisfaction rating, once given on a completed project. */
    rating: z.object({ score: z.number().int().min(1).max(5), comment: z.string() }).nullable(),
    created: z.boolean(),
    changedBy: z.string(),
  }),
  example: {
    projectId: 'b0b0b0b0-1111-4222-8333-444455556666',
    clientId: CLIENT_ID,
    name: 'Website redesign',
    status: 'in-progress',
    progress: 40,
    startDate: '2026-01-05',
    dueDate: '2026-04-30',
    completedAt: '',
    contractValueMinor: 1800000,
    currency: 'EUR',
    milestones: [
      {
        milestoneId: 'd0d0d0d0-1111-4222-8333-444455556666',
        name: 'Design approved',
        dueDate: '2026-02-15',
        done: true,
      },
    ],
    rating: null,
    created: false,
    changedBy: STAFF_ID,
  },
});

export const projectDeletedV1 = defineEvent({
  type: 'crm.project.deleted',
  version: 1,
  producer: 'crm',
  subject: 'project id',
  description: 'A project was deleted.',
  consumers: [
    'crm (timeline, metrics, dashboard)',
    'crm (the client list: project count, value, last activity)',
    'portal (workspace progress and milestones)',
  ],
  schema: z.object({
    projectId: fields.id(),
    clientId: fields.id(),
    name: z.string(),
    deletedBy: z.string(),
  }),
  example: {
    projectId: 'b0b0b0b0-1111-4222-8333-444455556666',
    clientId: CLIENT_ID,
    name: 'Website redesign',
    deletedBy: STAFF_ID,
  },
});

/** What crm publishes today, on crm.events. */
export const crmEvents = [
  clientCreatedV1,
  contactAddedV1,
  clientUpdatedV1,
  clientStatusChangedV1,
  clientDeletedV1,
  contactUpdatedV1,
  contactRemovedV1,
  projectChangedV1,
  projectDeletedV1,
] as const;
