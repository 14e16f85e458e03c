import { getJson } from './http';
import type { Schemas } from './schema';

/** Where keycloak-js finds the realm (satisfies the auth module's AuthSettings). */
export type WebConfig = Schemas['WebConfig'];

/** Public: where keycloak-js finds the realm. Called before anyone is logged in. */
export function getConfig(): Promise<WebConfig> {
  return getJson<WebConfig>('/api/config', { authenticated: false });
}
