// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The testcontainers path, for machines with a Docker engine: the same components, same versions and
 * same ports as the local scripts, started as containers. Chosen with CP_INFRA=testcontainers, or
 * automatically when a Docker socket answers and CP_INFRA is not `local`.
 */
// Plain JavaScript: jest loads global setup outside its module mapper, natively as ESM.

/** @typedef {{ environment: Record<string, string>, stop(): Promise<void> }} StartedComponents */

/** @param {string} repo */
export function localPorts(repo) {
  return /** @type {Record<string, number>} */ (
    JSON.parse(readFileSync(path.join(repo, 'deploy/local/ports.json'), 'utf8'))
  );
}

export function dockerSocketPresent() {
  const host = process.env.DOCKER_HOST;
  if (host?.startsWith('tcp://')) return true;
  return existsSync(host?.replace(/^unix:\/\//, '') ?? '/var/run/docker.sock');
}

/**
 * @param {string} repo
 * @returns {Promise<StartedComponents>}
 */
export async function startWithTestcontainers(repo) {
  const { GenericContainer, Wait } = await import('testcontainers');
  const ports = localPorts(repo);
  const realm = path.join(repo, 'deploy/keycloak/client-portal-realm.json');
  const fixed = (/** @type {number} */ container, /** @type {number} */ host) => ({ container, host });

  const starting = [
    new GenericContainer('ghcr.io/ferretdb/ferretdb:1.24.2')
      .withEnvironment({
        FERRETDB_HANDLER: 'sqlite',
        FERRETDB_SQLITE_URL: 'file:/state/',
        FERRETDB_TELEMETRY: 'disable',
      })
      .withExposedPorts(fixed(27017, ports.mongo ?? 27117))
      .withWaitStrategy(Wait.forListeningPorts())
      .start(),
    new GenericContainer('apache/kafka:3.9.1')
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: `PLAINTEXT://:${ports.kafka},CONTROLLER://:${ports.kafkaController}`,
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${ports.kafka}`,
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: `1@localhost:${ports.kafkaController}`,
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
        KAFKA_NUM_PARTITIONS: '3',
      })
      .withExposedPorts(fixed(ports.kafka ?? 19092, ports.kafka ?? 19092))
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .start(),
    new GenericContainer('quay.io/keycloak/keycloak:26.5.6')
      .withCommand(['start-dev', '--import-realm', `--hostname=http://127.0.0.1:${ports.keycloak}`])
      .withEnvironment({ KC_BOOTSTRAP_ADMIN_USERNAME: 'admin', KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin' })
      .withCopyFilesToContainer([
        { source: realm, target: '/opt/keycloak/data/import/client-portal-realm.json' },
      ])
      .withExposedPorts(fixed(8080, ports.keycloak ?? 18080))
      .withWaitStrategy(
        Wait.forHttp('/realms/client-portal/.well-known/openid-configuration', 8080).withStartupTimeout(
          240_000,
        ),
      )
      .start(),
    new GenericContainer('axllent/mailpit:v1.30.1')
      .withExposedPorts(fixed(1025, ports.smtp ?? 11025), fixed(8025, ports.mailpitHttp ?? 18025))
      .withWaitStrategy(Wait.forHttp('/api/v1/info', 8025))
      .start(),
    new GenericContainer('stripe/stripe-mock:v0.197.0')
      .withExposedPorts(fixed(12111, ports.stripe ?? 12111))
      .withWaitStrategy(Wait.forListeningPorts())
      .start(),
    // The same S3Proxy as the local scripts (filesystem storage, same identity, CORS for presigned URLs).
    new GenericContainer('andrewgaul/s3proxy:s3proxy-4.1.0')
      .withEnvironment({
        S3PROXY_ENDPOINT: 'http://0.0.0.0:80',
        S3PROXY_AUTHORIZATION: 'aws-v2-or-v4',
        S3PROXY_IDENTITY: 'local-identity',
        S3PROXY_CREDENTIAL: 'local-credential',
        S3PROXY_CORS_ALLOW_ALL: 'true',
        JCLOUDS_PROVIDER: 'filesystem',
        JCLOUDS_FILESYSTEM_BASEDIR: '/data',
      })
      .withExposedPorts(fixed(80, ports.s3 ?? 18333))
      .withWaitStrategy(Wait.forListeningPorts())
      .start(),
  ];
  const containers = await Promise.all(starting);
  // The tests' password-grant client is development-only: added after the import, as the local scripts do.
  const { applyDevRealm } = await import(path.join(repo, 'deploy/keycloak/dev-realm.mjs'));
  await applyDevRealm({ url: `http://127.0.0.1:${ports.keycloak}`, username: 'admin', password: 'admin' });
  return {
    environment: {
      MONGO_URL: `mongodb://127.0.0.1:${ports.mongo}`,
      KAFKA_BROKERS: `127.0.0.1:${ports.kafka}`,
      KEYCLOAK_URL: `http://127.0.0.1:${ports.keycloak}`,
      SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
      MAILPIT_URL: `http://127.0.0.1:${ports.mailpitHttp}`,
      STRIPE_API_URL: `http://127.0.0.1:${ports.stripe}`,
      S3_URL: `http://127.0.0.1:${ports.s3}`,
    },
    stop: async () => {
      await Promise.all(containers.map((container) => container.stop()));
    },
  };
}
