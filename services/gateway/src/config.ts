import os from 'node:os';
import { z } from 'zod';
import { env, loadConfig, principalKeyEnvironment, telemetryEnvironment } from '@client-portal/kit';

export const gatewayConfigSchema = z.object({
  LOG_LEVEL: env.logLevel(),
  /** OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_TRACES_SAMPLE_RATIO, METRICS_PORT (docs/operations.md). */
  ...telemetryEnvironment,
  HTTP_HOST: z.string().default('127.0.0.1'),
  HTTP_PORT: env.port(8080),
  /** Where the browser reaches Keycloak; also the token issuer's base (one spelling everywhere). */
  KEYCLOAK_URL: env.url().default('http://127.0.0.1:18080'),
  KEYCLOAK_REALM: z.string().default('client-portal'),
  /** The audience tokens must carry. */
  KEYCLOAK_GATEWAY_CLIENT_ID: z.string().default('client-portal-gateway'),
  /** The public PKCE client the web app logs in with. */
  KEYCLOAK_WEB_CLIENT_ID: z.string().default('client-portal-web'),
  IDENTITY_GRPC_ADDRESS: z.string().default('127.0.0.1:17051'),
  CRM_GRPC_ADDRESS: z.string().default('127.0.0.1:17052'),
  PORTAL_GRPC_ADDRESS: z.string().default('127.0.0.1:17053'),
  BILLING_GRPC_ADDRESS: z.string().default('127.0.0.1:17054'),
  MESSAGING_GRPC_ADDRESS: z.string().default('127.0.0.1:17055'),
  NOTIFICATION_GRPC_ADDRESS: z.string().default('127.0.0.1:17056'),
  KAFKA_BROKERS: env.brokers(),
  KAFKA_TOPIC_PREFIX: z.string().default(''),
  /** Every gateway replica must see every live event, so each one has its own consumer group. */
  KAFKA_CONSUMER_GROUP: z.string().default(`gateway-${os.hostname()}-${process.pid}`),
  /** The built web app (web/dist) served at /, when present. */
  WEB_DIST: z.string().default(''),
  /** How long a resolved principal is reused before asking identity again. */
  PRINCIPAL_CACHE_MS: env.positiveInt(10_000),
  /** Requests per minute and client address on the public acceptance verification routes. */
  PUBLIC_RATE_LIMIT_PER_MINUTE: env.positiveInt(60),
  /**
   * Tenants' sub-domains live under it: a request whose Host is `<label>.<PORTAL_DOMAIN>` is for that
   * tenant's portal (public branding, the portal page at the root). Empty: no sub-domains.
   */
  PORTAL_DOMAIN: z.string().trim().toLowerCase().default('portal.localhost'),
  /** The public partner gRPC API (issue 13, docs/partner-api.md): its own port, TLS when both PEM files are set. */
  PARTNER_GRPC_HOST: z.string().default('127.0.0.1'),
  /** 0 binds a free port (tests). */
  PARTNER_GRPC_PORT: env.port(17070),
  PARTNER_TLS_CERT_FILE: z.string().default(''),
  PARTNER_TLS_KEY_FILE: z.string().default(''),
  /** The audience partner access tokens must carry (identity's Keycloak clients add it). */
  PARTNER_AUDIENCE: z.string().default('client-portal-partner-api'),
  /** gRPC reflection on the partner port, so `grpcurl` can list and describe the API. */
  PARTNER_REFLECTION: env.boolean(true),
  /**
   * Hardening (issue 14, docs/security.md): requests per minute and client address on the anonymous
   * routes that take a secret token (invitations, team invitations, join links, unsubscribe links)...
   */
  SIGN_IN_RATE_LIMIT_PER_MINUTE: env.positiveInt(30),
  /** ...and on the other anonymous routes (the app's settings, logos, public pages). */
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: env.positiveInt(300),
  /** Strict-Transport-Security's max-age on every answer; 0 leaves the header out. */
  HSTS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(31_536_000),
  /**
   * Origins the web app connects to besides itself and Keycloak (comma-separated): the object store's
   * public URL (S3_PUBLIC_URL, where browsers upload and download with presigned URLs).
   */
  WEB_CONNECT_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: 'each origin must be a URL' }))),
  /** Live stream caps: open streams per user (tabs) and per replica... */
  LIVE_MAX_STREAMS_PER_USER: env.positiveInt(5),
  LIVE_MAX_STREAMS: env.positiveInt(2_000),
  /** ...and the bytes a stream may have waiting for a reader that does not read before it is dropped. */
  LIVE_MAX_BUFFERED_BYTES: env.positiveInt(262_144),
  /** The Ed25519 key the gateway signs principals with (issuer `gateway`); services hold its public key. */
  PRINCIPAL_SIGNING_KEY: principalKeyEnvironment.signingKey(),
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function loadGatewayConfig(environment: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, environment);
}
