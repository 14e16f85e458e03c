import { z } from 'zod';
import { env, loadConfig, serviceConfigShape } from '@client-portal/kit';

export const identityConfigSchema = z.object({
  ...serviceConfigShape('identity', 17051),
  /** Where Keycloak answers; also the token issuer's origin. */
  KEYCLOAK_URL: env.url().default('http://127.0.0.1:18080'),
  KEYCLOAK_REALM: z.string().min(1).default('client-portal'),
  /** The service account that manages realm users through the admin REST API. */
  KEYCLOAK_CLIENT_ID: z.string().min(1).default('client-portal-identity'),
  KEYCLOAK_CLIENT_SECRET: z.string().min(1).default('dev-identity-secret'),
  /** The web app's public origin: invitation links point there. */
  WEB_URL: env.url().default('http://127.0.0.1:8080'),
  /** The web app's Keycloak client: Keycloak's password reset e-mail returns to it (revocation slice). */
  KEYCLOAK_WEB_CLIENT_ID: z.string().min(1).default('client-portal-web'),
  /** Shareable invitation links: joins per link, and join attempts per network address, per window. */
  JOIN_LIMIT_PER_LINK: z.coerce.number().int().min(1).default(30),
  JOIN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  JOIN_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
});
export type IdentityConfig = z.infer<typeof identityConfigSchema>;

export function loadIdentityConfig(environment: NodeJS.ProcessEnv = process.env): IdentityConfig {
  return loadConfig(identityConfigSchema, environment);
}
