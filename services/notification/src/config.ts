import { z } from 'zod';
import { env, loadConfig, principalKeyEnvironment, serviceConfigShape } from '@client-portal/kit';

export const notificationConfigSchema = z.object({
  ...serviceConfigShape('notification', 50056),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
    .default('smtp://127.0.0.1:11025'),
  MAIL_FROM: z.string().min(3).default('Client Portal <no-reply@client-portal.local>'),
  /** Delivery attempts before an event is dead-lettered, and the first retry delay (doubling). */
  DELIVERY_ATTEMPTS: env.positiveInt(9),
  DELIVERY_RETRY_MS: env.positiveInt(1000),
  /** identity's gRPC address: who the tenant's owners are. */
  IDENTITY_GRPC_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, { message: 'must be host:port' })
    .default('127.0.0.1:50051'),
  /** The Ed25519 key notification signs its own principal with when it calls identity (issuer `notification`). */
  PRINCIPAL_SIGNING_KEY: principalKeyEnvironment.signingKey(),
  /** Issue 12: how often the due-task scan runs (each task's reminder goes once per due date). */
  TASK_DUE_SCAN_MS: env.positiveInt(300_000),
  /** The web app's public origin, for links back to the portal in e-mails. */
  WEB_URL: env.url().default('http://127.0.0.1:8080'),
});
export type NotificationConfig = z.infer<typeof notificationConfigSchema>;

export function loadNotificationConfig(environment: NodeJS.ProcessEnv = process.env): NotificationConfig {
  return loadConfig(notificationConfigSchema, environment);
}
