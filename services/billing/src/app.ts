import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { AcceptanceService } from './application/acceptance.service.js';
import { BillingProfileService, ProfilePartyDirectory } from './application/billing-profile.service.js';
import { CommentService } from './application/comment.service.js';
import { DocumentService, type DraftPolicies } from './application/document.service.js';
import type { BillingConfig } from './config.js';
import { billingSubscriptions } from './events/subscriptions.js';
import { acceptanceHandlers } from './grpc/acceptance.handler.js';
import { billingProfileHandlers } from './grpc/billing-profile.handler.js';
import { commentHandlers } from './grpc/comment.handler.js';
import { documentHandlers } from './grpc/document.handler.js';
import { AcceptanceRepository } from './store/acceptance.repository.js';
import { BillingProfileRepository } from './store/billing-profile.repository.js';
import { COMMENTS_COLLECTION, CommentRepository } from './store/comment.repository.js';
import { DOCUMENTS_COLLECTION, DocumentRepository } from './store/document.repository.js';
import { migrateLegacyInvoices } from './store/invoice-migration.js';
import { PaymentService } from './application/payment.service.js';
import { StripePayments } from './application/stripe-payments.js';
import { paymentHandlers } from './grpc/payment.handler.js';
import { PAYMENTS_COLLECTION, PaymentRepository, REFUNDS_COLLECTION } from './store/payment.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadBillingConfig } from './config.js';

/** Wires billing: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startBilling(config: BillingConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'billing',
    config,
    outboxCollections: [DOCUMENTS_COLLECTION, COMMENTS_COLLECTION, PAYMENTS_COLLECTION, REFUNDS_COLLECTION],
    produces: producerSchemas('billing'),
  });
  const documents = new DocumentRepository(runtime.connection);
  const acceptances = new AcceptanceRepository(runtime.connection);
  const comments = new CommentRepository(runtime.connection);
  const billingProfiles = new BillingProfileRepository(runtime.connection);
  const payments = new PaymentRepository(runtime.connection);
  await runtime.ensureIndexes([documents, acceptances, comments, billingProfiles, payments]);
  // The retired invoice API's rows become invoice documents (idempotent; before serving, so every
  // reader finds them and new numbers continue after theirs).
  await migrateLegacyInvoices(runtime.connection, documents);
  // The tenant's billing profile and its clients' details: what issuing freezes as seller and buyer,
  // and the tax rates a document line may use.
  const profiles = new BillingProfileService(billingProfiles);
  const parties = new ProfilePartyDirectory(profiles);
  const policies: DraftPolicies = {
    forTenant: async (tenantId) => ({
      allowedTaxRates: (await profiles.taxRates(tenantId)).map((rate) => rate.basisPoints),
    }),
  };
  const documentService = new DocumentService(documents, parties, runtime.outbox, runtime.relay, policies);
  const acceptanceService = new AcceptanceService(documents, acceptances, runtime.outbox, runtime.relay);
  const commentService = new CommentService(documents, comments, parties, runtime.outbox, runtime.relay);
  const paymentService = new PaymentService(
    payments,
    documents,
    parties,
    new StripePayments(config, runtime.logger),
    runtime.outbox,
    runtime.relay,
    runtime.logger,
  );
  await runtime.serveGrpc(
    [
      contractOf('documents').packageDefinition,
      contractOf('acceptance').packageDefinition,
      contractOf('comments').packageDefinition,
      contractOf('billingProfile').packageDefinition,
      contractOf('payments').packageDefinition,
    ],
    [
      { definition: serviceDefinition('documents'), handlers: documentHandlers(documentService) },
      { definition: serviceDefinition('acceptance'), handlers: acceptanceHandlers(acceptanceService) },
      { definition: serviceDefinition('comments'), handlers: commentHandlers(commentService) },
      { definition: serviceDefinition('billingProfile'), handlers: billingProfileHandlers(profiles) },
      { definition: serviceDefinition('payments'), handlers: paymentHandlers(paymentService) },
    ],
  );
  // Nothing is consumed yet; an empty subscription is valid (checked against the broker: the consumer
  // joins its group with nothing assigned), and keeps the shape ready for billing's first consumer.
  await runtime.consume(billingSubscriptions());
  runtime.ready();
  return runtime;
}
