import { z } from 'zod';
import { loadConfig, serviceConfigShape } from '@client-portal/kit';

export const portalConfigSchema = z.object({
  ...serviceConfigShape('portal', 50053),
});
export type PortalConfig = z.infer<typeof portalConfigSchema>;

export function loadPortalConfig(environment: NodeJS.ProcessEnv = process.env): PortalConfig {
  return loadConfig(portalConfigSchema, environment);
}
