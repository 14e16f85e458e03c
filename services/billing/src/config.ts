import { z } from 'zod';
import { env, loadConfig, serviceConfigShape } from '@client-portal/kit';

export const billingConfigSchema = z.object({
  ...serviceConfigShape('billing', 17054),
  // --- payments (Stripe) ---------------------------------------------------------------------------
  /** Where the Stripe SDK sends API calls: stripe-mock locally, empty = api.stripe.com in production. */
  STRIPE_API_URL: z.string().default('http://127.0.0.1:12111'),
  /** The secret API key (sk_…). stripe-mock accepts any sk_test_ key; production reads it from a Secret. */
  STRIPE_SECRET_KEY: z.string().min(1).default('sk_test_LocalDevelopmentOnly'),
  /** The webhook endpoint's signing secret (whsec_…): every webhook is verified with it. */
  STRIPE_WEBHOOK_SECRET: z.string().min(1).default('whsec_local_development_only'),
  /** Seconds a webhook's signed timestamp may be old (Stripe's default tolerance: 300). */
  STRIPE_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(1).default(300),
  /**
   * Local/dev/test only (empty = off, as in production): the gateway's webhook URL to which billing
   * itself POSTs the signed `payment_intent.succeeded` event Stripe would send after a confirmation,
   * since stripe-mock sends no webhooks.
   */
  STRIPE_LOCAL_WEBHOOK_URL: z.union([z.literal(''), env.url()]).default(''),
  // Recurring slice: how often every replica looks for due subscription periods and reminders, and how
  // long a claimed period may stay unfinished before another replica takes it over (its claimer died).
  BILLING_SCHEDULER_INTERVAL_MS: env.positiveInt(60_000),
  BILLING_SCHEDULER_LEASE_MS: env.positiveInt(120_000),
  BILLING_SCHEDULER_ENABLED: env.boolean(true),
});
export type BillingConfig = z.infer<typeof billingConfigSchema>;

export function loadBillingConfig(environment: NodeJS.ProcessEnv = process.env): BillingConfig {
  return loadConfig(billingConfigSchema, environment);
}
