import { requirePrincipal, type Principal } from '@client-portal/kit';
import type { ClientListRow as ClientListRowMessage, HandlersOf } from '@client-portal/contracts';
import type { ClientListService } from '../application/client-list.service.js';
import type { ClientListRow } from '../domain/client-list.js';
import { toClientMessage } from './crm.handler.js';

/** A list row for staff; the list is staff only, so nothing here is removed for client users. */
function toRowMessage(row: ClientListRow): ClientListRowMessage {
  return {
    clientId: row.clientId,
    name: row.name,
    status: row.status,
    industry: row.industry,
    ownerUserId: row.ownerUserId,
    archived: row.archived,
    mainContactName: row.mainContactName,
    mainContactEmail: row.mainContactEmail,
    projectCount: row.projectCount,
    projectValueMinor: String(row.projectValueMinor),
    invoicedMinor: String(row.invoicedMinor),
    lastActivityAt: row.lastActivityAt.toISOString(),
    valueByCurrency: row.valueByCurrency.map(({ currency, amountMinor }) => ({
      currency,
      amountMinor: String(amountMinor),
    })),
    invoicedByCurrency: row.invoicedByCurrency.map(({ currency, amountMinor }) => ({
      currency,
      amountMinor: String(amountMinor),
    })),
  };
}

type ListHandlers = Pick<
  HandlersOf<'crm'>,
  'ListClients' | 'ListClientIndustries' | 'PreviewClientImport' | 'ImportClients' | 'ExportClients'
>;

export function clientListHandlers(list: ClientListService): ListHandlers {
  return {
    ListClients: async (request, call) => {
      const principal: Principal = requirePrincipal(call.metadata);
      const result = await list.list(principal, request);
      return {
        clients: result.clients.map((client) => toClientMessage(client, principal)),
        rows: result.rows.map(toRowMessage),
        page: result.page,
      };
    },
    ListClientIndustries: async (_request, call) => ({
      industries: await list.industries(requirePrincipal(call.metadata)),
    }),
    PreviewClientImport: async (request, call) => {
      const plan = await list.previewImport(requirePrincipal(call.metadata), request.csv);
      return plan;
    },
    ImportClients: async (request, call) => list.import(requirePrincipal(call.metadata), request.csv),
    ExportClients: async (request, call) => list.exportChunk(requirePrincipal(call.metadata), request),
  };
}
