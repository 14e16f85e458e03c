import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { AcceptanceService } from './application/acceptance.service.js';
import { BillingProfileService, ProfilePartyDirectory } from './application/billing-profile.service.js';
import { BillingScheduler } from './application/billing-scheduler.js';
import { CommentService } from './application/comment.service.js';
import { DocumentService, type DraftPolicies } from './application/document.service.js';
import { DocumentPdfs } from './application/document-pdfs.js';
import { evidenceId } from './domain/acceptance.js';
import type { PartyDirectory } from './application/parties.js';
import { PaymentService } from './application/payment.service.js';
import { StripePayments } from './application/stripe-payments.js';
import { SubscriptionService } from './application/subscription.service.js';
import type { BillingConfig } from './config.js';
import { billingSubscriptions } from './events/subscriptions.js';
import { acceptanceHandlers } from './grpc/acceptance.handler.js';
import { billingProfileHandlers } from './grpc/billing-profile.handler.js';
import { commentHandlers } from './grpc/comment.handler.js';
import { documentHandlers } from './grpc/document.handler.js';
import { paymentHandlers } from './grpc/payment.handler.js';
import { recurringHandlers } from './grpc/recurring.handler.js';
import { AcceptanceRepository } from './store/acceptance.repository.js';
import { BillingProfileRepository } from './store/billing-profile.repository.js';
import { COMMENTS_COLLECTION, CommentRepository } from './store/comment.repository.js';
import { DOCUMENTS_COLLECTION, DocumentRepository } from './store/document.repository.js';
import { migrateLegacyInvoices } from './store/invoice-migration.js';
import { PAYMENTS_COLLECTION, PaymentRepository, REFUNDS_COLLECTION } from './store/payment.repository.js';
import { REMINDER_RUNS_COLLECTION, ReminderRepository } from './store/reminder.repository.js';
import { SubscriptionRepository } from './store/subscription.repository.js';
// Catalog, orders and client KPIs (issue 9, catalog slice).
import { CatalogService } from './application/catalog.service.js';
import { KpiService } from './application/kpi.service.js';
import { catalogHandlers } from './grpc/catalog.handler.js';
import { kpiHandlers } from './grpc/kpi.handler.js';
import { CATALOG_ORDERS_COLLECTION, CatalogRepository } from './store/catalog.repository.js';
import { KpiRepository } from './store/kpi.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadBillingConfig } from './config.js';

/** What an embedding test may replace: the clock (scheduled work) and the party directory. */
export interface BillingOptions {
  clock?: () => Date;
  parties?: PartyDirectory;
}

/** Wires billing: runtime → repositories → use cases → gRPC → consumers → scheduler → SERVING. */
export async function startBilling(
  config: BillingConfig,
  options: BillingOptions = {},
): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'billing',
    config,
    outboxCollections: [
      DOCUMENTS_COLLECTION,
      COMMENTS_COLLECTION,
      PAYMENTS_COLLECTION,
      REFUNDS_COLLECTION,
      REMINDER_RUNS_COLLECTION,
      CATALOG_ORDERS_COLLECTION,
    ],
    produces: producerSchemas('billing'),
  });
  const documents = new DocumentRepository(runtime.connection);
  const acceptances = new AcceptanceRepository(runtime.connection);
  const comments = new CommentRepository(runtime.connection);
  const billingProfiles = new BillingProfileRepository(runtime.connection);
  const payments = new PaymentRepository(runtime.connection);
  const subscriptions = new SubscriptionRepository(runtime.connection);
  const reminders = new ReminderRepository(runtime.connection);
  const catalog = new CatalogRepository(runtime.connection);
  const kpiFacts = new KpiRepository(runtime.connection);
  await runtime.ensureIndexes([
    documents,
    acceptances,
    comments,
    billingProfiles,
    payments,
    subscriptions,
    reminders,
    catalog,
    kpiFacts,
  ]);
  // The retired invoice API's rows become invoice documents (idempotent; before serving, so every
  // reader finds them and new numbers continue after theirs).
  await migrateLegacyInvoices(runtime.connection, documents);
  // Payments recorded before they carried updatedAt (the partner API syncs by it) get their recordedAt.
  await payments.backfillUpdatedAt();
  const clock = options.clock ?? (() => new Date());
  // The tenant's billing profile and its clients' details: what issuing freezes as seller and buyer,
  // who receives documents, and the tax rates a document line may use.
  const profiles = new BillingProfileService(billingProfiles);
  const parties = options.parties ?? new ProfilePartyDirectory(profiles);
  // A tenant that never saved its profile has not said which tax rates it uses: any rate from 0 to
  // 100 % is accepted until it does; then its list is the rule.
  const policies: DraftPolicies = {
    forTenant: async (tenantId) => {
      const profile = await profiles.profileOf(tenantId);
      return {
        allowedTaxRates: profile.version === 0 ? [] : profile.taxRates.map((rate) => rate.basisPoints),
      };
    },
  };
  // Every PDF a person receives, rendered one way; an answered quote is served as the copy answered.
  const pdfs = new DocumentPdfs(profiles);
  pdfs.serveAnsweredCopiesFrom(async (document) => {
    const evidence = await acceptances.find(document.tenantId, evidenceId(document.id, document.revision));
    return evidence?.pdf;
  });
  const documentService = new DocumentService(documents, parties, runtime.outbox, pdfs, policies);
  const acceptanceService = new AcceptanceService(documents, acceptances, runtime.outbox, pdfs);
  const commentService = new CommentService(documents, comments, parties, runtime.outbox);
  const paymentService = new PaymentService(
    payments,
    documents,
    parties,
    new StripePayments(config, runtime.logger),
    runtime.outbox,
    runtime.logger,
  );
  const subscriptionService = new SubscriptionService(subscriptions, reminders, clock);
  const catalogService = new CatalogService(catalog, documents, runtime.outbox);
  const kpiService = new KpiService(kpiFacts);
  await runtime.serveGrpc(
    [
      contractOf('documents').packageDefinition,
      contractOf('acceptance').packageDefinition,
      contractOf('comments').packageDefinition,
      contractOf('billingProfile').packageDefinition,
      contractOf('payments').packageDefinition,
      contractOf('recurring').packageDefinition,
      contractOf('catalog').packageDefinition,
      contractOf('kpis').packageDefinition,
    ],
    [
      { definition: serviceDefinition('documents'), handlers: documentHandlers(documentService) },
      { definition: serviceDefinition('acceptance'), handlers: acceptanceHandlers(acceptanceService) },
      { definition: serviceDefinition('comments'), handlers: commentHandlers(commentService) },
      { definition: serviceDefinition('billingProfile'), handlers: billingProfileHandlers(profiles) },
      { definition: serviceDefinition('payments'), handlers: paymentHandlers(paymentService) },
      { definition: serviceDefinition('recurring'), handlers: recurringHandlers(subscriptionService) },
      { definition: serviceDefinition('catalog'), handlers: catalogHandlers(catalogService) },
      { definition: serviceDefinition('kpis'), handlers: kpiHandlers(kpiService) },
    ],
  );
  // Billing reads its own events into the client KPIs read model.
  await runtime.consume(billingSubscriptions({ facts: kpiFacts, service: kpiService }));
  // The scheduler runs on every replica; claims by insert make each period and reminder step happen
  // once. Registered last, so shutdown stops it first and waits for the tick under way.
  if (config.BILLING_SCHEDULER_ENABLED) {
    const scheduler = new BillingScheduler(
      subscriptions,
      documents,
      reminders,
      parties,
      runtime.outbox,
      runtime.logger,
      { intervalMs: config.BILLING_SCHEDULER_INTERVAL_MS, leaseMs: config.BILLING_SCHEDULER_LEASE_MS, clock },
    );
    runtime.lifecycle.onShutdown('billing scheduler', () => scheduler.stop());
    scheduler.start();
  }
  runtime.ready();
  return runtime;
}
