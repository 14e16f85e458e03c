import type { ProducedBy } from '@client-portal/events';
import type { EventOutbox, OutboxEntry } from '@client-portal/kit';
import type { BillingDocument } from '../domain/document.js';

/**
 * What issuing a document publishes, whoever issues it (staff through DocumentService, the scheduler
 * for a subscription): billing.document.issued for every kind, plus billing.invoice.issued for
 * invoices, which crm (client value, timeline) and portal (shared documents) consume.
 */
export function issuedEvents(
  outbox: EventOutbox<ProducedBy<'billing'>>,
  document: BillingDocument,
): OutboxEntry[] {
  const issuedAt = (document.issuedAt ?? document.createdAt).toISOString();
  const events = [
    outbox.entry({
      type: 'billing.document.issued',
      tenantId: document.tenantId,
      subject: document.id,
      data: {
        documentId: document.id,
        kind: document.kind,
        clientId: document.clientId,
        clientName: document.clientName,
        number: document.number,
        currency: document.currency,
        totalMinor: document.totalMinor,
        lineCount: document.lines.length,
        issuedAt,
        dueDate: document.dueDate,
        // Only a document comes from a document (a quote's invoice, an invoice's credit note, a copy).
        sourceDocumentId: ['quote', 'invoice', 'duplicate'].includes(document.source.kind)
          ? document.source.id
          : '',
      },
    }),
  ];
  if (document.kind === 'invoice')
    events.push(
      outbox.entry({
        type: 'billing.invoice.issued',
        tenantId: document.tenantId,
        subject: document.id,
        data: {
          invoiceId: document.id,
          clientId: document.clientId,
          clientName: document.clientName,
          number: document.number,
          currency: document.currency,
          totalMinor: document.totalMinor,
          status: 'issued',
          issuedAt,
          dueDate: document.dueDate,
        },
      }),
    );
  return events;
}
