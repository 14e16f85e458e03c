import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { InvoiceService } from './application/invoice.service.js';
import type { BillingConfig } from './config.js';
import { billingSubscriptions } from './events/subscriptions.js';
import { billingHandlers } from './grpc/billing.handler.js';
import { INVOICES_COLLECTION, InvoiceRepository } from './store/invoice.repository.js';
import { DOCUMENTS_COLLECTION, DocumentRepository } from './store/document.repository.js';
import { BillingScheduler } from './application/billing-scheduler.js';
import { NamesOnlyParties, type PartyDirectory } from './application/parties.js';
import { SubscriptionService } from './application/subscription.service.js';
import { recurringHandlers } from './grpc/recurring.handler.js';
import { REMINDER_RUNS_COLLECTION, ReminderRepository } from './store/reminder.repository.js';
import { SubscriptionRepository } from './store/subscription.repository.js';

// The package's entry point: whoever embeds the service (the end-to-end tests) loads its config too.
export { loadBillingConfig } from './config.js';

/** What an embedding test may replace: the clock (days pass without waiting) and the party directory. */
export interface BillingOptions {
  clock?: () => Date;
  parties?: PartyDirectory;
}

/** Wires billing: runtime → repositories → use cases → gRPC → consumers → SERVING. */
export async function startBilling(
  config: BillingConfig,
  options: BillingOptions = {},
): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'billing',
    config,
    outboxCollections: [INVOICES_COLLECTION, DOCUMENTS_COLLECTION, REMINDER_RUNS_COLLECTION],
    produces: producerSchemas('billing'),
  });
  const invoices = new InvoiceRepository(runtime.connection);
  const documents = new DocumentRepository(runtime.connection);
  const subscriptions = new SubscriptionRepository(runtime.connection);
  const reminders = new ReminderRepository(runtime.connection);
  await runtime.ensureIndexes([invoices, documents, subscriptions, reminders]);
  const clock = options.clock ?? (() => new Date());
  const parties = options.parties ?? new NamesOnlyParties();
  const service = new InvoiceService(invoices, runtime.outbox, runtime.relay);
  const subscriptionService = new SubscriptionService(subscriptions, reminders, clock);
  await runtime.serveGrpc(
    [contractOf('billing').packageDefinition, contractOf('recurring').packageDefinition],
    [
      { definition: serviceDefinition('billing'), handlers: billingHandlers(service) },
      { definition: serviceDefinition('recurring'), handlers: recurringHandlers(subscriptionService) },
    ],
  );
  // Nothing is consumed yet; an empty subscription is valid (checked against the broker: the consumer
  // joins its group with nothing assigned), and keeps the shape ready for billing's first consumer.
  await runtime.consume(billingSubscriptions());
  // The scheduler runs on every replica; claims by insert make each period and reminder step happen
  // once. Registered last, so shutdown stops it first and waits for the tick under way.
  if (config.BILLING_SCHEDULER_ENABLED) {
    const scheduler = new BillingScheduler(
      subscriptions,
      documents,
      reminders,
      parties,
      runtime.outbox,
      runtime.relay,
      runtime.logger,
      { intervalMs: config.BILLING_SCHEDULER_INTERVAL_MS, leaseMs: config.BILLING_SCHEDULER_LEASE_MS, clock },
    );
    runtime.lifecycle.onShutdown('billing scheduler', () => scheduler.stop());
    scheduler.start();
  }
  runtime.ready();
  return runtime;
}
