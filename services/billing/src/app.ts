import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { InvoiceService } from './application/invoice.service.js';
import type { BillingConfig } from './config.js';
import { billingSubscriptions } from './events/subscriptions.js';
import { billingHandlers } from './grpc/billing.handler.js';
import { INVOICES_COLLECTION, InvoiceRepository } from './store/invoice.repository.js';
import { DOCUMENTS_COLLECTION, DocumentRepository } from './store/document.repository.js';
// payments (issue 9)
import { NamesOnlyParties } from './application/parties.js';
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
    outboxCollections: [INVOICES_COLLECTION, DOCUMENTS_COLLECTION, PAYMENTS_COLLECTION, REFUNDS_COLLECTION],
    produces: producerSchemas('billing'),
  });
  const invoices = new InvoiceRepository(runtime.connection);
  const documents = new DocumentRepository(runtime.connection);
  const payments = new PaymentRepository(runtime.connection);
  await runtime.ensureIndexes([invoices, documents, payments]);
  const service = new InvoiceService(invoices, runtime.outbox, runtime.relay);
  const paymentService = new PaymentService(
    payments,
    documents,
    new NamesOnlyParties(),
    new StripePayments(config, runtime.logger),
    runtime.outbox,
    runtime.relay,
    runtime.logger,
  );
  await runtime.serveGrpc(
    [contractOf('billing').packageDefinition, contractOf('payments').packageDefinition],
    [
      { definition: serviceDefinition('billing'), handlers: billingHandlers(service) },
      { definition: serviceDefinition('payments'), handlers: paymentHandlers(paymentService) },
    ],
  );
  // Nothing is consumed yet; an empty subscription is valid (checked against the broker: the consumer
  // joins its group with nothing assigned), and keeps the shape ready for billing's first consumer.
  await runtime.consume(billingSubscriptions());
  runtime.ready();
  return runtime;
}
