import { principalMetadata, type Principal } from '@client-portal/kit';
import { infrastructure, uniqueName } from './infrastructure.js';

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
    MONGO_URL: infra.mongoUrl,
    MONGO_DATABASE: `${namespace}_${service}`,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: `${namespace}.`,
    KAFKA_CONSUMER_GROUP: `${namespace}.${service}`,
    KEYCLOAK_URL: infra.keycloakUrl,
    SMTP_URL: infra.smtpUrl,
  };
}

/** Call options that make a gRPC call on behalf of a principal, as the gateway does. */
export function as(principal: Principal): { metadata: ReturnType<typeof principalMetadata> } {
  return { metadata: principalMetadata(principal) };
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
): Principal {
  return { userId, tenantId, kind: 'client', clientId, workspaceIds };
}
