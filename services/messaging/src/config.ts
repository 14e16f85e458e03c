import { z } from 'zod';
import { loadConfig, objectStoreEnvironment, serviceConfigShape } from '@client-portal/kit';

export const messagingConfigSchema = z.object({
  ...serviceConfigShape('messaging', 17055),
  // Files attached to messages (issue 12, message actions): the same object store as portal's files.
  ...objectStoreEnvironment,
});
export type MessagingConfig = z.infer<typeof messagingConfigSchema>;

export function loadMessagingConfig(environment: NodeJS.ProcessEnv = process.env): MessagingConfig {
  return loadConfig(messagingConfigSchema, environment);
}
