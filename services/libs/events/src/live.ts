import { z } from 'zod';
import {
  documentCommentedV1,
  documentIssuedV1,
  documentSentV1,
  documentViewedV1,
  documentVoidedV1,
  invoiceIssuedV1,
  invoicePaidV1,
  orderPlacedV1,
  paymentRecordedV1,
  paymentRefundedV1,
  quoteAcceptedV1,
  quoteRejectedV1,
} from './billing.events.js';
import type { CatalogueEvent } from './catalogue.js';
import { summarizeIssues } from './define.js';
import {
  workspaceMemberAddedV1,
  workspaceMemberRemovedV1,
  workspaceMemberRightsChangedV1,
} from './identity.events.js';
import {
  conversationChangedV1,
  conversationReadV1,
  messageDeletedV1,
  messageEditedV1,
  messageMentionSchema,
  messagePostedV1,
} from './messaging.events.js';
import { inboxNotificationPostedV1, inboxNotificationsReadV1 } from './inbox.events.js';
import {
  contentEvents,
  deliverableCreatedV1,
  deliverableDecidedV1,
  deliverableSubmittedV1,
  fileEvents,
  taskEvents,
  workspaceArchivedV1,
  workspaceCreatedV1,
  workspaceRestoredV1,
  workspaceUpdatedV1,
  workspaceViewedAsClientV1,
} from './portal.events.js';

/**
 * The live stream's contract (GET /api/events, server-sent events), shared by the gateway that writes
 * it and the web app that reads it. Each frame is `event: <name>`, `id: <event id>`, `data: <JSON>`,
 * where the data is the catalogue payload of the event, as a viewer may see it.
 */
export const liveEventSchemas = {
  // A client user is not told the agency's internal user ids: a staff author's id arrives empty.
  // Issue 12: `clientAudience` travels only when it narrows (the live hub reads an empty list as "no
  // client user"), and conversationId always names the conversation (the workspace's default one for
  // old events).
  'message.posted': messagePostedV1.schema.extend({
    author: messagePostedV1.schema.shape.author.extend({ userId: z.string() }),
    clientAudience: z.array(z.string()).optional(),
    // Message actions: a client user is not told the ids of the agency's people mentioned either.
    mentions: z.array(messageMentionSchema.extend({ userId: z.string() })).optional(),
  }),
  'invoice.issued': invoiceIssuedV1.schema,
  'workspace.created': workspaceCreatedV1.schema,
  // Any other change of a client's billing (a document issued, sent, viewed, answered, commented or
  // voided; a payment; an order): open billing screens of that client reload what they show. Only
  // the ids travel, never amounts or recipients.
  'billing.changed': z.object({
    clientId: z.string(),
    subject: z.string().describe('the document, payment or order id'),
    change: z.string().describe('the catalogue event type, e.g. billing.quote.accepted'),
  }),
  // Any change inside a workspace (a task, file, deliverable or decision, link, embed, note, member):
  // open screens of that workspace reload what they show. Only ids travel. A change to something
  // internal (an internal task, a file not shared with the client) reaches staff only.
  'workspace.changed': z.object({
    clientId: z.string(),
    workspaceId: z.string(),
    subject: z.string().describe('the task, file, deliverable, link, embed or note id'),
    change: z.string().describe('the catalogue event type, e.g. portal.deliverable.decided'),
    clientVisible: z.boolean().describe('false: staff only'),
  }),
  // Inbox slice (issue 12): an in-app notification for one person (recipientUserId), and one or all of
  // their notifications marked read (their other tabs). Only that person's streams get them.
  'notification.created': inboxNotificationPostedV1.schema.omit({ sourceEventId: true }),
  'notification.read': inboxNotificationsReadV1.schema,
  // Issue 12 (conversations): a conversation was opened or renamed; open lists of its workspace or
  // client reload. Internal ones reach staff only; a contact's own conversation only that contact.
  'conversation.changed': conversationChangedV1.schema.extend({
    clientAudience: z.array(z.string()).optional(),
  }),
  // Issue 12 (conversations): the person read a conversation in another tab: their badges clear.
  'conversation.read': conversationReadV1.schema
    .omit({ userId: true })
    .extend({ recipientUserId: z.string(), clientAudience: z.array(z.string()).optional() }),
  // Message actions (issue 12): a message was edited or deleted; open threads show the change in place.
  // clientAudience is present only when the conversation is limited to some client users.
  'message.changed': z.object({
    messageId: z.string(),
    conversationId: z.string(),
    workspaceId: z.string(),
    clientId: z.string(),
    clientVisible: z.boolean().describe('false: staff only'),
    clientAudience: z.array(z.string()).optional(),
    change: z.enum(['edited', 'deleted']),
    body: z.string().describe("the new text; '' once deleted"),
    editedAt: z.string().describe("'' unless edited"),
    deletedAt: z.string().describe("'' unless deleted"),
  }),
};

export type LiveEventName = keyof typeof liveEventSchemas;
export type LiveData<Name extends LiveEventName> = z.output<(typeof liveEventSchemas)[Name]>;
/** One live update: its name, the id of the event behind it, and its data. */
export type LiveEvent = {
  [Name in LiveEventName]: { name: Name; id: string; data: LiveData<Name> };
}[LiveEventName];

const billingChangeSources = [
  documentIssuedV1,
  documentSentV1,
  documentViewedV1,
  documentVoidedV1,
  quoteAcceptedV1,
  quoteRejectedV1,
  documentCommentedV1,
  paymentRecordedV1,
  paymentRefundedV1,
  invoicePaidV1,
  orderPlacedV1,
] as const;

/** Which catalogue events feed each live update, for the gateway's subscription and the docs. */
export const liveEventSources = {
  'message.posted': [messagePostedV1],
  'invoice.issued': [invoiceIssuedV1],
  'workspace.created': [workspaceCreatedV1],
  'billing.changed': billingChangeSources,
  // Issue 10: every portal event about a workspace's content is listed here (its data carries
  // workspaceId, clientId and clientVisible) and mapped with workspaceChange() in toLiveEvent.
  'workspace.changed': [
    ...fileEvents,
    // access slice
    workspaceUpdatedV1,
    workspaceArchivedV1,
    workspaceRestoredV1,
    workspaceMemberAddedV1,
    workspaceMemberRightsChangedV1,
    workspaceMemberRemovedV1,
    // deliverables slice
    deliverableCreatedV1,
    deliverableSubmittedV1,
    deliverableDecidedV1,
    // tasks slice
    ...taskEvents,
    // content slice
    ...contentEvents,
    // home slice
    workspaceViewedAsClientV1,
  ],
  // inbox slice
  'notification.created': [inboxNotificationPostedV1],
  'notification.read': [inboxNotificationsReadV1],
  // conversations slice
  'conversation.changed': [conversationChangedV1],
  'conversation.read': [conversationReadV1],
  // message actions slice
  'message.changed': [messageEditedV1, messageDeletedV1],
} as const;

/** An audience that narrows (some client users), or nothing: an empty one means "all of them". */
function narrowing(audience: string[]): string[] | undefined {
  return audience.length > 0 ? audience : undefined;
}

/**
 * The live update of a workspace content event: its data names the workspace, the client and whether a
 * client user may know about it.
 */
export function workspaceChange(event: {
  id: string;
  type: string;
  subject: string;
  data: { workspaceId: string; clientId: string; clientVisible: boolean };
}): LiveEvent {
  return {
    name: 'workspace.changed',
    id: event.id,
    data: {
      clientId: event.data.clientId,
      workspaceId: event.data.workspaceId,
      subject: event.subject,
      change: event.type,
      clientVisible: event.data.clientVisible,
    },
  };
}

/**
 * The live update a catalogue event becomes, if the browser hears about that type at all. Every type is
 * listed, so a new one is a conscious choice: live or not.
 */
export function toLiveEvent(event: CatalogueEvent): LiveEvent | undefined {
  switch (event.type) {
    case 'messaging.message.posted':
      return {
        name: 'message.posted',
        id: event.id,
        data: {
          ...event.data,
          conversationId: event.data.conversationId || event.data.workspaceId,
          clientAudience: narrowing(event.data.clientAudience),
        },
      };
    case 'messaging.conversation.changed':
      return {
        name: 'conversation.changed',
        id: event.id,
        data: { ...event.data, clientAudience: narrowing(event.data.clientAudience) },
      };
    case 'messaging.conversation.read': {
      const { userId, ...data } = event.data;
      return {
        name: 'conversation.read',
        id: event.id,
        data: { ...data, recipientUserId: userId, clientAudience: narrowing(data.clientAudience) },
      };
    }
    case 'billing.invoice.issued':
      return { name: 'invoice.issued', id: event.id, data: event.data };
    case 'portal.workspace.created':
      return { name: 'workspace.created', id: event.id, data: event.data };
    case 'portal.workspace.updated':
    case 'portal.workspace.archived':
    case 'portal.workspace.restored':
    case 'identity.workspace_member.added':
    case 'identity.workspace_member.rights_changed':
    case 'identity.workspace_member.removed':
      return workspaceChange(event);
    case 'portal.deliverable.created':
    case 'portal.deliverable.submitted':
    case 'portal.deliverable.decided':
      return workspaceChange(event);
    case 'billing.document.issued':
    case 'billing.document.sent':
    case 'billing.document.viewed':
    case 'billing.document.voided':
    case 'billing.quote.accepted':
    case 'billing.quote.rejected':
    case 'billing.document.commented':
    case 'billing.payment.recorded':
    case 'billing.payment.refunded':
    case 'billing.invoice.paid':
    case 'billing.order.placed':
      return {
        name: 'billing.changed',
        id: event.id,
        data: { clientId: event.data.clientId, subject: event.subject, change: event.type },
      };
    case 'portal.file.shared':
    case 'portal.file.updated':
    case 'portal.file.deleted':
    case 'portal.folder.created':
    case 'portal.folder.renamed':
    case 'portal.folder.deleted':
      return workspaceChange(event);
    case 'portal.task.created':
    case 'portal.task.updated':
    case 'portal.task.completed':
    case 'portal.task.deleted':
    case 'portal.task.commented':
      return workspaceChange(event);
    // Content slice: links, embeds, notes. A note made internal still tells the client's open screen
    // to reload (only its id travels), so the note leaves it at once.
    case 'portal.link.created':
    case 'portal.link.updated':
    case 'portal.link.deleted':
    case 'portal.link.reordered':
    case 'portal.embed.created':
    case 'portal.embed.updated':
    case 'portal.embed.deleted':
      return workspaceChange(event);
    case 'portal.note.created':
    case 'portal.note.updated':
    case 'portal.note.deleted':
      return workspaceChange({
        ...event,
        data: { ...event.data, clientVisible: event.data.clientVisible || event.data.wasClientVisible },
      });
    case 'portal.workspace.viewed_as_client':
      return workspaceChange(event);
    // Message actions (issue 12): an edit or a deletion shows in place on every open thread; a mention
    // reaches people through their notifications, not the stream.
    case 'messaging.message.edited':
    case 'messaging.message.deleted': {
      const { clientAudience, ...place } = event.data;
      const edited = event.type === 'messaging.message.edited';
      return {
        name: 'message.changed',
        id: event.id,
        data: {
          messageId: place.messageId,
          conversationId: place.conversationId,
          workspaceId: place.workspaceId,
          clientId: place.clientId,
          clientVisible: place.clientVisible,
          ...(clientAudience.length > 0 ? { clientAudience } : {}),
          change: edited ? 'edited' : 'deleted',
          body: edited ? event.data.body : '',
          editedAt: edited ? event.data.editedAt : '',
          deletedAt: edited ? '' : event.data.deletedAt,
        },
      };
    }
    case 'messaging.message.mentioned':
      return undefined;
    case 'billing.invoice.reminded':
    case 'identity.tenant.created':
    case 'identity.branding.changed':
    case 'identity.invitation.sent':
    case 'identity.user.activated':
    case 'identity.staff.changed':
    case 'identity.staff.invited':
    case 'identity.access.revoked': // no browser update: the gateway's live hub closes the streams itself
    case 'crm.client.created':
    case 'crm.contact.added':
    case 'crm.client.updated':
    case 'crm.client.status_changed':
    case 'crm.client.deleted':
    case 'crm.contact.updated':
    case 'crm.contact.removed':
    case 'crm.project.changed':
    case 'crm.project.deleted':
    case 'notification.notification.delivered':
    case 'notification.notification.failed':
      return undefined;
    // Inbox slice: targeted at the recipient (recipientUserId), never anyone else.
    case 'notification.inbox.posted': {
      const { sourceEventId: _sourceEventId, ...data } = event.data;
      return { name: 'notification.created', id: event.id, data };
    }
    case 'notification.inbox.read':
      return { name: 'notification.read', id: event.id, data: event.data };
  }
}

/** The same update as a client user may see it: who wrote, but not the agency's internal user ids. */
export function forClientUser(event: LiveEvent): LiveEvent {
  if (event.name !== 'message.posted') return event;
  // Message actions: nor the ids of the agency's people a message mentions.
  const mentions = (event.data.mentions ?? []).map((mention) =>
    mention.kind === 'client' ? mention : { ...mention, userId: '' },
  );
  const author =
    event.data.author.kind === 'client' ? event.data.author : { ...event.data.author, userId: '' };
  return { ...event, data: { ...event.data, author, mentions } };
}

/**
 * Reads one frame as the browser receives it: the typed update, or why it is not one (an unknown name
 * from a newer gateway, or data that does not fit its schema).
 */
export function parseLiveEvent(
  name: string,
  id: string,
  data: unknown,
): { success: true; event: LiveEvent } | { success: false; reason: string } {
  const failed = (error: z.ZodError) => ({
    success: false as const,
    reason: `${name}: ${summarizeIssues(error)}`,
  });
  switch (name) {
    case 'message.posted': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'invoice.issued': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'workspace.created': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'billing.changed': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'workspace.changed': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'notification.created': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'notification.read': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'conversation.changed': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'conversation.read': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    case 'message.changed': {
      const result = liveEventSchemas[name].safeParse(data);
      return result.success
        ? { success: true, event: { name, id, data: result.data } }
        : failed(result.error);
    }
    default:
      return { success: false, reason: `${name} is not a live update this app knows` };
  }
}
