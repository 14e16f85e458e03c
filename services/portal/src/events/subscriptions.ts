import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { SharedDocumentRepository } from '../store/shared-document.repository.js';
import type { WorkspaceProjectRepository } from '../store/workspace-project.repository.js';
import type { TimelineRecorder } from '../application/timeline-recorder.js';

/**
 * What portal consumes, in one place: billing documents, shared in every workspace of their client.
 * Events arrive checked against the catalogue; one that does not fit is dead-lettered with the reason.
 */
export function portalSubscriptions(
  documents: SharedDocumentRepository,
  timeline: TimelineRecorder,
  projects: WorkspaceProjectRepository,
): EventSubscriptions<CatalogueEvent> {
  // The workspace timeline (content slice): every portal event carrying workspaceEventFields is recorded
  // by the one generic function, recordWorkspaceEvent; a new type is one line in `timelineHandlers`.
  const record = (event: Parameters<TimelineRecorder['recordWorkspaceEvent']>[0]) =>
    timeline.recordWorkspaceEvent(event);
  const timelineHandlers = {
    'portal.link.created': record,
    'portal.link.updated': record,
    'portal.link.deleted': record,
    'portal.embed.created': record,
    'portal.embed.updated': record,
    'portal.embed.deleted': record,
    'portal.note.created': record,
    'portal.note.updated': record,
    'portal.note.deleted': record,
    // (portal.link.reordered is left out: an order change is not news for the client.)
    'portal.workspace.updated': record,
    'portal.workspace.archived': record,
    'portal.workspace.restored': record,
    'portal.task.created': record,
    'portal.task.updated': record,
    'portal.task.completed': record,
    'portal.task.deleted': record,
    'portal.task.commented': record,
    'portal.file.shared': record,
    'portal.file.updated': record,
    'portal.file.deleted': record,
    'portal.folder.created': record,
    'portal.folder.renamed': record,
    'portal.folder.deleted': record,
    'portal.deliverable.created': record,
    'portal.deliverable.submitted': record,
    'portal.deliverable.decided': record,
    'portal.workspace.viewed_as_client': record,
  } as const;
  return {
    topics: ['billing.events', 'crm.events', 'portal.events', 'messaging.events'],
    schemas: eventSchemas,
    handlers: {
      'billing.invoice.issued': async ({ tenantId, data: invoice }, context) => {
        await documents.recordShared(context, tenantId, {
          id: invoice.invoiceId,
          clientId: invoice.clientId,
          kind: 'invoice',
          number: invoice.number,
          totalMinor: invoice.totalMinor,
          currency: invoice.currency,
          status: invoice.status,
          issuedAt: new Date(invoice.issuedAt),
          dueDate: invoice.dueDate,
        });
      },
      // Every kind (quotes, proformas, credit and delivery notes too): whether the client has any
      // decides the workspace's Billing tab. An invoice arrives twice (both events): the same record.
      'billing.document.issued': async (event, context) => {
        const { tenantId, data: document } = event;
        await timeline.recordClientEvent(event, document.clientId, document.number);
        await documents.recordShared(context, tenantId, {
          id: document.documentId,
          clientId: document.clientId,
          kind: document.kind,
          number: document.number,
          totalMinor: document.totalMinor,
          currency: document.currency,
          status: 'issued',
          issuedAt: new Date(document.issuedAt),
          dueDate: document.dueDate,
        });
      },
      // Tasks slice: a linked project's progress and milestones show in its workspaces (read model).
      'crm.project.changed': async ({ tenantId, data: project, occurredAt }, context) => {
        await projects.record(
          context,
          {
            projectId: project.projectId,
            tenantId,
            clientId: project.clientId,
            name: project.name,
            status: project.status,
            progress: project.progress,
            milestones: project.milestones.map((milestone) => ({ ...milestone })),
            deleted: false,
          },
          new Date(occurredAt),
        );
      },
      'crm.project.deleted': async ({ tenantId, data: project, occurredAt }, context) => {
        await projects.markDeleted(context, tenantId, project.projectId, new Date(occurredAt));
      },
      ...timelineHandlers,
      'portal.workspace.created': (event) =>
        record({
          ...event,
          data: {
            workspaceId: event.data.workspaceId,
            clientId: event.data.clientId,
            clientVisible: true,
            actorName: '',
            title: event.data.name,
          },
        }),
      'billing.invoice.paid': (event) =>
        timeline.recordClientEvent(event, event.data.clientId, event.data.number),
      'billing.payment.recorded': (event) =>
        timeline.recordClientEvent(
          event,
          event.data.clientId,
          event.data.allocations.map((allocation) => allocation.number).join(', '),
        ),
      // A message in the workspace's conversation: who wrote, never what (the text stays in Messages).
      // Issue 12: an internal discussion's message is staff-only; a client-level one is in no workspace.
      'messaging.message.posted': async (event) => {
        if (!event.data.workspaceId) return;
        await record({
          ...event,
          data: {
            workspaceId: event.data.workspaceId,
            clientId: event.data.clientId,
            clientVisible: event.data.clientVisible,
            actorName: event.data.author.displayName,
            title: '',
          },
        });
      },
    },
  };
}
