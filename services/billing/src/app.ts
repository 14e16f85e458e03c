import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { InvoiceService } from './application/invoice.service.js';
import type { BillingConfig } from './config.js';
import { billingSubscriptions } from './events/subscriptions.js';
import { billingHandlers } from './grpc/billing.handler.js';
import { INVOICES_COLLECTION, InvoiceRepository } from './store/invoice.repository.js';
import { DOCUMENTS_COLLECTION, DocumentRepository } from './store/document.repository.js';
import { AcceptanceService } from './application/acceptance.service.js';
import { CommentService } from './application/comment.service.js';
import { NamesOnlyParties } from './application/parties.js';
import { acceptanceHandlers } from './grpc/acceptance.handler.js';
import { commentHandlers } from './grpc/comment.handler.js';
import { AcceptanceRepository } from './store/acceptance.repository.js';
import { COMMENTS_COLLECTION, CommentRepository } from './store/comment.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadBillingConfig } from './config.js';

/** Wires billing: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startBilling(config: BillingConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'billing',
    config,
    outboxCollections: [INVOICES_COLLECTION, DOCUMENTS_COLLECTION, COMMENTS_COLLECTION],
    produces: producerSchemas('billing'),
  });
  const invoices = new InvoiceRepository(runtime.connection);
  const documents = new DocumentRepository(runtime.connection);
  // Quote answers and comments (acceptance slice).
  const acceptances = new AcceptanceRepository(runtime.connection);
  const comments = new CommentRepository(runtime.connection);
  await runtime.ensureIndexes([invoices, documents, acceptances, comments]);
  const service = new InvoiceService(invoices, runtime.outbox, runtime.relay);
  const acceptanceService = new AcceptanceService(documents, acceptances, runtime.outbox, runtime.relay);
  // The billing profile slice replaces the names-only directory with the profile-backed one.
  const commentService = new CommentService(
    documents,
    comments,
    new NamesOnlyParties(),
    runtime.outbox,
    runtime.relay,
  );
  await runtime.serveGrpc(
    [
      contractOf('billing').packageDefinition,
      contractOf('acceptance').packageDefinition,
      contractOf('comments').packageDefinition,
    ],
    [
      { definition: serviceDefinition('billing'), handlers: billingHandlers(service) },
      { definition: serviceDefinition('acceptance'), handlers: acceptanceHandlers(acceptanceService) },
      { definition: serviceDefinition('comments'), handlers: commentHandlers(commentService) },
    ],
  );
  // Nothing is consumed yet; an empty subscription is valid (checked against the broker: the consumer
  // joins its group with nothing assigned), and keeps the shape ready for billing's first consumer.
  await runtime.consume(billingSubscriptions());
  runtime.ready();
  return runtime;
}
