import { z } from 'zod';
import type { EventHandler } from '@client-portal/kit';
import type { SharedDocumentRepository } from '../store/shared-document.repository.js';

/** The catalogue's payload; a payload that does not match is retried, then dead-lettered with the reason. */
const invoiceIssuedSchema = z.object({
  invoiceId: z.string().min(1),
  clientId: z.string().min(1),
  number: z.string().min(1),
  currency: z.string().length(3),
  totalMinor: z.number().int(),
  status: z.string().min(1),
  issuedAt: z.iso.datetime(),
  dueDate: z.string(),
});

/** What portal consumes, in one place: billing documents, shared in every workspace of their client. */
export function portalSubscriptions(documents: SharedDocumentRepository): {
  topics: string[];
  handlers: Record<string, EventHandler>;
} {
  return {
    topics: ['billing.events'],
    handlers: {
      'billing.invoice.issued': async (event, context) => {
        const invoice = invoiceIssuedSchema.parse(event.data);
        await documents.recordShared(context, event.tenantId, {
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
    },
  };
}
