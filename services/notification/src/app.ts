import { producerSchemas } from '@client-portal/events';
import { ServiceRuntime } from '@client-portal/kit';
import { contractOf, serviceDefinition } from '@client-portal/contracts';
import { NotificationService } from './application/notification.service.js';
import type { NotificationConfig } from './config.js';
import { notificationSubscriptions } from './events/subscriptions.js';
import { notificationHandlers } from './grpc/notification.handler.js';
import { NOTIFICATIONS_COLLECTION, NotificationRepository } from './store/notification.repository.js';
import { SmtpMailer } from './adapters/smtp.mailer.js';
import { StaffDirectory } from './adapters/staff.directory.js';
import { InvitationLinks } from './adapters/invitation.links.js';
import { WorkspaceRepository } from './store/workspace.repository.js';
import { BrandingRepository } from './store/branding.repository.js';
import { Dispatcher } from './application/dispatcher.js';
import { EmailBranding } from './application/email-branding.js';
import { RecipientDirectory } from './adapters/recipient.directory.js';
import { EventNotifications } from './application/event-notifications.service.js';
import { TaskDueRepository } from './store/task-due.repository.js';
import { TaskDueJob } from './application/task-due.job.js';

// The package's entry point also gives the config loader, so a harness can start the service as main.ts does.
export { loadNotificationConfig, type NotificationConfig } from './config.js';

/** Wires notification: runtime → repositories, SMTP and identity → use cases → gRPC → consumers → SERVING. */
export async function startNotification(config: NotificationConfig): Promise<ServiceRuntime> {
  const runtime = await ServiceRuntime.start({
    service: 'notification',
    config,
    outboxCollections: [NOTIFICATIONS_COLLECTION],
    produces: producerSchemas('notification'),
  });
  const notifications = new NotificationRepository(runtime.connection);
  const workspaces = new WorkspaceRepository(runtime.connection);
  const brandings = new BrandingRepository(runtime.connection);
  const dueTasks = new TaskDueRepository(runtime.connection);
  await runtime.ensureIndexes([notifications, workspaces, brandings, dueTasks]);
  const mailer = new SmtpMailer(config.SMTP_URL, config.MAIL_FROM);
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
  // Issue 12: every notification leaves through the dispatcher (channels, preferences, exactly once).
  const dispatcher = new Dispatcher({
    notifications,
    mailer,
    outbox: runtime.outbox,
    relay: runtime.relay,
    logger: runtime.logger,
    dresser: new EmailBranding(config.WEB_URL, brandings),
  });
  const service = new NotificationService(notifications, dispatcher, runtime.logger, links);
  const eventNotifications = new EventNotifications(
    dispatcher,
    recipients,
    workspaces,
    directory,
    config.WEB_URL,
    runtime.logger,
  );
  await runtime.serveGrpc(
    [contractOf('notification').packageDefinition],
    [{ definition: serviceDefinition('notification'), handlers: notificationHandlers(service) }],
  );
  // E-mail must survive a mail relay or identity outage of a few minutes: 9 attempts, 1 s doubling
  // (about 8.5 minutes in all) before an event is dead-lettered.
  await runtime.consume({
    ...notificationSubscriptions(service, workspaces, brandings, eventNotifications, dueTasks),
    maxAttempts: config.DELIVERY_ATTEMPTS,
    retryDelayMs: config.DELIVERY_RETRY_MS,
  });
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
  runtime.ready();
  return runtime;
}
