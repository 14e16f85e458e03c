import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { SharedDocumentRepository } from '../store/shared-document.repository.js';
import type { WorkspaceProjectRepository } from '../store/workspace-project.repository.js';

/**
 * What portal consumes, in one place: billing documents, shared in every workspace of their client.
 * Events arrive checked against the catalogue; one that does not fit is dead-lettered with the reason.
 */
export function portalSubscriptions(
  documents: SharedDocumentRepository,
  projects: WorkspaceProjectRepository,
): EventSubscriptions<CatalogueEvent> {
  return {
    topics: ['billing.events', 'crm.events'],
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
      'billing.document.issued': async ({ tenantId, data: document }, context) => {
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
    },
  };
}
