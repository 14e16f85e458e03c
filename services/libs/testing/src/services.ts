import {
  createPrincipalSigner,
  generatePrincipalKeyPair,
  PORTAL_RIGHTS,
  type PortalRight,
  type Principal,
  type PrincipalSigner,
} from '@client-portal/kit';
import { infrastructure, uniqueName } from './infrastructure.js';

/**
 * The test environment's principal key pair, new in every test process: services started by a test
 * trust it for the issuers that call them (gateway, notification) and for `test`, which `as()` signs as.
 * Never the development key, so images run with NODE_ENV=production accept it.
 */
export const TEST_PRINCIPAL_KEYS = generatePrincipalKeyPair();
const TRUSTED_ISSUERS = ['gateway', 'notification', 'test'];

/** Signs principals as issuer `test` with the test environment's key. */
export const testPrincipalSigner: PrincipalSigner = createPrincipalSigner({
  issuer: 'test',
  privateKey: TEST_PRINCIPAL_KEYS.privateKey,
});

/**
 * Configuration for a service started inside a test: its own database, topic prefix and consumer
 * group, so tests running in parallel (and earlier runs) never share data or events.
 */
export function serviceTestEnvironment(service: string, namespace = uniqueName('t')): Record<string, string> {
  const infra = infrastructure();
  return {
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: '0',
    // The gateway's partner gRPC API: a free port, so gateways of parallel tests never clash.
    PARTNER_GRPC_PORT: '0',
    MONGO_URL: infra.mongoUrl,
    MONGO_DATABASE: `${namespace}_${service}`,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${namespace}.`,
    KAFKA_CONSUMER_GROUP: `${namespace}.${service}`,
    KEYCLOAK_URL: infra.keycloakUrl,
    SMTP_URL: infra.smtpUrl,
    // Files (portal): one bucket per namespace, so runs never see each other's objects.
    S3_URL: infra.s3Url,
    S3_BUCKET: namespace
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '-')
      .slice(0, 60),
    PRINCIPAL_SIGNING_KEY: TEST_PRINCIPAL_KEYS.privateKey,
    PRINCIPAL_PUBLIC_KEYS: TRUSTED_ISSUERS.map((issuer) => `${issuer}:${TEST_PRINCIPAL_KEYS.publicKey}`).join(
      ',',
    ),
  };
}

/** Call options that make a gRPC call on behalf of a principal, signed as the gateway would sign it. */
export function as(principal: Principal): { principal: Principal; signer: PrincipalSigner } {
  return { principal, signer: testPrincipalSigner };
}

/**
 * Call options of another service calling on its own behalf, signed with that service's issuer name
 * (`notification`, …): what an endpoint reserved for one service checks.
 */
export function asService(
  service: string,
  tenantId: string,
): { principal: Principal; signer: PrincipalSigner } {
  return {
    principal: { userId: `service:${service}`, tenantId, kind: 'service', workspaceIds: [] },
    signer: createPrincipalSigner({ issuer: service, privateKey: TEST_PRINCIPAL_KEYS.privateKey }),
  };
}

export function staff(
  tenantId: string,
  role: Principal['staffRole'] = 'owner',
  userId = uniqueName('staff'),
): Principal {
  return { userId, tenantId, kind: 'staff', staffRole: role, workspaceIds: [] };
}

export function clientUser(
  tenantId: string,
  clientId: string,
  workspaceIds: string[] = [],
  userId = uniqueName('client'),
  /** The rights held in each of those workspaces (default: all, a decision-maker's). */
  rights: readonly PortalRight[] = PORTAL_RIGHTS,
): Principal {
  return {
    userId,
    tenantId,
    kind: 'client',
    clientId,
    workspaceIds,
    workspaceAccess: workspaceIds.map((workspaceId) => ({ workspaceId, rights: [...rights] })),
  };
}
