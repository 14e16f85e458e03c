import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';
import type { KpiService } from '../application/kpi.service.js';
import type { KpiRepository } from '../store/kpi.repository.js';
import { kpiHandlers } from './kpi.consumer.js';

/**
 * What billing consumes, in one place: its own events, which feed the client KPI read model
 * (documents issued and voided, quote answers, payments, refunds, invoices paid).
 */
export function billingSubscriptions(kpis: {
  facts: KpiRepository;
  service: KpiService;
}): EventSubscriptions<CatalogueEvent> {
  return {
    topics: ['billing.events'],
    schemas: eventSchemas,
    handlers: { ...kpiHandlers(kpis.facts, kpis.service) },
  };
}
