import { requirePrincipal } from '@client-portal/kit';
import type { HandlersOf } from '@client-portal/contracts';
import type { KpiService } from '../application/kpi.service.js';

export function kpiHandlers(kpis: KpiService): HandlersOf<'kpis'> {
  return {
    GetClientKpis: async (request, call) => {
      const figures = await kpis.forClient(requirePrincipal(call.metadata), request.clientId);
      return {
        clientId: figures.clientId,
        year: figures.year,
        computedAt: figures.computedAt.toISOString(),
        currencies: figures.currencies.map((entry) => ({
          ...entry,
          salesReceivedThisYearMinor: String(entry.salesReceivedThisYearMinor),
          pendingPaymentMinor: String(entry.pendingPaymentMinor),
          quotesAwaitingMinor: String(entry.quotesAwaitingMinor),
          averageInvoiceMinor: String(entry.averageInvoiceMinor),
        })),
      };
    },
  };
}
