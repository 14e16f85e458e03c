// `npm run bench`: measures the platform against a bare Express app on the same machine, in one run.
//   (a) GET /api/clients and GET /api/workspaces through the gateway (a real Keycloak token) versus a
//       bare Express JSON endpoint serving the same bytes: throughput and p99, 10 concurrent connections;
//   (b) client-list latency with 1k, 10k and 50k clients in one tenant, versus 1k; also the staff list
//       with a search, a status filter and a non-default sort (the client list screen's heaviest query);
//   (c) idle RSS of each service started from its production bundle (deploy/k8s/bundle.mjs);
//   (d) rendering a 200-line invoice PDF (deploy/bench/pdf-render.scenario.ts);
//   (g) issue 12: an event → its e-mail accepted by SMTP, p50/p99 (email-delivery.scenario.ts);
//   (h) issue 13: the partner API's ListInvoices, a page of 100 over gRPC with a client-credentials
//       token, versus the staff app's REST equivalent (partner-invoices.scenario.ts);
//   (a2) issue 10: the client home with its action inbox (GET /api/portal/home, six services asked in
//       parallel) versus the bare Express endpoint answering the same JSON (client-home.scenario.ts);
//   (s) issue 14: a soak of BENCH_SOAK_SECONDS at half the maximum (a) measured, RSS of every process
//       sampled (soak.scenario.ts);
// and ends with issue 14's targets, each as a ratio or a figure with PASS or MISS (targets.ts).
// It starts what it needs (the local infrastructure if it is down, the seven bundles and the baseline
// as processes, on free ports, with scratch databases and topic prefixes) and stops all of it.
// Environment: BENCH_SECONDS (per throughput run, default 10), BENCH_SIZES (default 1000,10000,50000),
// BENCH_SOAK_SECONDS (default 600), BENCH_MESSAGES (messages per direction, default 100), BENCH_STRICT=1
// (exit 1 when a target is missed), and the usual MONGO_URL, KAFKA_BROKERS, … to measure against
// other servers. A short run on a busy machine: BENCH_SECONDS=3 BENCH_SOAK_SECONDS=30
// BENCH_SIZES=1000,5000 BENCH_MESSAGES=20 BENCH_EXTRA=off.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { repoRoot, servicePrincipal } from '@client-portal/kit';
import { createServiceClient } from '@client-portal/contracts';
import {
  as,
  freePort,
  staff,
  infrastructure,
  passwordToken,
  serviceTestEnvironment,
  uniqueName,
} from '@client-portal/testing';
import { ClientRepository } from '../../services/crm/src/store/client.repository.js';
import type { Client } from '../../services/crm/src/domain/client.js';
import { WorkspaceRepository } from '../../services/portal/src/store/workspace.repository.js';
import { WORKSPACE_MODULES } from '../../services/portal/src/domain/workspace.js';
import { bundle } from '../k8s/bundle.mjs';
import { invoiceListScenario } from './invoice-list.bench.js';
import { COMPONENTS, down, up } from '../local/infra.mjs';
import { benchPdfRender, describePdfRender } from './pdf-render.scenario.js';
import { prepareClientHome } from './client-home.scenario.js';
import { describeMessageLive, measureMessageLive, type MessageLiveResult } from './message-live.scenario.js';
import {
  benchEmailDelivery,
  describeEmailDelivery,
  EMAIL_DELIVERY_TARGET_P99_MS,
  type EmailDeliveryResult,
} from './email-delivery.scenario.js';
import {
  describeSoak,
  rssMegabytes,
  soak,
  soakPassed,
  SOAK_RSS_GROWTH_LIMIT,
  type SoakResult,
} from './soak.scenario.js';
import { describeTargets, judge, megabytes, milliseconds, times, type TargetRow } from './targets.js';
import {
  describePartnerInvoices,
  measurePartnerInvoices,
  PARTNER_PAGE,
  partnerToken,
  seedInvoices,
} from './partner-invoices.scenario.js';

const SERVICES = ['identity', 'crm', 'portal', 'billing', 'messaging', 'notification'] as const;
type Service = (typeof SERVICES)[number];
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100);
/** Issue 14's targets (deliverable 7). */
const TARGET = {
  throughputRatio: 0.35,
  p99Ratio: 4,
  listGrowth: 3,
  messageP99Ms: 500,
  idleRssMb: 90,
} as const;
const PAGE_SIZE = 20;
/** The whole run stays under this (a size that would not fit is reported as skipped). */
const BUDGET_SECONDS = Number(process.env.BENCH_BUDGET_SECONDS ?? 540);
const SAMPLE_BUDGET_MS = 15_000;
const repo = repoRoot();
const out = path.join(repo, 'dist', 'bench');
const started = Date.now();
const children: { name: string; child: ChildProcess }[] = [];
const say = (text: string) => process.stdout.write(`${text}\n`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The machine's 1, 5 and 15 minute load: the figures are only comparable within one run. */
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
/** Some target was missed or not measured (BENCH_STRICT=1 turns it into the exit status). */
let missed = false;

// ------------------------------------------------------------------------------------------ processes

/**
 * The node flags of the images' CMD (services/Dockerfile, e.g. the young generation's size), so the
 * bundles run here as they run in the cluster; BENCH_NODE_FLAGS adds more (to compare V8 settings).
 */
function imageNodeFlags(): string[] {
  const dockerfile = readFileSync(path.join(repo, 'services', 'Dockerfile'), 'utf8');
  const command = /^CMD\s+(\[.*\])\s*$/m.exec(dockerfile)?.[1];
  const words = command ? (JSON.parse(command) as string[]) : [];
  return words.filter((word) => word.startsWith('--'));
}
const NODE_FLAGS = [...imageNodeFlags(), ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean)];

/** Starts a process with its output in dist/bench/logs, so the benchmark never pays for reading it. */
function startProcess(name: string, args: string[], env: Record<string, string>): ChildProcess {
  mkdirSync(path.join(out, 'logs'), { recursive: true });
  if (name !== 'bare-express') args = [...NODE_FLAGS, ...args.filter((arg) => !NODE_FLAGS.includes(arg))];
  const log = openSync(path.join(out, 'logs', `${name}.log`), 'w');
  const child = spawn(process.execPath, args, {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  children.push({ name, child });
  return child;
}

function logOf(name: string): string {
  const file = path.join(out, 'logs', `${name}.log`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(250);
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000}s`);
}

async function stopAll(): Promise<void> {
  for (const { child } of children.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise<boolean>((resolve) => {
      child.once('exit', () => {
        resolve(true);
      });
    });
    child.kill('SIGTERM');
    if (!(await Promise.race([exited, sleep(10_000).then(() => false)]))) child.kill('SIGKILL');
  }
}

// ------------------------------------------------------------------------------------------ load

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * `CONNECTIONS` keep-alive connections, each sending its next request when the previous answered, for
 * `seconds`. Latencies in milliseconds; non-2xx answers count as errors.
 */
async function load(url: string, headers: Record<string, string>, seconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let succeeded = 0;
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const begin = performance.now();
      const request = http.get(url, { agent, headers }, (response) => {
        response.resume();
        response.on('end', () => {
          if ((response.statusCode ?? 500) >= 300) errors++;
          else succeeded++;
          latencies.push(performance.now() - begin);
          resolve();
        });
      });
      request.on('error', () => {
        errors++;
        resolve();
      });
    });
  const begin = Date.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) await once();
    }),
  );
  const duration = (Date.now() - begin) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0;
  // Throughput counts answered successes only: a gateway answering 504 fast is not fast.
  return {
    requestsPerSecond: succeeded / duration,
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}

/** An error in a few words for the targets table: the status and the problem's code, not the body. */
function shortly(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const status = /answered (\d{3})/.exec(text)?.[1];
  const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
  return status ? `answered ${status}${code ? ` ${code}` : ''}` : text.slice(0, 100);
}

/** The answer's JSON; a busy machine gets three tries (the first call after seeding is the coldest). */
async function getJson(url: string, token: string): Promise<unknown> {
  let failure = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (response.ok) return response.json();
    failure = `GET ${url} answered ${response.status}: ${await response.text()}`;
  }
  throw new Error(failure);
}

const ratio = (value: number, base: number) =>
  base === 0 || !Number.isFinite(value) || !Number.isFinite(base) ? 'n/a' : `${(value / base).toFixed(3)}×`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'failed');

// ------------------------------------------------------------------------------------------ run

async function main(): Promise<void> {
  say(`client-portal benchmark (${CONNECTIONS} connections, ${SECONDS}s per throughput run)`);

  // Infrastructure: only what is down is started, and only that is stopped at the end.
  const down_: string[] = [];
  for (const component of COMPONENTS) {
    if (process.env[component.externalVariable]) continue;
    try {
      await component.probe();
    } catch {
      down_.push(component.name);
    }
  }
  if (down_.length > 0) {
    say(`starting the local infrastructure: ${down_.join(', ')}`);
    await up(down_);
  }
  const infra = infrastructure();
  say(`store: ${infra.mongoUrl}`);

  try {
    // Production bundles, as the images run them.
    for (const name of [...SERVICES, 'gateway']) {
      await bundle(name, path.join(out, name));
      // A dependency npm could not hoist (another version at the root) lives in the workspace's own
      // node_modules, where the image's `npm ci --workspace` would have put it at the top: the bundle's
      // folder links to it, and everything else resolves from the repository's node_modules above.
      const own = path.join(repo, 'services', name, 'node_modules');
      const link = path.join(out, name, 'node_modules');
      rmSync(link, { force: true });
      if (existsSync(own)) symlinkSync(own, link, 'dir');
    }
    say(`[${elapsed()}] bundled ${SERVICES.length + 1} components into ${path.relative(repo, out)}`);

    const namespace = uniqueName('bench');
    const ports = Object.fromEntries(
      await Promise.all(SERVICES.map(async (name) => [name, await freePort()] as const)),
    ) as Record<Service, number>;
    const addresses = Object.fromEntries(
      SERVICES.map((name) => [`${name.toUpperCase()}_GRPC_ADDRESS`, `127.0.0.1:${ports[name]}`]),
    );
    for (const name of SERVICES) {
      startProcess(name, [path.join(out, name, 'main.mjs')], {
        ...serviceTestEnvironment(name, namespace),
        LOG_LEVEL: 'info',
        GRPC_PORT: String(ports[name]),
        IDENTITY_GRPC_ADDRESS: addresses.IDENTITY_GRPC_ADDRESS ?? '',
      });
    }
    for (const name of SERVICES)
      await waitFor(name, () => logOf(name).includes(`"message":"${name} serving"`));
    const httpPort = await freePort();
    const partnerPort = await freePort();
    startProcess('gateway', [path.join(out, 'gateway', 'main.mjs')], {
      ...serviceTestEnvironment('gateway', namespace),
      LOG_LEVEL: 'info',
      HTTP_PORT: String(httpPort),
      PARTNER_GRPC_PORT: String(partnerPort),
      ...addresses,
    });
    const base = `http://127.0.0.1:${httpPort}`;
    await waitFor(
      'gateway',
      async () => (await fetch(`${base}/api/health`).catch(() => undefined))?.ok === true,
    );
    const bare = startProcess('bare-express', [path.join(repo, 'deploy/bench/bare-express.mjs')], {});
    const barePort = await new Promise<number>((resolve) => {
      bare.once('message', (message) => {
        resolve((message as { port: number }).port);
      });
    });
    say(`[${elapsed()}] started 6 services, the gateway and the bare Express baseline`);

    // (c) Idle RSS, once start-up has settled.
    await sleep(10_000);
    const rss = children.map(({ name, child }) => ({ name, megabytes: rssMegabytes(child.pid ?? 0) ?? 0 }));
    const bareRss = rss.find((entry) => entry.name === 'bare-express')?.megabytes ?? 0;

    // A scratch tenant with its owner (a real Keycloak login), clients and workspaces.
    const identity = createServiceClient('identity', addresses.IDENTITY_GRPC_ADDRESS ?? '', {
      deadlineMs: 60_000,
    });
    const owner = { email: `${uniqueName('owner')}@bench.test`, password: `Bench-${randomUUID()}` };
    const { tenant } = await identity.ensureTenant(
      {
        slug: namespace.replaceAll('_', '-'),
        name: 'Benchmark Agency',
        ownerEmail: owner.email,
        ownerDisplayName: 'Bench Owner',
        ownerPassword: owner.password,
        defaultLanguage: 'en',
      },
      as(servicePrincipal('bench', 'bench')),
    );
    identity.close();
    const tenantId = tenant?.id ?? '';
    const crmDatabase = mongoose.createConnection(infra.mongoUrl, { dbName: `${namespace}_crm` });
    const portalDatabase = mongoose.createConnection(infra.mongoUrl, { dbName: `${namespace}_portal` });
    await Promise.all([crmDatabase.asPromise(), portalDatabase.asPromise()]);
    const clients = new ClientRepository(crmDatabase);
    const workspaces = new WorkspaceRepository(portalDatabase);
    let seeded = 0;
    const seedClients = async (target: number) => {
      while (seeded < target) {
        const batch: Client[] = [];
        for (; batch.length < 1000 && seeded < target; seeded++) {
          const now = new Date();
          batch.push({
            id: randomUUID(),
            tenantId,
            // Spread over the alphabet, so pages land all over the index.
            name: `Client ${((seeded * 7919) % 1_000_003).toString(36)} ${seeded}`,
            industry: 'Software',
            phone: '',
            notes: '',
            status: seeded % 4 === 0 ? 'prospect' : 'active',
            ownerUserId: '',
            // A primary contact, so the list's search and its "main contact" sort have data.
            contacts: [
              {
                id: randomUUID(),
                firstName: `Ann${(seeded * 31) % 997}`,
                lastName: `Lee${seeded}`,
                email: `ann${seeded}@client${seeded}.test`,
                phone: '',
                mobile: '',
                role: 'decision-maker',
                primary: true,
              },
            ],
            metrics: { invoicedMinor: 0, invoiceCount: 0, lastActivityAt: null },
            createdAt: now,
            updatedAt: now,
            website: '',
            address: { street: '', postalCode: '', city: '', country: '' },
            version: 1,
            archivedAt: null,
            statusHistory: [],
            workspaceIds: [],
          });
        }
        await clients.importMany(batch);
      }
    };
    for (let index = 0; index < 20; index++)
      await workspaces.insert({
        id: randomUUID(),
        tenantId,
        clientId: randomUUID(),
        clientName: `Workspace client ${index}`,
        name: `Workspace ${index}`,
        projectId: null,
        modules: [...WORKSPACE_MODULES],
        archivedAt: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      });

    // (b) List latency by tenant size, asked of crm over gRPC with a long deadline (through the gateway
    // a list slower than its 5 s deadline answers 504 and says nothing): the first page (which counts,
    // as the screen shows the total) and the next one (a keyset page: the count rides in its token).
    const crm = createServiceClient('crm', addresses.CRM_GRPC_ADDRESS ?? '', { deadlineMs: 180_000 });
    const ownerPrincipal = as(staff(tenantId, 'owner'));
    // At most `times` samples, fewer when they are slow: the run stays bounded on a slow store.
    // The client list screen's heaviest query: a search (name or contact), a status filter and a sort
    // on another column than the name, descending.
    const FILTERED = { search: 'ann1', status: 'prospect', sort: 'main_contact', descending: true } as const;
    const listLatency = async (pageToken: string, times: number, filter: Partial<typeof FILTERED> = {}) => {
      const samples: number[] = [];
      const spendUntil = Date.now() + SAMPLE_BUDGET_MS;
      for (let index = 0; index < times && (index === 0 || Date.now() < spendUntil); index++) {
        const begin = performance.now();
        await crm.listClients({ ...filter, page: { pageSize: PAGE_SIZE, pageToken } }, ownerPrincipal);
        samples.push(performance.now() - begin);
      }
      samples.sort((a, b) => a - b);
      return samples[Math.floor(samples.length / 2)] ?? 0;
    };
    const latency: { size: number; first: number; next: number; seedSeconds: number }[] = [];
    const filteredLatency: { size: number; first: number; next: number; matches: number }[] = [];
    let token = '';
    let throughput: ({ name: string; result: LoadResult } | undefined)[] = [];
    let homeRuns: ({ name: string; result: LoadResult } | undefined)[] = [undefined, undefined];
    /** Why a throughput figure is missing, by route. */
    const notMeasured: Record<string, string> = {};
    // (f) issue 12: message posted → visible on the other side's open live stream.
    let messageLive: MessageLiveResult | string | undefined;
    let homeToken = '';
    let homeLogin = { email: '', password: '' };
    for (const size of SIZES) {
      // Seeding and listing grow with the size: estimate from the previous size, skip what cannot fit.
      const previous = latency.at(-1);
      if (previous) {
        const factor = size / previous.size;
        // Slow samples are cut short (SAMPLE_BUDGET_MS): about two of each page at the next size.
        const estimate = factor * (previous.seedSeconds + (previous.first + previous.next) * 2e-3);
        if ((Date.now() - started) / 1000 + estimate > BUDGET_SECONDS) {
          say(`[${elapsed()}] ${size} clients: skipped, it would not fit the ${BUDGET_SECONDS}s budget`);
          continue;
        }
      }
      const seedStart = Date.now();
      await seedClients(size);
      const seedSeconds = (Date.now() - seedStart) / 1000;
      token = await passwordToken(owner.email, owner.password);
      const firstPage = await crm.listClients({ page: { pageSize: PAGE_SIZE } }, ownerPrincipal);
      const times = size >= 50_000 ? 3 : 5;
      latency.push({
        size,
        first: await listLatency('', times),
        next: await listLatency(firstPage.page?.nextPageToken ?? '', times),
        seedSeconds,
      });
      say(
        `[${elapsed()}] ${size} clients: first page ${ms(latency.at(-1)?.first ?? 0)}, next page ${ms(latency.at(-1)?.next ?? 0)}`,
      );
      const filteredFirst = await crm.listClients(
        { ...FILTERED, page: { pageSize: PAGE_SIZE } },
        ownerPrincipal,
      );
      filteredLatency.push({
        size,
        first: await listLatency('', times, FILTERED),
        next: await listLatency(filteredFirst.page?.nextPageToken ?? '', times, FILTERED),
        matches: filteredFirst.page?.totalSize ?? 0,
      });
      say(
        `[${elapsed()}] ${size} clients, searched + filtered + sorted: first page ${ms(filteredLatency.at(-1)?.first ?? 0)}, next page ${ms(filteredLatency.at(-1)?.next ?? 0)} (${filteredLatency.at(-1)?.matches ?? 0} matches)`,
      );

      // (a) Throughput at the smallest size (the one a real agency has).
      if (throughput.length === 0) {
        const headers = { authorization: `Bearer ${token}` };
        const measure = async (name: string, url: string, auth: Record<string, string>) => {
          await load(url, auth, 2); // warm-up: JIT, connection pools, the principal cache
          const result = await load(url, auth, SECONDS);
          say(
            `[${elapsed()}] ${name}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, errors ${result.errors}`,
          );
          return { name, result };
        };
        const bareBody = async (body: unknown) => {
          const set = new Promise((resolve) => bare.once('message', resolve));
          bare.send(body as object);
          await set;
        };
        // (a2) the client home first (a client user's real login; its body is served by the baseline too),
        // so its figure is there even when a slower list below times out on a busy machine.
        const identityDatabase = mongoose.createConnection(infra.mongoUrl, {
          dbName: `${namespace}_identity`,
        });
        const billingDatabase = mongoose.createConnection(infra.mongoUrl, { dbName: `${namespace}_billing` });
        await Promise.all([identityDatabase.asPromise(), billingDatabase.asPromise()]);
        try {
          const home = await prepareClientHome({
            base,
            ownerToken: token,
            tenantId,
            tenantName: 'Benchmark Agency',
            identityConnection: identityDatabase,
            billingConnection: billingDatabase,
          });
          await bareBody(await getJson(`${base}/api/portal/home`, home.token));
          const bareHome = await measure(
            'bare Express (client-home body)',
            `http://127.0.0.1:${barePort}/json`,
            {},
          );
          const gatewayHome = await measure('GET /api/portal/home', `${base}/api/portal/home`, {
            authorization: `Bearer ${home.token}`,
          });
          homeRuns = [bareHome, gatewayHome];
          homeToken = home.token;
          homeLogin = { email: home.email, password: home.password };
          messageLive = await measureMessageLive({
            base,
            staffToken: token,
            clientToken: home.token,
            workspaceId: home.workspaceId,
            samples: MESSAGES,
          }).catch((error: unknown) => `failed (${String(error)})`);
        } catch (error) {
          notMeasured['GET /api/portal/home'] = shortly(error);
          say(`[${elapsed()}] GET /api/portal/home: not measured (${notMeasured['GET /api/portal/home']})`);
          messageLive ??= 'not measured: the client home (its client user) could not be prepared';
        } finally {
          await identityDatabase.close();
          await billingDatabase.close();
        }
        // A route that cannot answer even once (a busy store past the gateway's deadline) is reported
        // as not measured; the run goes on with the other figures.
        const pair = async (route: string, what: string) => {
          try {
            await bareBody(await getJson(`${base}/api${route}`, token));
            const bareRun = await measure(
              `bare Express (${what} body)`,
              `http://127.0.0.1:${barePort}/json`,
              {},
            );
            return [bareRun, await measure(`GET /api${route}`, `${base}/api${route}`, headers)];
          } catch (error) {
            notMeasured[`GET /api${route}`] = shortly(error);
            say(`[${elapsed()}] GET /api${route}: not measured (${notMeasured[`GET /api${route}`]})`);
            return [undefined, undefined];
          }
        };
        throughput = [
          ...(await pair('/clients', 'client-list')),
          ...(await pair('/workspaces', 'workspace-list')),
          ...homeRuns,
        ];
      }
    }

    // (h) issue 13: a partner's page of 100 invoices over gRPC vs the staff app's REST list, same gateway.
    let partnerInvoices: string;
    try {
      const ownerToken = await passwordToken(owner.email, owner.password);
      // The application first: without the partner-apps route there is nothing to seed for.
      const grpcToken = await partnerToken(base, ownerToken, infra.keycloakUrl);
      await seedInvoices(base, ownerToken, PARTNER_PAGE + 20);
      partnerInvoices = describePartnerInvoices(
        await measurePartnerInvoices({
          base,
          restToken: ownerToken,
          grpcAddress: `127.0.0.1:${partnerPort}`,
          grpcToken,
          grpcPath: 'the gateway partner port, a client-credentials token',
          seconds: SECONDS,
        }),
      );
      say(`[${elapsed()}] partner ListInvoices measured`);
    } catch (error) {
      partnerInvoices = `not measured (${error instanceof Error ? error.message : String(error)})`;
    }

    crm.close();
    await crmDatabase.close();
    await portalDatabase.close();

    // (s) The soak: the client home and the client list interleaved, each at half its measured maximum
    // divided by the number of routes, so the mix asks for half of what the platform served at most. A
    // route whose throughput could not be measured is left out (and the table says so).
    let soakResult: SoakResult | string = 'not measured';
    const homeMax = throughput[5]?.result.requestsPerSecond ?? 0;
    const clientsMax = throughput[1]?.result.requestsPerSecond ?? 0;
    // A 10-minute soak outlives a Keycloak access token (5 minutes in the dev realm): both users log in
    // again every two minutes, as the web app refreshes its token, and the soak sends the newest.
    const tokens = { home: homeToken, owner: '' };
    const soaked = [
      {
        name: 'GET /api/portal/home',
        path: '/portal/home',
        max: homeToken ? homeMax : 0,
        token: () => tokens.home,
      },
      { name: 'GET /api/clients', path: '/clients', max: clientsMax, token: () => tokens.owner },
    ].filter((route) => route.max > 0);
    const leftOut = ['GET /api/portal/home', 'GET /api/clients'].filter(
      (name) => !soaked.some((route) => route.name === name),
    );
    if (SOAK_SECONDS <= 0) soakResult = 'skipped (BENCH_SOAK_SECONDS=0)';
    else if (soaked.length === 0) soakResult = 'not measured: no throughput run completed to pace it from';
    else {
      // Fresh tokens to start with: the ones of (a) may have expired during the slower scenarios since.
      tokens.owner = await passwordToken(owner.email, owner.password);
      if (homeLogin.email) tokens.home = await passwordToken(homeLogin.email, homeLogin.password);
      const refresh = setInterval(() => {
        void Promise.all([
          homeLogin.email ? passwordToken(homeLogin.email, homeLogin.password) : Promise.resolve(''),
          passwordToken(owner.email, owner.password),
        ]).then(
          ([home, owner_]) => {
            tokens.home = home;
            tokens.owner = owner_;
          },
          (error: unknown) => {
            say(`soak: a token refresh failed (${String(error)}); the previous tokens stay`);
          },
        );
      }, 120_000);
      const rates = soaked.map((route) => ({ ...route, rate: route.max / 2 / soaked.length }));
      say(
        `[${elapsed()}] soak: ${SOAK_SECONDS}s at ${rates.map((route) => `${route.rate.toFixed(1)} req/s ${route.name}`).join(' + ')} (half the measured maxima)${leftOut.length > 0 ? `; left out (no throughput figure): ${leftOut.join(', ')}` : ''}`,
      );
      soakResult = await soak(
        rates.map((route) => ({
          name: route.name,
          url: `${base}/api${route.path}`,
          headers: () => ({ authorization: `Bearer ${route.token()}` }),
          rate: route.rate,
        })),
        children
          .filter(({ name }) => name !== 'bare-express')
          .map(({ name, child }) => ({ name, pid: child.pid ?? 0 })),
        SOAK_SECONDS,
      ).finally(() => {
        clearInterval(refresh);
      });
      say(`[${elapsed()}] soak done`);
    }

    // ------------------------------------------------------------------------------------ report
    say('');
    say(
      `== (a) through the gateway vs bare Express, ${CONNECTIONS} connections, ${SECONDS}s, ${SIZES[0]} clients`,
    );
    const pairs: [string, LoadResult | undefined, LoadResult | undefined][] = [
      ['GET /api/clients', throughput[1]?.result, throughput[0]?.result],
      ['GET /api/workspaces', throughput[3]?.result, throughput[2]?.result],
      ['GET /api/portal/home', throughput[5]?.result, throughput[4]?.result],
    ];
    for (const [name, platform, baseline] of pairs) {
      if (!platform || !baseline) continue;
      say(
        `${name.padEnd(22)} ${platform.requestsPerSecond.toFixed(0).padStart(6)} req/s vs ${baseline.requestsPerSecond.toFixed(0).padStart(6)} req/s = ${ratio(platform.requestsPerSecond, baseline.requestsPerSecond)} throughput (target ≥ 0.35×); p99 ${ms(platform.p99)} vs ${ms(baseline.p99)} = ${ratio(platform.p99, baseline.p99)}; errors ${platform.errors}`,
      );
    }
    const homeRun = throughput[5]?.result;
    if (homeRun)
      say(
        `client home (action inbox: quote, overdue invoice, unread message; 6 services in parallel): p50 ${ms(homeRun.p50)}, p99 ${ms(homeRun.p99)} at ${CONNECTIONS} connections`,
      );
    say('');
    say(`== (b) client list latency (crm ListClients, ${PAGE_SIZE} per page, median) vs ${SIZES[0]} clients`);
    const first = latency[0];
    for (const row of latency)
      say(
        `${String(row.size).padStart(6)} clients  first page ${ms(row.first).padStart(10)} (${ratio(row.first, first?.first ?? 0)})  next page ${ms(row.next).padStart(10)} (${ratio(row.next, first?.next ?? 0)})  seeded in ${row.seedSeconds.toFixed(1)}s`,
      );
    say(`target: the largest vs ${SIZES[0]} ≤ 3×`);
    say('');
    say(
      `== (b2) client list searched ("${FILTERED.search}"), status ${FILTERED.status}, sorted by ${FILTERED.sort} descending (median) vs ${SIZES[0]} clients`,
    );
    const filteredBase = filteredLatency[0];
    for (const row of filteredLatency)
      say(
        `${String(row.size).padStart(6)} clients  first page ${ms(row.first).padStart(10)} (${ratio(row.first, filteredBase?.first ?? 0)})  next page ${ms(row.next).padStart(10)} (${ratio(row.next, filteredBase?.next ?? 0)})  ${row.matches} matches`,
      );
    say('');
    say("== (f) conversations: message posted → visible on the other side's open live stream");
    if (typeof messageLive === 'string' || messageLive === undefined) say(messageLive ?? 'not measured');
    else for (const line of describeMessageLive(messageLive)) say(line);
    say('');
    say(`== (h) partner API: ListInvoices page of ${PARTNER_PAGE} vs the REST equivalent`);
    say(partnerInvoices);
    say('');
    say('== (c) idle RSS of the production bundles, 10 s after start-up');
    for (const entry of rss)
      say(
        `${entry.name.padEnd(14)} ${entry.megabytes.toFixed(1).padStart(7)} MB (${ratio(entry.megabytes, bareRss)} bare Express)`,
      );
    say('');
    say('== (s) soak: the client home and the client list at half the measured maximum');
    if (typeof soakResult === 'string') say(soakResult);
    else for (const line of describeSoak(soakResult)) say(line);
    say('');
    // BENCH_EXTRA=off skips (d) and (e), for a quick run of the gateway figures only.
    if (process.env.BENCH_EXTRA === 'off') say('== (d), (e): skipped (BENCH_EXTRA=off)');
    else {
      // (d) documents slice (issue 9): the invoice list at 50k invoices vs 1k, billing in-process.
      await invoiceListScenario(undefined, (line) => say(line)).catch((error: unknown) =>
        say(`== invoice list: failed (${String(error)})`),
      );
      // (e) issue 9: the PDF a client receives, rendered in this process (no service involved).
      say('== (e) document PDF render (embedded fonts, logo, 200 lines over several pages)');
      say(describePdfRender(await benchPdfRender()));
    }
    // (g) issue 12 (delivery): an event on Kafka → its e-mail accepted by SMTP, notification in process.
    // Always measured: it is one of issue 14's targets.
    say('== (g) notification: event → e-mail accepted by SMTP');
    let emailDelivery: EmailDeliveryResult | undefined;
    try {
      emailDelivery = await benchEmailDelivery();
      say(describeEmailDelivery(emailDelivery));
    } catch (error) {
      say(`failed (${String(error)})`);
    }
    say('');

    // ------------------------------------------------------------------------------------ targets
    const rows: TargetRow[] = [];
    for (const [name, platform, baseline] of pairs) {
      if (name === 'GET /api/workspaces') continue;
      const label = name === 'GET /api/portal/home' ? 'client home' : 'client list';
      rows.push(
        judge(
          `${label}: throughput vs bare Express`,
          platform && baseline ? platform.requestsPerSecond / baseline.requestsPerSecond : undefined,
          TARGET.throughputRatio,
          'at least',
          times,
          platform && baseline
            ? `${platform.requestsPerSecond.toFixed(0)} vs ${baseline.requestsPerSecond.toFixed(0)} req/s${platform.errors > 0 ? `, ${platform.errors} errors` : ''}`
            : notMeasured[name],
        ),
        judge(
          `${label}: p99 vs bare Express`,
          platform && baseline ? platform.p99 / baseline.p99 : undefined,
          TARGET.p99Ratio,
          'at most',
          times,
          platform && baseline
            ? `${ms(platform.p99)} vs ${ms(baseline.p99)}${platform.errors > 0 ? `, ${platform.errors} errors` : ''}`
            : notMeasured[name],
        ),
      );
    }
    const largest = latency.at(-1);
    const smallest = latency[0];
    rows.push(
      judge(
        `client list: ${largest?.size ?? '?'} vs ${smallest?.size ?? '?'} records`,
        largest && smallest && largest !== smallest
          ? Math.max(largest.first / smallest.first, largest.next / smallest.next)
          : undefined,
        TARGET.listGrowth,
        'at most',
        times,
        largest && smallest && largest !== smallest
          ? `worst of first page ${ratio(largest.first, smallest.first)} and next page ${ratio(largest.next, smallest.next)}${largest.size < 50_000 ? `; the target is 50k vs 1k (BENCH_SIZES)` : ''}`
          : 'needs two sizes that fit the budget',
      ),
    );
    const live = typeof messageLive === 'object' ? messageLive : undefined;
    rows.push(
      judge(
        'message → other screen p99',
        live ? Math.max(live.staffToClient.p99, live.clientToStaff.p99) : undefined,
        TARGET.messageP99Ms,
        'at most',
        milliseconds,
        live
          ? `worst direction of ${live.staffToClient.samples} + ${live.clientToStaff.samples} messages`
          : typeof messageLive === 'string'
            ? shortly(messageLive)
            : undefined,
      ),
    );
    rows.push(
      judge(
        'event → e-mail p99',
        emailDelivery && emailDelivery.delivered === emailDelivery.events ? emailDelivery.p99Ms : undefined,
        EMAIL_DELIVERY_TARGET_P99_MS,
        'at most',
        milliseconds,
        emailDelivery ? `${emailDelivery.delivered}/${emailDelivery.events} delivered` : undefined,
      ),
    );
    const services = rss.filter((entry) => entry.name !== 'bare-express');
    const heaviest = services.reduce<(typeof services)[number] | undefined>(
      (worst, entry) => (worst === undefined || entry.megabytes > worst.megabytes ? entry : worst),
      undefined,
    );
    rows.push(
      judge(
        'idle RSS per service (largest)',
        heaviest?.megabytes,
        TARGET.idleRssMb,
        'at most',
        megabytes,
        heaviest
          ? `${heaviest.name}; over the limit: ${
              services
                .filter((entry) => entry.megabytes > TARGET.idleRssMb)
                .map((entry) => entry.name)
                .join(', ') || 'none'
            }`
          : undefined,
      ),
    );
    if (typeof soakResult === 'string')
      rows.push({
        target: `soak ${SOAK_SECONDS}s: no errors, RSS growth < ${SOAK_RSS_GROWTH_LIMIT * 100} %`,
        measured: '—',
        limit: 'no errors, < 10 %',
        verdict: 'NOT MEASURED',
        note: soakResult,
      });
    else {
      const errors = soakResult.targets.reduce((sum, target) => sum + target.errors, 0);
      const behind = soakResult.targets.reduce((sum, target) => sum + target.behind, 0);
      const sent = soakResult.targets.reduce((sum, target) => sum + target.sent, 0);
      const grown = soakResult.processes.reduce<(typeof soakResult.processes)[number] | undefined>(
        (worst, entry) => (worst === undefined || entry.growth > worst.growth ? entry : worst),
        undefined,
      );
      rows.push({
        target: `soak ${SOAK_SECONDS}s: no errors, RSS growth < ${SOAK_RSS_GROWTH_LIMIT * 100} %`,
        measured: `${errors} errors, +${((grown?.growth ?? Number.NaN) * 100).toFixed(1)} %`,
        limit: 'no errors, < 10 %',
        verdict: soakPassed(soakResult) ? 'PASS' : 'MISS',
        note: `${sent} requests, ${behind} behind the pace; most growth: ${grown?.name ?? '?'}${leftOut.length > 0 ? `; without ${leftOut.join(', ')} (no throughput figure)` : ''}${SOAK_SECONDS < 600 ? '; the target is 10 minutes (BENCH_SOAK_SECONDS)' : ''}`,
      });
    }
    say(`== issue 14 targets (one run, load average ${loadAverage()})`);
    for (const line of describeTargets(rows)) say(line);
    missed = rows.some((row) => row.verdict !== 'PASS');
    say('');
    say(`total ${elapsed()}; logs in ${path.relative(repo, path.join(out, 'logs'))}`);

    // Scratch databases go; Kafka topics with the run's prefix stay (like the tests').
    const cleanup = mongoose.createConnection(infra.mongoUrl);
    await cleanup.asPromise();
    for (const name of SERVICES)
      await cleanup
        .useDb(`${namespace}_${name}`)
        .dropDatabase()
        .catch(() => undefined);
    await cleanup.close();
  } finally {
    await stopAll();
    if (down_.length > 0) await down(down_);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
main().then(
  () => process.exit(missed && process.env.BENCH_STRICT === '1' ? 1 : 0),
  async (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await stopAll();
    process.exit(1);
  },
);
