import { z } from 'zod';
import { defineEvent, fields } from './define.js';

/**
 * What every portal event about a workspace's content carries (issue 10), first in its schema: the
 * gateway's live stream (workspaceChange in live.ts) and the workspace timeline read these. A thing a
 * client user may not see (an internal task, a file not shared) has clientVisible false: its events
 * reach staff screens only and stay out of the client's timeline.
 */
export const workspaceEventFields = {
  workspaceId: fields.id(),
  clientId: fields.id(),
  clientVisible: z.boolean().describe('false: staff only (live stream, timeline)'),
  actorName: z.string().describe("who did it, as people see them ('' when the platform did)"),
  title: z.string().describe('what it is about: the task title, file name, deliverable title, …'),
};

export const workspaceCreatedV1 = defineEvent({
  type: 'portal.workspace.created',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description: "A client's portal was enabled: its workspace exists.",
  consumers: [
    'crm (timeline, metrics, dashboard)',
    'messaging (workspace → client map)',
    'notification (workspace names for e-mails)',
    'gateway (live updates)',
    'crm (a client with a workspace is archived, not deleted)',
  ],
  schema: z.object({
    workspaceId: fields.id(),
    clientId: fields.id(),
    clientName: z.string(),
    name: z.string(),
  }),
  example: {
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientName: 'Globex',
    name: 'Globex',
  },
});

// ---- home slice (issue 10): "view as client" --------------------------------------------------
export const workspaceViewedAsClientV1 = defineEvent({
  type: 'portal.workspace.viewed_as_client',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description:
    'A staff member opened the portal as one of the client’s users ("view as client", read-only): one event per workspace that user sees. Staff only.',
  consumers: ['portal (workspace timeline)', 'gateway (live updates, staff only)'],
  schema: z.object({
    ...workspaceEventFields,
    viewedUserName: z.string().describe('the client user whose portal was viewed'),
  }),
  example: {
    workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientVisible: false,
    actorName: 'Olivia Owner',
    title: 'Globex',
    viewedUserName: 'Dana Client',
  },
});
// ---- end home slice ---------------------------------------------------------------------------

// ---- Content slice (issue 10): links, embeds and notes of a workspace -------------------------------

const CONTENT_CONSUMERS = ['portal (workspace timeline)', 'gateway (live updates: workspace.changed)'];
const WORKSPACE_EXAMPLE = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: true,
  actorName: 'Mia Member',
};

/** One event of a link, embed or note: the workspace fields, then what it names. */
function contentEvent<const Type extends string, Extra extends z.ZodRawShape>(
  type: Type,
  description: string,
  extra: Extra,
  example: z.input<z.ZodObject<typeof workspaceEventFields & Extra>>,
) {
  return defineEvent({
    type,
    version: 1,
    producer: 'portal',
    subject: `${type.split('.')[1] ?? 'content'} id`,
    description,
    consumers: CONTENT_CONSUMERS,
    schema: z.object({ ...workspaceEventFields, ...extra }),
    example,
  });
}

const linkFields = { linkId: fields.id(), url: z.string() };
const LINK_EXAMPLE = {
  ...WORKSPACE_EXAMPLE,
  title: 'Brand guidelines',
  linkId: '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f',
  url: 'https://brand.example.com/guidelines',
};
export const linkCreatedV1 = contentEvent(
  'portal.link.created',
  'Staff added a useful link to a workspace (client users with the view right see it).',
  linkFields,
  LINK_EXAMPLE,
);
export const linkUpdatedV1 = contentEvent(
  'portal.link.updated',
  "A link's title, URL or description changed.",
  linkFields,
  LINK_EXAMPLE,
);
export const linkDeletedV1 = contentEvent(
  'portal.link.deleted',
  'A link was removed.',
  linkFields,
  LINK_EXAMPLE,
);
export const linkReorderedV1 = contentEvent(
  'portal.link.reordered',
  "The workspace's links were put in a new order (subject: the first link; title: empty).",
  { linkIds: z.array(fields.id()) },
  { ...WORKSPACE_EXAMPLE, title: '', linkIds: ['0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f'] },
);

const embedFields = { embedId: fields.id(), host: z.string() };
const EMBED_EXAMPLE = {
  ...WORKSPACE_EXAMPLE,
  title: 'Homepage mock-up',
  embedId: '1c2d3e4f-5061-4728-939a-4b5c6d7e8f90',
  host: 'www.figma.com',
};
export const embedCreatedV1 = contentEvent(
  'portal.embed.created',
  "Staff embedded a page from a host on the tenant's allow-list in a workspace.",
  embedFields,
  EMBED_EXAMPLE,
);
export const embedUpdatedV1 = contentEvent(
  'portal.embed.updated',
  "An embed's title or URL changed.",
  embedFields,
  EMBED_EXAMPLE,
);
export const embedDeletedV1 = contentEvent(
  'portal.embed.deleted',
  'An embed was removed.',
  embedFields,
  EMBED_EXAMPLE,
);

const noteFields = {
  noteId: fields.id(),
  wasClientVisible: z
    .boolean()
    .describe('whether the note was client-visible before this change (a note made internal: true)'),
};
const NOTE_EXAMPLE = {
  ...WORKSPACE_EXAMPLE,
  title: 'Kick-off summary',
  noteId: '2d3e4f50-6172-4839-a4ab-5c6d7e8f9012',
  wasClientVisible: true,
};
export const noteCreatedV1 = contentEvent(
  'portal.note.created',
  'Staff wrote a note in a workspace, client-visible or internal (clientVisible false: staff only).',
  noteFields,
  NOTE_EXAMPLE,
);
export const noteUpdatedV1 = contentEvent(
  'portal.note.updated',
  "A note's title, text or visibility changed (clientVisible: after the change).",
  noteFields,
  NOTE_EXAMPLE,
);
export const noteDeletedV1 = contentEvent(
  'portal.note.deleted',
  'A note was deleted.',
  noteFields,
  NOTE_EXAMPLE,
);

/** The content slice's events, all carrying workspaceEventFields. */
export const contentEvents = [
  linkCreatedV1,
  linkUpdatedV1,
  linkDeletedV1,
  linkReorderedV1,
  embedCreatedV1,
  embedUpdatedV1,
  embedDeletedV1,
  noteCreatedV1,
  noteUpdatedV1,
  noteDeletedV1,
] as const;

// ---- tasks slice (issue 10): tasks and their comments --------------------------------------------
const TASK_CONSUMERS = ['gateway (live updates: workspace.changed)', 'portal (workspace timeline)'];
const taskExample = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: true,
  actorName: 'Olivia Owner',
  title: 'Send the brand guidelines',
  taskId: 'f00df00d-1111-4222-8333-444455556666',
  status: 'todo' as const,
  assignee: { kind: 'staff' as const, id: 'b0b0b0b0-1111-4222-8333-444455556666', name: 'Sam Staff' },
  dueDate: '2026-12-04',
  newlyAssigned: true,
};
const taskStatusSchema = z.enum(['todo', 'in_progress', 'done']);
const taskFields = {
  ...workspaceEventFields,
  taskId: fields.id(),
  status: taskStatusSchema,
  // Issue 12 (notify-events): who the task is for and when it is due, so the assignee can be told.
  assignee: z
    .object({
      kind: z.enum(['staff', 'contact']),
      id: z.string().describe('a staff id, or the CRM contact id of a client user'),
      name: z.string(),
    })
    .nullable()
    .default(null)
    .describe('who the task is for; null: nobody'),
  dueDate: z.string().default('').describe("YYYY-MM-DD or ''"),
  newlyAssigned: z
    .boolean()
    .default(false)
    .describe('the assignee is new with this change (created with one, or given to someone else)'),
};

export const taskCreatedV1 = defineEvent({
  type: 'portal.task.created',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description: 'A task was added to a workspace (clientVisible: the task is client-visible).',
  consumers: TASK_CONSUMERS,
  schema: z.object(taskFields),
  example: taskExample,
});

export const taskUpdatedV1 = defineEvent({
  type: 'portal.task.updated',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description:
    'A task was edited or moved (title, description, assignee, due date, visibility, status other than done, place on the board).',
  consumers: TASK_CONSUMERS,
  schema: z.object(taskFields),
  example: { ...taskExample, status: 'in_progress' as const },
});

export const taskCompletedV1 = defineEvent({
  type: 'portal.task.completed',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description: 'A task was moved to done.',
  consumers: TASK_CONSUMERS,
  schema: z.object(taskFields),
  example: { ...taskExample, status: 'done' as const },
});

export const taskDeletedV1 = defineEvent({
  type: 'portal.task.deleted',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description: 'A task was deleted.',
  consumers: TASK_CONSUMERS,
  schema: z.object(taskFields),
  example: taskExample,
});

export const taskCommentedV1 = defineEvent({
  type: 'portal.task.commented',
  version: 1,
  producer: 'portal',
  subject: 'task id',
  description:
    'Someone commented on a task (clientVisible: both the task and the comment are client-visible). Never carries the comment text.',
  consumers: TASK_CONSUMERS,
  schema: z.object({ ...taskFields, commentId: fields.id() }),
  example: { ...taskExample, commentId: 'c0c0c0c0-1111-4222-8333-444455556666' },
});

export const taskEvents = [
  taskCreatedV1,
  taskUpdatedV1,
  taskCompletedV1,
  taskDeletedV1,
  taskCommentedV1,
] as const;
// ---- end of the tasks slice ------------------------------------------------------------------------

// ---------------------------------------------------------------------------------- files (issue 10)

const fileEventFields = {
  ...workspaceEventFields,
  fileId: fields.id(),
  folderId: z.string().describe("the folder holding it ('' at the top of the workspace)"),
  contentType: z.string().describe('sniffed from the bytes'),
  sizeBytes: z.number().int().nonnegative(),
  // Issue 12 (notify-events): who shared it, so the other side is told and the uploader is not.
  actorKind: z
    .enum(['staff', 'client', ''])
    .default('')
    .describe("staff or client ('' in events from before issue 12)"),
  actorUserId: z.string().default('').describe("the uploader's user id ('' before issue 12)"),
};
const fileExample = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: true,
  actorName: 'Ada Lovelace',
  title: 'Brief.pdf',
  fileId: 'f1e2d3c4-b5a6-4978-8877-665544332211',
  folderId: '',
  contentType: 'application/pdf',
  sizeBytes: 48213,
  actorKind: 'staff' as const,
  actorUserId: 'b0b0b0b0-1111-4222-8333-444455556666',
};

export const fileSharedV1 = defineEvent({
  type: 'portal.file.shared',
  version: 1,
  producer: 'portal',
  subject: 'file id',
  description:
    'A file was uploaded to a workspace and passed the checks (size, sniffed type): it is now listed (clientVisible: shared with the client).',
  consumers: ['gateway (live updates)', 'portal (workspace timeline)'],
  schema: z.object(fileEventFields),
  example: fileExample,
});

export const fileUpdatedV1 = defineEvent({
  type: 'portal.file.updated',
  version: 1,
  producer: 'portal',
  subject: 'file id',
  description:
    'A file was renamed, moved or shared with / hidden from the client. clientVisible is true when the client saw it before or sees it now.',
  consumers: ['gateway (live updates)', 'portal (workspace timeline)'],
  schema: z.object({
    ...fileEventFields,
    change: z.enum(['renamed', 'moved', 'shared', 'hidden']),
  }),
  example: { ...fileExample, change: 'renamed' },
});

export const fileDeletedV1 = defineEvent({
  type: 'portal.file.deleted',
  version: 1,
  producer: 'portal',
  subject: 'file id',
  description: 'A file was deleted from a workspace (its stored object with it).',
  consumers: ['gateway (live updates)', 'portal (workspace timeline)'],
  schema: z.object(fileEventFields),
  example: fileExample,
});

const folderEventFields = {
  ...workspaceEventFields,
  folderId: fields.id(),
  parentId: z.string().describe("the parent folder ('' at the top of the workspace)"),
};
const folderExample = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: true,
  actorName: 'Ada Lovelace',
  title: 'Designs',
  folderId: 'd0d0d0d0-1111-4222-8333-444455556666',
  parentId: '',
};

export const folderCreatedV1 = defineEvent({
  type: 'portal.folder.created',
  version: 1,
  producer: 'portal',
  subject: 'folder id',
  description: 'A folder was created in a workspace.',
  consumers: ['gateway (live updates)', 'portal (workspace timeline)'],
  schema: z.object(folderEventFields),
  example: folderExample,
});

export const folderRenamedV1 = defineEvent({
  type: 'portal.folder.renamed',
  version: 1,
  producer: 'portal',
  subject: 'folder id',
  description: 'A folder of a workspace was renamed (title: its new name).',
  consumers: ['gateway (live updates)', 'portal (workspace timeline)'],
  schema: z.object(folderEventFields),
  example: folderExample,
});

export const folderDeletedV1 = defineEvent({
  type: 'portal.folder.deleted',
  version: 1,
  producer: 'portal',
  subject: 'folder id',
  description: 'An empty folder was deleted from a workspace.',
  consumers: ['gateway (live updates)', 'portal (workspace timeline)'],
  schema: z.object(folderEventFields),
  example: folderExample,
});

/** The files slice's events, on portal.events. */
export const fileEvents = [
  fileSharedV1,
  fileUpdatedV1,
  fileDeletedV1,
  folderCreatedV1,
  folderRenamedV1,
  folderDeletedV1,
] as const;

// ---- Access slice (issue 10): a workspace renamed, its modules switched, archived or restored. ----

const workspaceChangeExample = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  clientVisible: true,
  actorName: 'Ada Lovelace',
  title: 'Globex website',
};

export const workspaceUpdatedV1 = defineEvent({
  type: 'portal.workspace.updated',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description:
    'Staff renamed a workspace or switched its modules. A module change is configuration: clientVisible is false (staff screens and timeline only).',
  consumers: ['gateway (live updates)', 'portal (timeline)', 'messaging, notification (workspace names)'],
  schema: z.object({
    ...workspaceEventFields,
    change: z.enum(['renamed', 'modules']),
    name: z.string().describe('the workspace name after the change'),
    modules: z.array(z.string()).describe('the modules switched on after the change'),
  }),
  example: {
    ...workspaceChangeExample,
    change: 'renamed',
    name: 'Globex website',
    modules: ['tasks', 'files'],
  },
});

export const workspaceArchivedV1 = defineEvent({
  type: 'portal.workspace.archived',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description: "A workspace was archived: read-only for everybody, gone from the client's navigation.",
  consumers: ['gateway (live updates)', 'portal (timeline)'],
  schema: z.object({ ...workspaceEventFields }),
  example: workspaceChangeExample,
});

export const workspaceRestoredV1 = defineEvent({
  type: 'portal.workspace.restored',
  version: 1,
  producer: 'portal',
  subject: 'workspace id',
  description: 'An archived workspace was restored: usable again and back in the navigation.',
  consumers: ['gateway (live updates)', 'portal (timeline)'],
  schema: z.object({ ...workspaceEventFields }),
  example: workspaceChangeExample,
});

// ---- Deliverables (issue 10, slice "deliverables"): docs/workspaces-deliverables.md ----

const deliverableExample = {
  workspaceId: 'a5b6c7d8-e9f0-4a1b-8c2d-3e4f5a6b7c8d',
  clientId: 'c0ffee00-1111-4222-8333-444455556666',
  actorName: 'Mia Manager',
  title: 'Homepage mock-up',
  deliverableId: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a',
};

export const deliverableCreatedV1 = defineEvent({
  type: 'portal.deliverable.created',
  version: 1,
  producer: 'portal',
  subject: 'deliverable id',
  description:
    'Staff created a deliverable to approve; the client sees it once its first version is uploaded.',
  consumers: ['gateway (live updates, staff only)', 'portal (workspace timeline)'],
  schema: z.object({
    ...workspaceEventFields,
    deliverableId: fields.id(),
    approverCount: z.number().int().describe('0: any client user with "approve" decides'),
  }),
  example: { ...deliverableExample, clientVisible: false, approverCount: 2 },
});

export const deliverableSubmittedV1 = defineEvent({
  type: 'portal.deliverable.submitted',
  version: 1,
  producer: 'portal',
  subject: 'deliverable id',
  description:
    "A new version of a deliverable was uploaded and awaits the client's decision; earlier approvals were voided.",
  consumers: ['gateway (live updates)', 'portal (workspace timeline)'],
  schema: z.object({
    ...workspaceEventFields,
    deliverableId: fields.id(),
    version: z.number().int().positive(),
    fileName: z.string(),
    sha256: z.string().describe('SHA-256 (hex) of the exact stored bytes'),
    voidedApprovals: z.number().int().describe('approvals of earlier versions voided by this one'),
  }),
  example: {
    ...deliverableExample,
    clientVisible: true,
    version: 2,
    fileName: 'homepage-v2.pdf',
    sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    voidedApprovals: 1,
  },
});

export const deliverableDecidedV1 = defineEvent({
  type: 'portal.deliverable.decided',
  version: 1,
  producer: 'portal',
  subject: 'deliverable id',
  description: 'A client user approved a deliverable version or requested changes (evidence recorded).',
  consumers: ['gateway (live updates)', 'portal (workspace timeline)'],
  schema: z.object({
    ...workspaceEventFields,
    deliverableId: fields.id(),
    version: z.number().int().positive(),
    decision: z.enum(['approved', 'changes_requested']),
    decisionId: fields.id(),
    versionStatus: z
      .enum(['awaiting_approval', 'approved', 'changes_requested', 'superseded'])
      .describe('the version after the decision (awaiting: the next approver in order is due)'),
  }),
  example: {
    ...deliverableExample,
    clientVisible: true,
    actorName: 'Grace Hopper',
    version: 2,
    decision: 'approved',
    decisionId: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b',
    versionStatus: 'approved',
  },
});

export const deliverableEvents = [
  deliverableCreatedV1,
  deliverableSubmittedV1,
  deliverableDecidedV1,
] as const;

/** What portal publishes, on portal.events: each slice's list (merge-friendly: one line per slice). */
export const portalEvents = [
  workspaceCreatedV1,
  workspaceUpdatedV1,
  workspaceArchivedV1,
  workspaceRestoredV1,
  ...fileEvents,
  ...deliverableEvents,
  ...taskEvents,
  ...contentEvents,
  workspaceViewedAsClientV1,
] as const;
