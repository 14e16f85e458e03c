import type { AuthSettings } from '../auth/keycloak';
import { getJson } from './http';

export type WebConfig = AuthSettings;

/** Public: where keycloak-js finds the realm. Called before anyone is logged in. */
export function getConfig(): Promise<WebConfig> {
  return getJson<WebConfig>('/api/config', { authenticated: false });
}
