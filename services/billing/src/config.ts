import { z } from 'zod';
import { env, loadConfig, serviceConfigShape } from '@client-portal/kit';

export const billingConfigSchema = z.object({
  ...serviceConfigShape('billing', 50054),
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
