import { z } from 'zod';
import { loadConfig, objectStoreEnvironment, serviceConfigShape } from '@client-portal/kit';

export const portalConfigSchema = z.object({
  ...serviceConfigShape('portal', 17053),
  // Files and deliverable versions (issue 10).
  ...objectStoreEnvironment,
});
export type PortalConfig = z.infer<typeof portalConfigSchema>;

export function loadPortalConfig(environment: NodeJS.ProcessEnv = process.env): PortalConfig {
  return loadConfig(portalConfigSchema, environment);
}
