import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime, type EventSubscriptions, type HandlerContext } from '@client-portal/kit';
import type { CatalogueEvent } from '@client-portal/events';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { NotificationService } from './application/notification.service.js';
import type { NotificationConfig } from './config.js';
import { notificationSubscriptions } from './events/subscriptions.js';
import { notificationHandlers } from './grpc/notification.handler.js';
import { NOTIFICATIONS_COLLECTION, NotificationRepository } from './store/notification.repository.js';
import { SmsSender } from './adapters/sms.sender.js';
import { SmtpMailer } from './adapters/smtp.mailer.js';
import { StaffDirectory } from './adapters/staff.directory.js';
import { InvitationLinks } from './adapters/invitation.links.js';
import { WorkspaceRepository } from './store/workspace.repository.js';
import { BrandingRepository } from './store/branding.repository.js';
import { Dispatcher } from './application/dispatcher.js';
import { DeliveryRetrier } from './application/delivery-retrier.js';
import { EmailBranding } from './application/email-branding.js';
import { INBOX_COLLECTION, INBOX_READ_MARKS_COLLECTION, InboxRepository } from './store/inbox.repository.js';
import { InboxChannel } from './application/inbox.channel.js';
import { InboxService } from './application/inbox.service.js';
import { inboxHandlers } from './grpc/inbox.handler.js';
import { MentionNotifier } from './application/mention.notifier.js';
import { NotificationPreferenceService } from './application/preference.service.js';
import { DigestService } from './application/digest.service.js';
import { OneClickUnsubscribe, UnsubscribeTokens } from './application/unsubscribe-links.js';
import { preferenceHandlers } from './grpc/preference.handler.js';
import { PreferenceRepository } from './store/preference.repository.js';
import { DigestRepository } from './store/digest.repository.js';
import { NotificationLanguages } from './application/notification-language.js';
import { TemplatePreviewService } from './application/template-preview.service.js';
import { templatePreviewHandlers } from './grpc/template-preview.handler.js';
import { RecipientDirectory } from './adapters/recipient.directory.js';
import { EventNotifications } from './application/event-notifications.service.js';
import { TaskDueRepository } from './store/task-due.repository.js';
import { TaskDueJob } from './application/task-due.job.js';
import { WebhookRepository } from './store/webhook.repository.js';
import { WebhookSender } from './adapters/webhook.sender.js';
import { WebhookService } from './application/webhook.service.js';
import { WebhookScheduler } from './application/webhook.scheduler.js';
import { webhookHandlers } from './grpc/webhook.handler.js';
import { parseSchedule, WEBHOOK_SOURCE_TYPES } from './domain/webhook.js';

// The package's entry point also gives the config loader, so a harness can start the service as main.ts does.
export { loadNotificationConfig, type NotificationConfig } from './config.js';
import { smsSettingsOf } from './config.js';

/** What an embedding test may replace: the clock of scheduled work (the digest job). */
export interface NotificationOptions {
  clock?: () => Date;
}

/** Wires notification: runtime → repositories, SMTP and identity → use cases → gRPC → consumers → SERVING. */
export async function startNotification(
  config: NotificationConfig,
  options: NotificationOptions = {},
): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'notification',
    config,
    outboxCollections: [
      NOTIFICATIONS_COLLECTION,
      // inbox slice
      INBOX_COLLECTION,
      INBOX_READ_MARKS_COLLECTION,
    ],
    produces: producerSchemas('notification'),
  });
  const notifications = new NotificationRepository(runtime.connection);
  const workspaces = new WorkspaceRepository(runtime.connection);
  const brandings = new BrandingRepository(runtime.connection);
  // Preferences (issue 12): each person's channels and timing, the tenant's channels, the digest queue.
  const preferenceStore = new PreferenceRepository(runtime.connection);
  const digestStore = new DigestRepository(runtime.connection);
  const dueTasks = new TaskDueRepository(runtime.connection);
  await runtime.ensureIndexes([notifications, workspaces, brandings, preferenceStore, digestStore, dueTasks]);
  const mailer = new SmtpMailer(config.SMTP_URL, config.MAIL_FROM);
  const smsSettings = smsSettingsOf(config);
  const directory = new StaffDirectory(
    config.IDENTITY_GRPC_ADDRESS,
    runtime.principalSigner(config.PRINCIPAL_SIGNING_KEY),
    runtime.logger,
  );
  const links = new InvitationLinks(
    config.IDENTITY_GRPC_ADDRESS,
    runtime.principalSigner(config.PRINCIPAL_SIGNING_KEY),
    runtime.logger,
  );
  // Registered first, so they close last: after the consumers have stopped using them.
  runtime.lifecycle.onShutdown('smtp', () => {
    mailer.close();
  });
  // Issue 12 (notify-events): whom to notify, asked of identity's recipient directory.
  const recipients = new RecipientDirectory(
    config.IDENTITY_GRPC_ADDRESS,
    runtime.principalSigner(config.PRINCIPAL_SIGNING_KEY),
    runtime.logger,
  );
  runtime.lifecycle.onShutdown('identity client', () => {
    directory.close();
    links.close();
    recipients.close();
  });
  // Inbox slice (issue 12): the in-app channel and the person's own inbox.
  const inbox = new InboxRepository(runtime.connection);
  await runtime.ensureIndexes([inbox]);
  const inboxChannel = new InboxChannel(inbox, runtime.outbox, runtime.logger);
  const inboxService = new InboxService(inbox, runtime.outbox);
  // Preferences: the planner (choices, else defaults by role), one-click unsubscribe links, digests.
  const unsubscribeTokens = new UnsubscribeTokens(config.PRINCIPAL_SIGNING_KEY);
  const preferences = new NotificationPreferenceService(
    preferenceStore,
    unsubscribeTokens,
    config.SMS_API_URL !== '',
    runtime.logger,
    directory,
  );
  const unsubscribe = new OneClickUnsubscribe(
    unsubscribeTokens,
    config.WEB_URL,
    config.MAIL_FROM,
    (tenantId, recipient) => preferences.resolve(tenantId, recipient),
  );
  const digestQueue: { service?: DigestService } = {};
  // Issue 12 (templates): the tenant's e-mail identity and the language rule, shared by sending and previews.
  const emailBranding = new EmailBranding(config.WEB_URL, brandings);
  const languages = new NotificationLanguages(brandings, directory);
  // Issue 12: every notification leaves through the dispatcher (channels, preferences, exactly once).
  const dispatcher = new Dispatcher({
    inApp: inboxChannel,
    notifications,
    mailer,
    outbox: runtime.outbox,
    logger: runtime.logger,
    dresser: emailBranding,
    // Delivery (issue 12): per-notification retries with backoff, and SMS when a provider is configured.
    retry: {
      maxAttempts: config.SEND_ATTEMPTS,
      firstDelayMs: config.SEND_RETRY_MS,
      maxDelayMs: config.SEND_RETRY_MAX_MS,
    },
    ...(smsSettings ? { sms: new SmsSender(smsSettings) } : {}),
    planner: preferences,
    unsubscribe,
    digests: {
      enqueue: (...args) => {
        if (!digestQueue.service) throw new Error('the digest queue is not wired yet');
        return digestQueue.service.enqueue(...args);
      },
    },
  });
  digestQueue.service = new DigestService(
    digestStore,
    preferences,
    dispatcher,
    unsubscribe,
    config.WEB_URL,
    runtime.logger,
    { intervalMs: config.DIGEST_INTERVAL_MS, clock: options.clock ?? (() => new Date()) },
  );
  const digests = digestQueue.service;
  const service = new NotificationService(notifications, dispatcher, runtime.logger, links, languages);
  const eventNotifications = new EventNotifications(
    dispatcher,
    recipients,
    workspaces,
    directory,
    config.WEB_URL,
    runtime.logger,
  );
  // Message actions (issue 12): the people a message mentions, found in identity's recipient directory.
  const mentions = new MentionNotifier(dispatcher, recipients, workspaces, config.WEB_URL);
  // Partner webhooks (issue 13): endpoints, signed deliveries with retries, the delivery log.
  const webhookStore = new WebhookRepository(runtime.connection);
  await runtime.ensureIndexes([webhookStore]);
  const webhooks = new WebhookService(
    webhookStore,
    new WebhookSender(config.WEBHOOK_ALLOW_PRIVATE_TARGETS, config.WEBHOOK_TIMEOUT_MS),
    dispatcher,
    recipients,
    {
      allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      retryScheduleMs: parseSchedule(config.WEBHOOK_RETRY_SCHEDULE_MS),
      retryWindowMs: config.WEBHOOK_RETRY_WINDOW_MS,
      disableAfterMs: config.WEBHOOK_DISABLE_AFTER_MS,
      leaseMs: config.WEBHOOK_TIMEOUT_MS * 3,
      webUrl: config.WEB_URL,
    },
    runtime.logger,
    options.clock,
  );
  await runtime.serveGrpc(
    [
      contractOf('notification').packageDefinition,
      contractOf('inbox').packageDefinition,
      contractOf('notificationPreferences').packageDefinition,
      contractOf('notificationTemplates').packageDefinition,
      contractOf('webhooks').packageDefinition,
    ],
    [
      { definition: serviceDefinition('notification'), handlers: notificationHandlers(service) },
      { definition: serviceDefinition('inbox'), handlers: inboxHandlers(inboxService) },
      {
        definition: serviceDefinition('notificationPreferences'),
        handlers: preferenceHandlers(preferences),
      },
      {
        definition: serviceDefinition('notificationTemplates'),
        handlers: templatePreviewHandlers(
          new TemplatePreviewService(emailBranding, languages, directory, config.WEB_URL, config.MAIL_FROM),
        ),
      },
      { definition: serviceDefinition('webhooks'), handlers: webhookHandlers(webhooks) },
    ],
  );
  // E-mail must survive a mail relay or identity outage of a few minutes: 9 attempts, 1 s doubling
  // (about 8.5 minutes in all) before an event is dead-lettered.
  const subscriptions = notificationSubscriptions(
    service,
    workspaces,
    brandings,
    eventNotifications,
    dueTasks,
    mentions,
  );
  await runtime.consume({
    ...subscriptions,
    // Partner webhooks also map crm's client events.
    topics: [...new Set([...subscriptions.topics, 'crm.events'])],
    // Webhooks first: their deliveries are claimed by insert, so a retried event makes none twice.
    handlers: withWebhooks(subscriptions.handlers, webhooks),
    maxAttempts: config.DELIVERY_ATTEMPTS,
    retryDelayMs: config.DELIVERY_RETRY_MS,
    // Notifications of different events are independent: the topics' partitions are handled at once,
    // so a slow mail server costs one partition's wait, not every event's (order within each is kept).
    partitionsConsumedConcurrently: 3,
  });
  // Delivery (issue 12): the retrier makes the attempts that are due, on every replica (each attempt is
  // claimed by insert, so one replica makes it). Stopped before the connections close.
  const retrier = new DeliveryRetrier(
    dispatcher,
    config.SEND_RETRY_SCAN_MS,
    config.SEND_STALE_MS,
    runtime.logger,
  );
  retrier.start();
  runtime.lifecycle.onShutdown('delivery retrier', () => retrier.stop());
  // The digest job runs on every replica; each digest is claimed by insert, so it goes once.
  runtime.lifecycle.onShutdown('digest job', () => digests.stop());
  digests.start();
  // Issue 12 (notify-events): due tasks, scanned on every replica, each reminder claimed by insert.
  // Registered last, so shutdown stops it first and waits for the scan under way.
  const taskDue = new TaskDueJob(
    dueTasks,
    dispatcher,
    recipients,
    workspaces,
    config.WEB_URL,
    runtime.logger,
    {
      intervalMs: config.TASK_DUE_SCAN_MS,
    },
  );
  runtime.lifecycle.onShutdown('task due scan', () => taskDue.stop());
  taskDue.start();
  const webhookScheduler = new WebhookScheduler(webhooks, config.WEBHOOK_SCAN_MS, runtime.logger);
  runtime.lifecycle.onShutdown('webhook scheduler', () => webhookScheduler.stop());
  webhookScheduler.start();
  runtime.ready();
  return runtime;
}

/** Adds the webhook capture in front of notification's own handler of each event type webhooks map. */
function withWebhooks(
  handlers: EventSubscriptions<CatalogueEvent>['handlers'],
  webhooks: WebhookService,
): EventSubscriptions<CatalogueEvent>['handlers'] {
  const composed: Record<string, unknown> = { ...handlers };
  for (const type of WEBHOOK_SOURCE_TYPES) {
    const own = handlers[type] as
      ((event: CatalogueEvent, context: HandlerContext) => Promise<void>) | undefined;
    composed[type] = async (event: CatalogueEvent, context: HandlerContext) => {
      await webhooks.capture(event);
      await own?.(event, context);
    };
  }
  return composed;
}
