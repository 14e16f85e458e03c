import type { CatalogueEvent } from '@client-portal/events';
import type { EventHandlers, HandlerContext } from '@client-portal/kit';
import type { KpiService } from '../application/kpi.service.js';
import type { FactChange, KpiRepository } from '../store/kpi.repository.js';
import type { KpiFact } from '../domain/kpis.js';

/**
 * Billing's own events feed the client KPI read model: each event upserts the fact row of its document,
 * payment or refund (once per event), then the client's figures are recomputed from all of its rows.
 */
export function kpiHandlers(facts: KpiRepository, kpis: KpiService): EventHandlers<CatalogueEvent> {
  const record = async (
    context: HandlerContext,
    tenantId: string,
    key: { clientId: string; fact: KpiFact['fact']; id: string },
    change: FactChange,
  ): Promise<void> => {
    await facts.recordFact(context, { tenantId, ...key }, change);
    await kpis.recompute(tenantId, key.clientId);
  };
  return {
    'billing.document.issued': ({ tenantId, data }, context) =>
      record(
        context,
        tenantId,
        { clientId: data.clientId, fact: 'document', id: data.documentId },
        {
          documentKind: data.kind,
          currency: data.currency,
          amountMinor: data.totalMinor,
          lineCount: data.lineCount,
          issuedAt: new Date(data.issuedAt),
          dueDate: data.dueDate,
        },
      ),
    'billing.document.voided': ({ tenantId, data }, context) =>
      record(
        context,
        tenantId,
        { clientId: data.clientId, fact: 'document', id: data.documentId },
        { documentKind: data.kind, currency: data.currency, voidedAt: new Date(data.voidedAt) },
      ),
    'billing.quote.accepted': ({ tenantId, data }, context) =>
      record(
        context,
        tenantId,
        { clientId: data.clientId, fact: 'document', id: data.documentId },
        { answer: 'accepted' },
      ),
    'billing.quote.rejected': ({ tenantId, data }, context) =>
      record(
        context,
        tenantId,
        { clientId: data.clientId, fact: 'document', id: data.documentId },
        { answer: 'rejected' },
      ),
    'billing.invoice.paid': ({ tenantId, data }, context) =>
      record(
        context,
        tenantId,
        { clientId: data.clientId, fact: 'document', id: data.invoiceId },
        { currency: data.currency, paidAt: new Date(data.paidAt) },
      ),
    'billing.payment.recorded': ({ tenantId, data }, context) =>
      record(
        context,
        tenantId,
        { clientId: data.clientId, fact: 'payment', id: data.paymentId },
        {
          currency: data.currency,
          amountMinor: data.amountMinor,
          paidAt: new Date(data.paidAt),
          allocations: data.allocations.map(({ documentId, amountMinor }) => ({ documentId, amountMinor })),
        },
      ),
    'billing.payment.refunded': ({ tenantId, data }, context) =>
      record(
        context,
        tenantId,
        { clientId: data.clientId, fact: 'refund', id: data.refundId },
        {
          currency: data.currency,
          amountMinor: data.amountMinor,
          refundedAt: new Date(data.refundedAt),
          paymentId: data.paymentId,
        },
      ),
  };
}
