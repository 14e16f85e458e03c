import { z } from 'zod';
import { loadConfig, serviceConfigShape } from '@client-portal/kit';

export const messagingConfigSchema = z.object({
  ...serviceConfigShape('messaging', 50055),
});
export type MessagingConfig = z.infer<typeof messagingConfigSchema>;

export function loadMessagingConfig(environment: NodeJS.ProcessEnv = process.env): MessagingConfig {
  return loadConfig(messagingConfigSchema, environment);
}
