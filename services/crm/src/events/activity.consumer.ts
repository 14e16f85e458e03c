import type { CatalogueEvent } from '@client-portal/events';
import type { EventHandlers, HandlerContext } from '@client-portal/kit';
import { projectChanges, type ProjectSummary, type TimelineEntry } from '../domain/activity.js';
import type { ConversationRepository } from '../store/conversation.repository.js';
import type { InvoiceFactRepository } from '../store/invoice-fact.repository.js';
import type { ProjectSummaryRepository } from '../store/project-summary.repository.js';
import type { TimelineRepository } from '../store/timeline.repository.js';

export interface ActivityStores {
  timeline: TimelineRepository;
  projects: ProjectSummaryRepository;
  invoices: InvoiceFactRepository;
  conversations: ConversationRepository;
}

type Handled =
  | 'crm.client.created'
  | 'crm.client.updated'
  | 'crm.client.status_changed'
  | 'crm.contact.added'
  | 'crm.contact.updated'
  | 'crm.contact.removed'
  | 'crm.project.changed'
  | 'crm.project.deleted'
  | 'billing.invoice.issued'
  | 'messaging.message.posted'
  | 'portal.workspace.created'
  | 'identity.invitation.sent'
  | 'identity.user.activated';

/** The part of an event every entry is built from; the entry id is the event id (idempotent insert). */
function entryOf(
  event: { id: string; tenantId: string; occurredAt: string },
  entry: Pick<TimelineEntry, 'clientId' | 'kind' | 'category' | 'params'> & Partial<TimelineEntry>,
): TimelineEntry {
  return {
    id: event.id,
    tenantId: event.tenantId,
    actorId: '',
    actorName: '',
    occurredAt: new Date(event.occurredAt),
    linkType: '',
    linkId: '',
    body: '',
    editedAt: null,
    ...entry,
  };
}

const fullName = (first: string, last: string): string => `${first} ${last}`.trim();
const EXCERPT_LENGTH = 140;

/** Timeline entries from another service's fact: the event's own id makes a redelivery a no-op. */
async function projectChanged(
  stores: ActivityStores,
  event: Extract<CatalogueEvent, { type: 'crm.project.changed' }>,
  context: HandlerContext,
): Promise<void> {
  const data = event.data;
  const next: ProjectSummary = {
    id: data.projectId,
    tenantId: event.tenantId,
    clientId: data.clientId,
    name: data.name,
    status: data.status,
    progress: data.progress,
    startDate: data.startDate,
    dueDate: data.dueDate,
    completedAt: data.completedAt,
    contractValueMinor: data.contractValueMinor,
    currency: data.currency,
    milestones: data.milestones.map((milestone) => ({ ...milestone })),
    rating: data.rating ? { ...data.rating } : null,
    deleted: false,
    updatedAt: new Date(event.occurredAt),
  };
  // One project's events share a partition (keyed by project id), so the kept snapshot is the one
  // just before this event. The entries go in before the snapshot moves on: a crash in between
  // replays the same comparison and meets the same entry ids.
  const previous = await stores.projects.find(event.tenantId, data.projectId);
  // A snapshot older than the kept one (a replay from an earlier offset) must not roll it back.
  if (previous && previous.updatedAt.getTime() > next.updatedAt.getTime()) return;
  const changes = projectChanges(previous?.deleted ? undefined : previous, next);
  await stores.timeline.record(
    ...changes.map((change, index) =>
      entryOf(event, {
        id: index === 0 ? event.id : `${event.id}:${index}`,
        clientId: data.clientId,
        kind: change.kind,
        category: 'project',
        params: change.params,
        actorId: data.changedBy,
        linkType: 'project',
        linkId: data.projectId,
      }),
    ),
  );
  await stores.projects.save(context, next);
}

export function activityHandlers(stores: ActivityStores): Pick<EventHandlers<CatalogueEvent>, Handled> {
  const { timeline } = stores;
  return {
    'crm.client.created': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'client.created',
          category: 'client',
          params: { name: event.data.name, status: event.data.status },
        }),
      );
    },
    'crm.client.updated': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'client.updated',
          category: 'client',
          params: { name: event.data.name, archived: String(event.data.archived) },
          actorId: event.data.changedBy,
        }),
      );
    },
    'crm.client.status_changed': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'client.status_changed',
          category: 'client',
          params: { from: event.data.from, to: event.data.to },
          actorId: event.data.changedBy,
          occurredAt: new Date(event.data.changedAt),
        }),
      );
    },
    'crm.contact.added': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'contact.added',
          category: 'contact',
          params: {
            name: fullName(event.data.firstName, event.data.lastName),
            email: event.data.email,
            role: event.data.role,
          },
          linkType: 'contact',
          linkId: event.data.contactId,
        }),
      );
    },
    'crm.contact.updated': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'contact.updated',
          category: 'contact',
          params: { name: fullName(event.data.firstName, event.data.lastName), email: event.data.email },
          linkType: 'contact',
          linkId: event.data.contactId,
        }),
      );
    },
    'crm.contact.removed': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'contact.removed',
          category: 'contact',
          params: { email: event.data.email },
        }),
      );
    },
    'crm.project.changed': (event, context) => projectChanged(stores, event, context),
    'crm.project.deleted': async (event, context) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'project.deleted',
          category: 'project',
          params: { name: event.data.name },
          actorId: event.data.deletedBy,
        }),
      );
      await stores.projects.markDeleted(
        context,
        event.tenantId,
        event.data.projectId,
        new Date(event.occurredAt),
      );
    },
    'billing.invoice.issued': async (event) => {
      const { data } = event;
      await stores.invoices.record({
        id: data.invoiceId,
        tenantId: event.tenantId,
        clientId: data.clientId,
        number: data.number,
        currency: data.currency,
        totalMinor: data.totalMinor,
        issuedAt: new Date(data.issuedAt),
      });
      await timeline.record(
        entryOf(event, {
          clientId: data.clientId,
          kind: 'invoice.issued',
          category: 'invoice',
          params: { number: data.number, totalMinor: String(data.totalMinor), currency: data.currency },
          occurredAt: new Date(data.issuedAt),
          linkType: 'invoice',
          linkId: data.invoiceId,
        }),
      );
    },
    'messaging.message.posted': async (event) => {
      const { data } = event;
      // Issue 12: an internal discussion is no answer to the client (the dashboard's requests waiting);
      // its messages still reach the staff-only timeline below.
      if (data.clientVisible)
        await stores.conversations.recordMessage({
          // A workspace's default conversation keeps issue 10's key (its id is the workspace's).
          workspaceId: data.conversationId || data.workspaceId,
          tenantId: event.tenantId,
          clientId: data.clientId,
          lastAuthorKind: data.author.kind,
          lastAuthorName: data.author.displayName,
          lastMessageId: data.messageId,
          lastMessageAt: new Date(data.createdAt),
        });
      const excerpt =
        data.body.length > EXCERPT_LENGTH ? `${data.body.slice(0, EXCERPT_LENGTH - 1)}…` : data.body;
      await timeline.record(
        entryOf(event, {
          clientId: data.clientId,
          kind: data.author.kind === 'client' ? 'message.from_client' : 'message.from_staff',
          category: 'message',
          params: { author: data.author.displayName, excerpt },
          actorId: data.author.userId,
          actorName: data.author.displayName,
          occurredAt: new Date(data.createdAt),
          linkType: 'workspace',
          linkId: data.workspaceId,
        }),
      );
    },
    'portal.workspace.created': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'portal.enabled',
          category: 'portal',
          params: { name: event.data.name },
          linkType: 'workspace',
          linkId: event.data.workspaceId,
        }),
      );
    },
    'identity.invitation.sent': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'invitation.sent',
          category: 'portal',
          params: { email: event.data.email, name: event.data.displayName },
          actorId: event.data.invitedBy,
          linkType: 'workspace',
          linkId: event.data.workspaceId,
        }),
      );
    },
    'identity.user.activated': async (event) => {
      await timeline.record(
        entryOf(event, {
          clientId: event.data.clientId,
          kind: 'user.activated',
          category: 'portal',
          params: { email: event.data.email },
        }),
      );
    },
  };
}
