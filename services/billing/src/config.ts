import { z } from 'zod';
import { loadConfig, serviceConfigShape } from '@client-portal/kit';

export const billingConfigSchema = z.object({
  ...serviceConfigShape('billing', 50054),
});
export type BillingConfig = z.infer<typeof billingConfigSchema>;

export function loadBillingConfig(environment: NodeJS.ProcessEnv = process.env): BillingConfig {
  return loadConfig(billingConfigSchema, environment);
}
