import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { InvoiceService } from './application/invoice.service.js';
import type { BillingConfig } from './config.js';
import { billingSubscriptions } from './events/subscriptions.js';
import { billingHandlers } from './grpc/billing.handler.js';
import { INVOICES_COLLECTION, InvoiceRepository } from './store/invoice.repository.js';
import { DOCUMENTS_COLLECTION, DocumentRepository } from './store/document.repository.js';
import { BillingProfileService, ProfilePartyDirectory } from './application/billing-profile.service.js';
import type { PartyDirectory } from './application/parties.js';
import { billingProfileHandlers } from './grpc/billing-profile.handler.js';
import { BillingProfileRepository } from './store/billing-profile.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadBillingConfig } from './config.js';

/** Wires billing: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startBilling(config: BillingConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'billing',
    config,
    outboxCollections: [INVOICES_COLLECTION, DOCUMENTS_COLLECTION],
    produces: producerSchemas('billing'),
  });
  const invoices = new InvoiceRepository(runtime.connection);
  const documents = new DocumentRepository(runtime.connection);
  const billingProfiles = new BillingProfileRepository(runtime.connection);
  await runtime.ensureIndexes([invoices, documents, billingProfiles]);
  const service = new InvoiceService(invoices, runtime.outbox, runtime.relay);
  // The billing profile slice: the profile and the clients' details; `parties` is what issuing a
  // document freezes as its seller and buyer, `profiles.pdfOptions(tenantId)` what its PDF prints
  // besides the document (logo, bank details, footer), `profiles.assertKnownTaxRates` the tax rule.
  const profiles = new BillingProfileService(billingProfiles);
  // Handed to the documents service (its issue freezes the parties); no other use case needs it yet.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- wired here for the documents slice
  const parties: PartyDirectory = new ProfilePartyDirectory(profiles);
  await runtime.serveGrpc(
    [contractOf('billing').packageDefinition],
    [
      { definition: serviceDefinition('billing'), handlers: billingHandlers(service) },
      { definition: serviceDefinition('billingProfile'), handlers: billingProfileHandlers(profiles) },
    ],
  );
  // Nothing is consumed yet; an empty subscription is valid (checked against the broker: the consumer
  // joins its group with nothing assigned), and keeps the shape ready for billing's first consumer.
  await runtime.consume(billingSubscriptions());
  runtime.ready();
  return runtime;
}
