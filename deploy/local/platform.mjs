#!/usr/bin/env node
// @ts-check
// The platform's own processes on top of the infrastructure: the six services and the gateway (which
// serves the built web app), each a process started with tsx, logging to ~/.cache/client-portal/logs,
// waited on with the standard gRPC health check (HTTP for the gateway).
//   node deploy/local/platform.mjs up | down | status | logs [name...] [-f] | seed
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  dim,
  environment,
  green,
  httpOk,
  launch,
  LOGS,
  pidOf,
  PORT_OFFSET,
  red,
  report,
  sleep,
  StepError,
  tail,
  terminate,
  withProgress,
} from './infra.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const require = createRequire(path.join(repo, 'package.json'));
/** @type {{ services: { name: string, grpcPort: number }[], gateway: { name: string, httpPort: number, partnerGrpcPort: number }, demo: { tenants: { slug: string, name: string, ownerEmail: string, ownerName: string, ownerPassword: string }[], clientUsers: { tenant: string, email: string, name: string, password: string, client: string }[], staff: { tenant: string, email: string, name: string, role: string, password: string }[] } }} */
export const LAYOUT = JSON.parse(readFileSync(path.join(here, 'services.json'), 'utf8'));
// A second instance side by side (CLIENT_PORTAL_PORT_OFFSET) moves the platform's ports with the infrastructure's.
for (const service of LAYOUT.services) service.grpcPort += PORT_OFFSET;
LAYOUT.gateway.httpPort += PORT_OFFSET;
LAYOUT.gateway.partnerGrpcPort += PORT_OFFSET;
const tsx = pathToFileURL(require.resolve('tsx')).href;
const WEB_URL = `http://127.0.0.1:${LAYOUT.gateway.httpPort}`;
/** The public partner gRPC API (docs/partner-api.md): plaintext locally, reflection on. */
export const PARTNER_ADDRESS = `127.0.0.1:${LAYOUT.gateway.partnerGrpcPort}`;

function serviceEnvironment() {
  /** @type {Record<string, string>} */
  const variables = {
    ...environment(),
    REPO_ROOT: repo,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    WEB_URL,
    GRPC_HOST: '127.0.0.1',
    // Payments (local only): billing plays Stripe's part and POSTs the signed webhook to the gateway.
    STRIPE_LOCAL_WEBHOOK_URL: `${WEB_URL}/api/webhooks/stripe`,
    // Webhooks (notification, docs/partner-webhooks.md): a partner's receiver on this machine is allowed
    // (http and private addresses), which a deployment refuses (no server-side request forgery).
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  };
  // Files (portal): browsers PUT and GET presigned URLs on the same local S3Proxy the services use.
  if (variables.S3_URL) variables.S3_PUBLIC_URL = process.env.S3_PUBLIC_URL ?? variables.S3_URL;
  for (const service of LAYOUT.services)
    variables[`${service.name.toUpperCase()}_GRPC_ADDRESS`] = `127.0.0.1:${service.grpcPort}`;
  return variables;
}

/** The standard grpc.health.v1 check: resolves when the server says SERVING. @param {number} port */
async function grpcServing(port) {
  const grpc = await import('@grpc/grpc-js');
  const loader = await import('@grpc/proto-loader');
  const { protoPath } = require('grpc-health-check');
  const definition = loader.loadSync(protoPath, { keepCase: true, enums: String });
  const Health = /** @type {any} */ (grpc.loadPackageDefinition(definition)).grpc.health.v1.Health;
  const client = new Health(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  try {
    const status = await new Promise((resolve, reject) => {
      client.Check(
        { service: '' },
        { deadline: Date.now() + 2000 },
        (/** @type {Error | null} */ error, /** @type {{ status: string }} */ answer) =>
          error ? reject(error) : resolve(answer.status),
      );
    });
    if (status !== 'SERVING') throw new Error(`health is ${status}`);
  } finally {
    client.close();
  }
}

/** @param {string} name @param {() => Promise<unknown>} probe @param {number | undefined} pid */
async function waitFor(name, probe, pid, seconds = 90) {
  const deadline = Date.now() + seconds * 1000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      await probe();
      return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (pid !== undefined && pidOf(name) === undefined)
      throw new StepError(`${name} exited during start-up`, path.join(LOGS, `${name}.log`));
    await sleep(500);
  }
  throw new StepError(`${name} was not ready after ${seconds}s (${last})`, path.join(LOGS, `${name}.log`));
}

/** @param {string} name @param {Record<string, string>} variables */
function startProcess(name, variables) {
  return launch(
    name,
    process.execPath,
    ['--enable-source-maps', '--import', tsx, path.join(repo, 'services', name, 'src', 'main.ts')],
    variables,
  );
}

/** Newest modification time of the files under a folder. @param {string} folder @returns {number} */
function newest(folder) {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder).reduce((latest, entry) => {
    const full = path.join(folder, entry);
    const stats = statSync(full);
    return Math.max(latest, stats.isDirectory() ? newest(full) : stats.mtimeMs);
  }, 0);
}

export async function buildWeb() {
  const dist = path.join(repo, 'web', 'dist', 'index.html');
  const sources = Math.max(
    newest(path.join(repo, 'web', 'src')),
    statSync(path.join(repo, 'web', 'index.html')).mtimeMs,
  );
  if (existsSync(dist) && statSync(dist).mtimeMs >= sources) return;
  await withProgress('building the web app (vite)', async () => {
    const result = spawnSync(
      process.execPath,
      [path.join(repo, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      { cwd: path.join(repo, 'web'), stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (result.status !== 0) throw new StepError('the web app did not build');
  });
}

/**
 * The topics every service writes (`<service>.events`) and every consumer's dead-letter topic
 * (`<service>.dead-letter`), created before any service starts and waited on until each partition has a
 * leader: a consumer that subscribes while a fresh Kafka is still electing them fails with
 * UNKNOWN_TOPIC_OR_PARTITION. Creating an existing topic is a no-op, so this runs on every start.
 */
export function platformTopics() {
  const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
  return LAYOUT.services.flatMap((service) => [
    `${prefix}${service.name}.events`,
    `${prefix}${service.name}.dead-letter`,
  ]);
}

export async function createTopics(seconds = 120) {
  const topics = platformTopics();
  await withProgress(`creating the Kafka topics (${topics.length})`, async () => {
    const { Kafka, logLevel } = await import('kafkajs');
    const brokers = (environment().KAFKA_BROKERS ?? '').split(',').map((broker) => broker.trim());
    const kafka = new Kafka({ clientId: 'client-portal-start', brokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    const deadline = Date.now() + seconds * 1000;
    let last = 'no answer';
    while (Date.now() < deadline) {
      try {
        await admin.connect();
        const existing = new Set(await admin.listTopics());
        const missing = topics.filter((topic) => !existing.has(topic));
        if (missing.length > 0)
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })),
          });
        const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
        const leaderless = metadata.filter(
          (topic) =>
            topic.partitions.length === 0 || topic.partitions.some((partition) => partition.leader < 0),
        );
        if (leaderless.length === 0) return;
        last = `no leader yet for ${leaderless.map((topic) => topic.name).join(', ')}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
      await sleep(1000);
    }
    throw new StepError(`the Kafka topics were not ready after ${seconds}s (${last})`);
  });
}

export async function up() {
  const variables = serviceEnvironment();
  await createTopics();
  await withProgress('starting the services', async () => {
    // identity first: notification and the seed call it.
    for (const group of [
      LAYOUT.services.filter((service) => service.name === 'identity'),
      LAYOUT.services.filter((service) => service.name !== 'identity'),
    ]) {
      await Promise.all(
        group.map(async (service) => {
          const probe = () => grpcServing(service.grpcPort);
          try {
            await probe();
            return;
          } catch {
            /* not running: start it */
          }
          if (pidOf(service.name) !== undefined) await terminate(service.name);
          const pid = startProcess(service.name, { ...variables, GRPC_PORT: String(service.grpcPort) });
          await waitFor(service.name, probe, pid);
        }),
      );
    }
  });
  await seed();
  await buildWeb();
  await withProgress('starting the gateway', async () => {
    const health = () => httpOk(`${WEB_URL}/api/health`);
    try {
      await health();
      return;
    } catch {
      /* not running */
    }
    if (pidOf('gateway') !== undefined) await terminate('gateway');
    const pid = startProcess('gateway', {
      ...variables,
      HTTP_PORT: String(LAYOUT.gateway.httpPort),
      PARTNER_GRPC_PORT: String(LAYOUT.gateway.partnerGrpcPort),
      WEB_DIST: path.join(repo, 'web', 'dist'),
      // The app's CSP lets it reach the object store its presigned URLs point at (docs/security.md).
      WEB_CONNECT_ORIGINS: variables.S3_PUBLIC_URL ?? '',
    });
    await waitFor('gateway', health, pid);
  });
}

export async function seed() {
  await withProgress('seeding the demo tenants', async () => {
    const result = spawnSync(process.execPath, ['--import', tsx, path.join(here, 'seed.ts')], {
      cwd: repo,
      env: { ...process.env, ...serviceEnvironment() },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.status !== 0) throw new StepError('seeding failed');
  });
}

export async function down() {
  for (const name of [LAYOUT.gateway.name, ...LAYOUT.services.map((service) => service.name).reverse()]) {
    const stopped = await terminate(name);
    process.stderr.write(stopped ? `${green('✔')} stopped ${name}\n` : dim(`• ${name} was not running\n`));
  }
}

export async function status() {
  let healthy = true;
  for (const service of LAYOUT.services) {
    const ok = await grpcServing(service.grpcPort).then(
      () => true,
      () => false,
    );
    healthy &&= ok;
    process.stdout.write(
      `${service.name.padEnd(14)} ${ok ? green('serving'.padEnd(10)) : red('down'.padEnd(10))} grpc 127.0.0.1:${service.grpcPort}\n`,
    );
  }
  const gateway = await httpOk(`${WEB_URL}/api/health`).then(
    () => true,
    () => false,
  );
  process.stdout.write(
    `${'gateway'.padEnd(14)} ${gateway ? green('serving'.padEnd(10)) : red('down'.padEnd(10))} ${WEB_URL}   partner gRPC ${PARTNER_ADDRESS}\n`,
  );
  return healthy && gateway;
}

/** @param {string[]} args */
function logs(args) {
  const names = args.filter((arg) => !arg.startsWith('-'));
  const all = [...LAYOUT.services.map((service) => service.name), LAYOUT.gateway.name];
  for (const name of names.length > 0 ? names : all) {
    const file = path.join(LOGS, `${name}.log`);
    process.stdout.write(
      `${tail(file, 30)
        .split('\n')
        .map((line) => `${name.padEnd(13)}| ${line}`)
        .join('\n')}\n`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command = 'status', ...args] = process.argv.slice(2);
  const commands = /** @type {Record<string, () => Promise<unknown> | unknown>} */ ({
    up,
    down,
    status,
    seed,
    logs: () => logs(args),
  });
  const run = commands[command];
  if (!run) {
    process.stderr.write(`Unknown command ${command}: use up, down, status, seed or logs\n`);
    process.exit(1);
  }
  Promise.resolve(run()).catch((/** @type {unknown} */ error) => {
    report(error);
    process.exit(1);
  });
}
