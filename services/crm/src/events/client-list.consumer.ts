import type { CatalogueEvent } from '@client-portal/events';
import type { EventHandlers, HandlerContext } from '@client-portal/kit';
import type { ClientRepository } from '../store/client.repository.js';
import type { ClientProjectTallyRepository } from '../store/client-project-tally.repository.js';

/**
 * Keeps the client list's figures on the client documents: project count and value from crm's own
 * project events, last activity from projects and messages (invoices: ClientRepository's
 * recordInvoiceIssued). Each effect is idempotent: the tally is a per-project record (a repeated or
 * changed event replaces it) and the client's figures are recounted from it, applied once per event.
 */
export function clientListHandlers(
  clients: ClientRepository,
  tally: ClientProjectTallyRepository,
): EventHandlers<CatalogueEvent> {
  const recount = async (context: HandlerContext, tenantId: string, clientId: string, at: Date) => {
    const totals = await tally.totals(tenantId, clientId);
    await clients.recordProjectFigures(context, tenantId, clientId, { ...totals, at });
  };
  return {
    'crm.project.changed': async ({ tenantId, data, occurredAt }, context) => {
      const at = new Date(occurredAt);
      const previousClient = await tally.clientOf(tenantId, data.projectId);
      await tally.put(tenantId, {
        projectId: data.projectId,
        clientId: data.clientId,
        contractValueMinor: data.contractValueMinor,
        currency: data.currency,
        occurredAt: at,
      });
      await recount(context, tenantId, data.clientId, at);
      // A project moved to another client leaves its former client's figures too.
      if (previousClient && previousClient !== data.clientId)
        await recount(context, tenantId, previousClient, at);
    },
    'crm.project.deleted': async ({ tenantId, data, occurredAt }, context) => {
      await tally.remove(tenantId, data.projectId);
      await recount(context, tenantId, data.clientId, new Date(occurredAt));
    },
    'messaging.message.posted': async ({ tenantId, data }, context) => {
      await clients.recordActivity(context, tenantId, data.clientId, new Date(data.createdAt));
    },
  };
}

/**
 * Runs several handler sets on one subscription: two features may consume the same event type, each
 * with its own effect (applyOnce keeps each effect once per event and document).
 */
export function combineHandlers(...sets: EventHandlers<CatalogueEvent>[]): EventHandlers<CatalogueEvent> {
  type AnyHandler = (event: never, context: HandlerContext) => Promise<void>;
  const combined: Record<string, AnyHandler[]> = {};
  for (const set of sets)
    for (const [type, handler] of Object.entries(set) as [string, AnyHandler][])
      (combined[type] ??= []).push(handler);
  return Object.fromEntries(
    Object.entries(combined).map(([type, handlers]) => [
      type,
      async (event: never, context: HandlerContext) => {
        for (const handler of handlers) await handler(event, context);
      },
    ]),
  );
}
