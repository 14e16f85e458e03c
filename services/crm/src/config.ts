import { z } from 'zod';
import { loadConfig, serviceConfigShape } from '@client-portal/kit';

export const crmConfigSchema = z.object({
  ...serviceConfigShape('crm', 17052),
});
export type CrmConfig = z.infer<typeof crmConfigSchema>;

export function loadCrmConfig(environment: NodeJS.ProcessEnv = process.env): CrmConfig {
  return loadConfig(crmConfigSchema, environment);
}
