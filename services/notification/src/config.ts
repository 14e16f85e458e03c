import { z } from 'zod';
import { env, loadConfig, principalKeyEnvironment, serviceConfigShape } from '@client-portal/kit';

export const notificationConfigSchema = z.object({
  ...serviceConfigShape('notification', 17056),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
    .default('smtp://127.0.0.1:11025'),
  MAIL_FROM: z.string().min(3).default('Client Portal <no-reply@client-portal.local>'),
  /**
   * Attempts at handling an event (rendering, asking identity) before it is dead-lettered, and the
   * first retry delay (doubling). Sending itself is retried per notification (SEND_* below).
   */
  DELIVERY_ATTEMPTS: env.positiveInt(9),
  DELIVERY_RETRY_MS: env.positiveInt(1000),
  /**
   * Issue 12: attempts at sending one notification (the first included) before it is failed and shown
   * as such to staff; the first retry delay, doubling, capped at SEND_RETRY_MAX_MS; how often the
   * retrier looks for due attempts; after how long an attempt left "sending" by a stopped replica is
   * made again.
   */
  SEND_ATTEMPTS: env.positiveInt(6),
  SEND_RETRY_MS: env.positiveInt(30_000),
  SEND_RETRY_MAX_MS: env.positiveInt(600_000),
  SEND_RETRY_SCAN_MS: env.positiveInt(5_000),
  SEND_STALE_MS: env.positiveInt(300_000),
  /**
   * Text messages through a server speaking the Twilio Messages API (Twilio: https://api.twilio.com;
   * locally the SMS simulator). Empty SMS_API_URL: the deployment has no SMS provider, no SMS goes.
   */
  SMS_API_URL: z.union([z.literal(''), env.url()]).default(''),
  SMS_ACCOUNT_SID: z.string().default(''),
  SMS_AUTH_TOKEN: z.string().default(''),
  SMS_FROM: z.string().default(''),
  /** identity's gRPC address: who the tenant's owners are. */
  IDENTITY_GRPC_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, { message: 'must be host:port' })
    .default('127.0.0.1:17051'),
  /** The Ed25519 key notification signs its own principal with when it calls identity (issuer `notification`). */
  PRINCIPAL_SIGNING_KEY: principalKeyEnvironment.signingKey(),
  /** Issue 12: how often the due-task scan runs (each task's reminder goes once per due date). */
  TASK_DUE_SCAN_MS: env.positiveInt(300_000),
  /** The web app's public origin, for links back to the portal in e-mails. */
  WEB_URL: env.url().default('http://127.0.0.1:8080'),
  /** Preferences (issue 12): how often the digest job looks for hourly and daily digests that are due. */
  DIGEST_INTERVAL_MS: env.positiveInt(60_000),
  /**
   * Partner webhooks (issue 13): private, loopback and link-local targets (and plain http) are refused
   * unless this is true (the local platform and the tests); the delays between attempts (comma-separated
   * ms, the last repeats) within WEBHOOK_RETRY_WINDOW_MS; an endpoint failing for WEBHOOK_DISABLE_AFTER_MS
   * is disabled; the HTTP time-out; how often due attempts are looked for.
   */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: env.boolean(false),
  WEBHOOK_RETRY_SCHEDULE_MS: z
    .string()
    .regex(/^\d+(,\d+)*$/, { message: 'must be comma-separated milliseconds' })
    .default('30000,120000,600000,1800000,3600000,7200000,14400000,28800000'),
  WEBHOOK_RETRY_WINDOW_MS: env.positiveInt(86_400_000),
  WEBHOOK_DISABLE_AFTER_MS: env.positiveInt(86_400_000),
  WEBHOOK_TIMEOUT_MS: env.positiveInt(10_000),
  WEBHOOK_SCAN_MS: env.positiveInt(5_000),
});
export type NotificationConfig = z.infer<typeof notificationConfigSchema>;

/** The SMS provider's settings, when the deployment has one (all four set), else undefined. */
export function smsSettingsOf(config: NotificationConfig) {
  if (!config.SMS_API_URL) return undefined;
  const missing = (['SMS_ACCOUNT_SID', 'SMS_AUTH_TOKEN', 'SMS_FROM'] as const).filter(
    (name) => !config[name],
  );
  if (missing.length > 0)
    throw new Error(`SMS_API_URL is set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not`);
  return {
    apiUrl: config.SMS_API_URL,
    accountSid: config.SMS_ACCOUNT_SID,
    authToken: config.SMS_AUTH_TOKEN,
    from: config.SMS_FROM,
  };
}

export function loadNotificationConfig(environment: NodeJS.ProcessEnv = process.env): NotificationConfig {
  return loadConfig(notificationConfigSchema, environment);
}
