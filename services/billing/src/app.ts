import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { InvoiceService } from './application/invoice.service.js';
import type { BillingConfig } from './config.js';
import { billingSubscriptions } from './events/subscriptions.js';
import { billingHandlers } from './grpc/billing.handler.js';
import { INVOICES_COLLECTION, InvoiceRepository } from './store/invoice.repository.js';
import { DOCUMENTS_COLLECTION, DocumentRepository } from './store/document.repository.js';
// Catalog, orders and client KPIs (issue 9, catalog slice).
import { CatalogService } from './application/catalog.service.js';
import { KpiService } from './application/kpi.service.js';
import { catalogHandlers } from './grpc/catalog.handler.js';
import { kpiHandlers } from './grpc/kpi.handler.js';
import { CATALOG_ORDERS_COLLECTION, CatalogRepository } from './store/catalog.repository.js';
import { KpiRepository } from './store/kpi.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadBillingConfig } from './config.js';

/** Wires billing: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startBilling(config: BillingConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'billing',
    config,
    outboxCollections: [INVOICES_COLLECTION, DOCUMENTS_COLLECTION, CATALOG_ORDERS_COLLECTION],
    produces: producerSchemas('billing'),
  });
  const invoices = new InvoiceRepository(runtime.connection);
  const documents = new DocumentRepository(runtime.connection);
  const catalog = new CatalogRepository(runtime.connection);
  const kpiFacts = new KpiRepository(runtime.connection);
  await runtime.ensureIndexes([invoices, documents, catalog, kpiFacts]);
  const service = new InvoiceService(invoices, runtime.outbox, runtime.relay);
  const catalogService = new CatalogService(catalog, documents, runtime.outbox, runtime.relay);
  const kpiService = new KpiService(kpiFacts);
  await runtime.serveGrpc(
    [
      contractOf('billing').packageDefinition,
      contractOf('catalog').packageDefinition,
      contractOf('kpis').packageDefinition,
    ],
    [
      { definition: serviceDefinition('billing'), handlers: billingHandlers(service) },
      { definition: serviceDefinition('catalog'), handlers: catalogHandlers(catalogService) },
      { definition: serviceDefinition('kpis'), handlers: kpiHandlers(kpiService) },
    ],
  );
  await runtime.consume(billingSubscriptions({ facts: kpiFacts, service: kpiService }));
  runtime.ready();
  return runtime;
}
