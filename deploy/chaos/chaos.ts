// `npm run chaos`: business events driven through the real services while, in turn, each service is
// killed with SIGKILL and restarted and Kafka is restarted; then every read model is checked against its
// source. The six services and the gateway run as real processes from their production bundles (as
// deploy/bench does), with a scratch namespace (databases, topic prefix, consumer groups).
//
// Events (CHAOS_EVENTS, default 10,000), in a fixed mix: invoices issued (billing), invoices paid by a
// manual payment (staff) or by card (a client user: stripe-mock, then Stripe's signed webhook played by
// billing's local sender to the gateway's public endpoint), messages posted (messaging) and quotes
// accepted by the client (approvals). Each business action is retried until it succeeds the way a careful
// caller would (after a failure it first reads whether the action happened, and only repeats it if not).
//
// Checks afterwards (bounded wait for the read models to converge, then):
//   - billing: every invoice's paid amount equals the sum of its payments' allocations, each invoice is
//     paid by exactly one payment, no Stripe payment intent is recorded twice;
//   - crm: each client's invoiced total and invoice count equal billing's issued invoices of that client;
//   - messaging: every posted message is stored once;
//   - notification: one receipt e-mail per payment in Mailpit, no e-mail sent twice (recipient + subject
//     + text), no notification twice for one event and recipient;
//   - Kafka: nothing in any dead-letter topic of the run (each one printed with its reason otherwise).
//
// Kafka is restarted through deploy/local/infra.mjs (SIGTERM, then started again on its data): the Kafka
// at KAFKA_BROKERS must be the one infra.mjs manages under CLIENT_PORTAL_HOME (same port); a Kafka it
// does not manage is refused, never touched. Run it alone: it restarts that Kafka under everybody.
//   npm run chaos                                   10,000 events, every service killed twice, Kafka twice
//   CHAOS_EVENTS=400 CHAOS_ROUNDS=1 npm run chaos  the CI size
//   CHAOS_DRIVE_SECONDS=3600 npm run chaos          at most an hour of driving, then the checks
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { Kafka, logLevel } from 'kafkajs';
import { repoRoot } from '@client-portal/kit';
import { createServiceClient } from '@client-portal/contracts';
import {
  as,
  clientUser,
  freePort,
  infrastructure,
  serviceTestEnvironment,
  staff,
  uniqueName,
} from '@client-portal/testing';
import { bundle } from '../k8s/bundle.mjs';
import { COMPONENTS, PORT_OFFSET, pidOf, ports as infraPorts, terminate } from '../local/infra.mjs';

export const SERVICES = ['identity', 'crm', 'portal', 'billing', 'messaging', 'notification'] as const;
type Service = (typeof SERVICES)[number];
type Target = Service | 'kafka';

export interface ChaosOptions {
  /** Business events to drive (each issue, payment, message, acceptance counts one). */
  events: number;
  /** How many times each service is killed and Kafka restarted. */
  rounds: number;
  /** Clients the events are spread over. */
  clients: number;
  /** Business actions in flight at once. */
  concurrency: number;
  /** Restart Kafka (needs the Kafka infra.mjs manages). */
  restartKafka: boolean;
  /**
   * A bound on driving (seconds, 0 for none): past it no new action starts, the chaos steps not yet
   * taken run at once, and the checks run on what was driven.
   */
  driveSeconds: number;
  /** Where the line-by-line progress goes. */
  say: (line: string) => void;
}

export interface ChaosCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ChaosReport {
  namespace: string;
  events: number;
  actions: Record<string, number>;
  retries: number;
  kills: { target: Target; at: number; downMs: number }[];
  /** Processes that exited on their own (restarted by the run's supervisor, as Kubernetes would). */
  crashes: string[];
  durationSeconds: number;
  convergeSeconds: number;
  figures: Record<string, number>;
  checks: ChaosCheck[];
  ok: boolean;
}

const repo = repoRoot();
const out = path.join(repo, 'dist', 'chaos');
/**
 * Each bundle beside its service's sources (services/<name>/dist/chaos), so the packages it leaves
 * external resolve from that service's own node_modules (the gateway's jose is not hoisted).
 */
const bundleDir = (name: string) => path.join(repo, 'services', name, 'dist', 'chaos');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------------------------------ processes

interface Running {
  name: Service | 'gateway';
  args: string[];
  env: Record<string, string>;
  child: ChildProcess;
  starts: number;
  /** Stopped by the run (a planned kill or the end), not crashed. */
  intended?: boolean;
}

function logFile(name: string): string {
  return path.join(out, 'logs', `${name}.log`);
}

/** Every process this run started, so an interrupted run (Ctrl-C, a test timeout) leaves none behind. */
const everyChild = new Set<ChildProcess>();

/**
 * Starts the process and supervises it as Kubernetes would: one that exits on its own (a crash) is
 * started again a second later and counted; one the run stops on purpose (`intended`) is not.
 */
function launch(running: Omit<Running, 'child'> & { child?: ChildProcess }, crashes?: string[]): Running {
  mkdirSync(path.join(out, 'logs'), { recursive: true });
  const log = openSync(logFile(running.name), 'a');
  const child = spawn(process.execPath, running.args, {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...running.env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  everyChild.add(child);
  const started = Object.assign(running, { child, starts: running.starts + 1, intended: false });
  child.once('exit', (code, signal) => {
    everyChild.delete(child);
    if (started.intended || started.child !== child) return;
    crashes?.push(`${running.name} exited on its own (${signal ?? `code ${code}`})`);
    setTimeout(() => {
      if (!started.intended && started.child === child) launch(started, crashes);
    }, 1_000);
  });
  return started;
}

/** How many times the process logged that it serves (each start appends one line to its log). */
function servingCount(name: string): number {
  const file = logFile(name);
  if (!existsSync(file)) return 0;
  return readFileSync(file, 'utf8').split(`"message":"${name} serving"`).length - 1;
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000}s`);
}

async function stop(running: Running, signal: NodeJS.Signals): Promise<void> {
  const { child } = running;
  running.intended = true;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill(signal);
  if (signal !== 'SIGKILL') await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
  await exited;
}

// ------------------------------------------------------------------------------------------ Kafka

/**
 * The Kafka component infra.mjs manages, if it is the one at KAFKA_BROKERS: restarting another broker
 * (someone's external cluster) is not this script's business.
 */
function managedKafka(): { problem: string } | { problem: '' } {
  const brokers = infrastructure().kafkaBrokers;
  const expected = `127.0.0.1:${infraPorts.kafka}`;
  if (brokers.length !== 1 || brokers[0] !== expected)
    return {
      problem: `KAFKA_BROKERS is ${brokers.join(',')}, not the Kafka infra.mjs runs at ${expected} (CLIENT_PORTAL_PORT_OFFSET=${PORT_OFFSET})`,
    };
  if (pidOf('kafka') === undefined)
    return { problem: `no Kafka process recorded by infra.mjs under CLIENT_PORTAL_HOME at ${expected}` };
  return { problem: '' };
}

/** Stops the Kafka broker (SIGTERM, SIGKILL after 30 s) and starts it again on its data. */
async function restartKafka(): Promise<void> {
  const component = COMPONENTS.find((candidate) => candidate.name === 'kafka');
  if (!component) throw new Error('infra.mjs has no kafka component');
  await terminate('kafka');
  await component.start();
  await waitFor(
    'Kafka answering again',
    async () => {
      try {
        await component.probe();
        return true;
      } catch {
        return false;
      }
    },
    component.timeoutSeconds * 1000,
  );
}

// ------------------------------------------------------------------------------------------ retries

class Retries {
  count = 0;

  /**
   * Runs `action` until it succeeds. After a failure, `happened` (when given) reads whether the
   * action took effect anyway (its answer was lost with the process): then it is not repeated.
   */
  async run<T>(
    what: string,
    action: () => Promise<T>,
    happened?: () => Promise<T | undefined>,
    timeoutMs = 180_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      if (attempt > 0) {
        this.count++;
        await sleep(Math.min(2_000, 100 * 2 ** attempt));
        if (happened) {
          const done = await happened().catch(() => undefined);
          if (done !== undefined) return done;
        }
      }
      try {
        return await action();
      } catch (error) {
        lastError = error;
      }
    }
    throw new Error(
      `${what} did not succeed within ${timeoutMs / 1000}s: ${lastError instanceof Error ? lastError.message : String(lastError)}`,
    );
  }
}

// ------------------------------------------------------------------------------------------ run

export function chaosOptionsFromEnvironment(say: (line: string) => void): ChaosOptions {
  const events = Number(process.env.CHAOS_EVENTS ?? 10_000);
  return {
    events,
    rounds: Number(process.env.CHAOS_ROUNDS ?? 2),
    clients: Number(process.env.CHAOS_CLIENTS ?? Math.max(4, Math.min(50, Math.round(events / 200)))),
    concurrency: Number(process.env.CHAOS_CONCURRENCY ?? 6),
    restartKafka: process.env.CHAOS_KAFKA !== '0',
    driveSeconds: Number(process.env.CHAOS_DRIVE_SECONDS ?? 0),
    say,
  };
}

interface ClientFixture {
  id: string;
  name: string;
  email: string;
  workspaceId: string;
  payerEmail: string;
}

interface Ledger {
  invoices: Map<string, { clientId: string; totalMinor: number; paidBy: 'manual' | 'card' | '' }>;
  quotes: Map<string, { clientId: string; accepted: boolean }>;
  messages: Set<string>;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const { say } = options;
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
  const kafkaCheck = managedKafka();
  if (options.restartKafka && kafkaCheck.problem)
    throw new Error(`cannot restart Kafka: ${kafkaCheck.problem} (CHAOS_KAFKA=0 runs without it)`);
  const infra = infrastructure();
  const namespace = uniqueName('chaos');
  const domain = `${namespace.replaceAll('_', '-').toLowerCase()}.test`;
  const processes = new Map<Service | 'gateway', Running>();
  const report: ChaosReport = {
    namespace,
    events: 0,
    actions: {},
    retries: 0,
    kills: [],
    crashes: [],
    durationSeconds: 0,
    convergeSeconds: 0,
    figures: {},
    checks: [],
    ok: false,
  };

  for (const name of [...SERVICES, 'gateway']) await bundle(name, bundleDir(name));
  say(`[${elapsed()}] bundled the six services and the gateway into services/*/dist/chaos`);

  const grpcPorts = Object.fromEntries(
    await Promise.all(SERVICES.map(async (name) => [name, await freePort()] as const)),
  ) as Record<Service, number>;
  const addresses = Object.fromEntries(
    SERVICES.map((name) => [`${name.toUpperCase()}_GRPC_ADDRESS`, `127.0.0.1:${grpcPorts[name]}`]),
  );
  const httpPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${httpPort}`;
  const connections: mongoose.Connection[] = [];
  const clients: { close(): void }[] = [];

  try {
    for (const name of SERVICES) {
      processes.set(
        name,
        launch(
          {
            name,
            args: ['--enable-source-maps', path.join(bundleDir(name), 'main.mjs')],
            env: {
              ...serviceTestEnvironment(name, namespace),
              ...addresses,
              LOG_LEVEL: 'info',
              GRPC_PORT: String(grpcPorts[name]),
              STRIPE_API_URL: infra.stripeApiUrl,
              // Billing plays Stripe's servers: the signed webhook goes to the gateway's public endpoint.
              STRIPE_LOCAL_WEBHOOK_URL: `${gatewayUrl}/api/webhooks/stripe`,
              PUBLIC_URL: gatewayUrl,
            },
            starts: 0,
          },
          report.crashes,
        ),
      );
    }
    processes.set(
      'gateway',
      launch(
        {
          name: 'gateway',
          args: ['--enable-source-maps', path.join(bundleDir('gateway'), 'main.mjs')],
          env: {
            ...serviceTestEnvironment('gateway', namespace),
            ...addresses,
            LOG_LEVEL: 'info',
            HTTP_PORT: String(httpPort),
            PARTNER_GRPC_PORT: String(await freePort()),
          },
          starts: 0,
        },
        report.crashes,
      ),
    );
    for (const name of SERVICES) await waitFor(`${name} serving`, () => servingCount(name) >= 1);
    await waitFor(
      'the gateway answering',
      async () => (await fetch(`${gatewayUrl}/api/health`).catch(() => undefined))?.ok === true,
    );
    say(`[${elapsed()}] six services and the gateway running (namespace ${namespace})`);

    const address = (service: Service) => addresses[`${service.toUpperCase()}_GRPC_ADDRESS`] ?? '';
    const crm = createServiceClient('crm', address('crm'), { deadlineMs: 15_000 });
    const portal = createServiceClient('portal', address('portal'), { deadlineMs: 15_000 });
    const documents = createServiceClient('documents', address('billing'), { deadlineMs: 15_000 });
    const payments = createServiceClient('payments', address('billing'), { deadlineMs: 15_000 });
    const acceptance = createServiceClient('acceptance', address('billing'), { deadlineMs: 15_000 });
    const messaging = createServiceClient('messaging', address('messaging'), { deadlineMs: 15_000 });
    const billingProfile = createServiceClient('billingProfile', address('billing'), { deadlineMs: 15_000 });
    clients.push(crm, portal, documents, payments, acceptance, messaging, billingProfile);
    const tenantId = randomUUID();
    const owner = as(staff(tenantId, 'owner'));
    const retries = new Retries();

    // Clients, each with a workspace (messages) and a billing contact (manual payments' receipts).
    const fixtures: ClientFixture[] = [];
    for (let index = 0; index < options.clients; index++) {
      const name = `Chaos Client ${index}`;
      const email = `billing-${index}@${domain}`;
      const created = await retries.run('create a client', () =>
        crm.createClient(
          { name, primaryContact: { firstName: 'Bill', lastName: `Payer ${index}`, email, role: 'billing' } },
          owner,
        ),
      );
      const workspace = await retries.run('create a workspace', () =>
        portal.createWorkspace({ clientId: created.id, clientName: name, name: `Workspace ${index}` }, owner),
      );
      // Manual payments' receipts go to the client's billing recipients.
      await retries.run('set the billing recipients', () =>
        billingProfile.updateClientBillingDetails(
          {
            clientId: created.id,
            details: {
              legalName: `${name} Ltd`,
              recipients: [{ email, name: 'Bill Payer' }],
              language: 'en',
            },
            expectedVersion: 0,
          },
          owner,
        ),
      );
      fixtures.push({
        id: created.id,
        name,
        email,
        workspaceId: workspace.id,
        payerEmail: `card-${index}@${domain}`,
      });
    }
    say(`[${elapsed()}] ${fixtures.length} clients with a workspace each`);

    const ledger: Ledger = { invoices: new Map(), quotes: new Map(), messages: new Set() };
    const count = (kind: string) => {
      report.events++;
      report.actions[kind] = (report.actions[kind] ?? 0) + 1;
    };

    const issue = async (fixture: ClientFixture, kind: 'invoice' | 'quote', amount: number) => {
      const draft = await retries.run(`create a ${kind} draft`, () =>
        documents.createDraft(
          {
            clientId: fixture.id,
            clientName: fixture.name,
            kind,
            currency: 'EUR',
            lines: [
              {
                description: `Chaos work ${amount}`,
                unit: 'day',
                quantityMilli: 1000,
                unitPriceMinor: amount,
                taxRateBasisPoints: 0,
              },
            ],
          },
          owner,
        ),
      );
      const issued = await retries.run(
        `issue ${kind} ${draft.id}`,
        () =>
          documents.issueDocument(
            { documentId: draft.id, expectedVersion: draft.version, tenantName: 'Chaos Agency' },
            owner,
          ),
        async () => {
          const document = await documents.getDocument({ documentId: draft.id }, owner);
          return document.status !== 'draft' ? document : undefined;
        },
      );
      count(`${kind}s issued`);
      return issued;
    };

    /** Whether a payment covering that invoice exists (its answer may have been lost). */
    const paymentOf = async (fixture: ClientFixture, documentId: string) => {
      const listed = await payments.listPayments(
        { clientId: fixture.id, documentId, page: { pageSize: 10 } },
        owner,
      );
      return listed.payments[0];
    };

    const invoiceAndPay = async (fixture: ClientFixture, amount: number, by: 'manual' | 'card') => {
      const invoice = await issue(fixture, 'invoice', amount);
      ledger.invoices.set(invoice.id, { clientId: fixture.id, totalMinor: amount, paidBy: '' });
      if (by === 'manual') {
        await retries.run(
          `record a payment of ${invoice.id}`,
          () =>
            payments.recordManualPayment(
              {
                clientId: fixture.id,
                method: 'bank_transfer',
                paidOn: new Date().toISOString().slice(0, 10),
                currency: 'EUR',
                reference: `chaos ${invoice.id}`,
                allocations: [{ documentId: invoice.id, whole: true }],
              },
              owner,
            ),
          () => paymentOf(fixture, invoice.id),
        );
      } else {
        const payer = as(clientUser(tenantId, fixture.id, [fixture.workspaceId]));
        await retries.run(
          `pay ${invoice.id} by card`,
          async () => {
            const checkout = await payments.startCardPayment(
              {
                allocations: [{ documentId: invoice.id, whole: true }],
                paymentMethod: 'pm_card_visa',
                payerName: 'Card Payer',
                payerEmail: fixture.payerEmail,
              },
              payer,
            );
            // The webhook records the payment (possibly after a restart): wait for it, bounded.
            const deadline = Date.now() + 60_000;
            while (Date.now() < deadline) {
              const payment = await paymentOf(fixture, invoice.id).catch(() => undefined);
              if (payment) return payment;
              await sleep(250);
            }
            throw new Error(`checkout ${checkout.id} (${checkout.status}) recorded no payment`);
          },
          () => paymentOf(fixture, invoice.id),
        );
      }
      ledger.invoices.set(invoice.id, { clientId: fixture.id, totalMinor: amount, paidBy: by });
      count(`${by} payments`);
    };

    const postMessage = async (fixture: ClientFixture, index: number) => {
      const body = `Chaos message ${index} ${randomUUID()}`;
      await retries.run(
        'post a message',
        () =>
          messaging.postMessage(
            { workspaceId: fixture.workspaceId, body, authorDisplayName: 'Chaos Staff' },
            owner,
          ),
        async () => {
          const listed = await messaging.listMessages(
            { workspaceId: fixture.workspaceId, page: { pageSize: 20 } },
            owner,
          );
          return listed.messages.find((message) => message.body === body);
        },
      );
      ledger.messages.add(body);
      count('messages posted');
    };

    const approveQuote = async (fixture: ClientFixture, amount: number) => {
      const quote = await issue(fixture, 'quote', amount);
      ledger.quotes.set(quote.id, { clientId: fixture.id, accepted: false });
      const approver = as(clientUser(tenantId, fixture.id, [fixture.workspaceId]));
      await retries.run(
        `accept quote ${quote.id}`,
        async () => {
          await acceptance.acceptQuote(
            { documentId: quote.id, signerName: 'Client Approver', userEmail: fixture.payerEmail },
            approver,
          );
          return true;
        },
        async () => {
          const document = await documents.getDocument({ documentId: quote.id }, owner);
          return document.status === 'accepted' ? true : undefined;
        },
      );
      ledger.quotes.set(quote.id, { clientId: fixture.id, accepted: true });
      count('quotes accepted');
    };

    // The chaos plan: every service, then Kafka, `rounds` times, spread evenly over the events.
    const plan: Target[] = [];
    for (let round = 0; round < options.rounds; round++) {
      plan.push(...SERVICES);
      if (options.restartKafka) plan.push('kafka');
    }
    const kill = async (target: Target) => {
      const at = Date.now();
      if (target === 'kafka') {
        say(`[${elapsed()}] restarting Kafka (after ${report.events} events)`);
        await restartKafka();
      } else {
        const running = processes.get(target);
        if (!running) throw new Error(`${target} is not running`);
        const before = servingCount(target);
        say(`[${elapsed()}] SIGKILL ${target} (after ${report.events} events)`);
        await stop(running, 'SIGKILL');
        launch(running, report.crashes);
        await waitFor(`${target} serving again`, () => servingCount(target) > before);
      }
      report.kills.push({ target, at: Math.round((at - started) / 1000), downMs: Date.now() - at });
    };

    // Units of work: 0 invoice + manual payment (2 events), 1 invoice + card payment (2), 2 a message
    // (1), 3 a quote issued and accepted (2); 7 events per cycle of four.
    const units = Math.ceil((options.events / 7) * 4);
    let next = 0;
    let planned = 0;
    let chaos: Promise<void> = Promise.resolve();
    /** The events driven before step `step` of the plan starts: the plan spread evenly over the run. */
    const due = (step: number) => Math.floor(((step + 1) * options.events) / (plan.length + 1));
    const failures: string[] = [];
    const driveUntil = options.driveSeconds > 0 ? started + options.driveSeconds * 1000 : Infinity;
    const worker = async () => {
      while (next < units && Date.now() < driveUntil) {
        const index = next++;
        const fixture = fixtures[index % fixtures.length];
        if (!fixture) break;
        const amount = 10_000 + index;
        try {
          switch (index % 4) {
            case 0:
              await invoiceAndPay(fixture, amount, 'manual');
              break;
            case 1:
              await invoiceAndPay(fixture, amount, 'card');
              break;
            case 2:
              await postMessage(fixture, index);
              break;
            default:
              await approveQuote(fixture, amount);
          }
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
        // The next chaos step once its share of the events is driven. One step at a time, and the
        // traffic runs through it: a worker that reaches the next share while the step before is still
        // under way waits for it, so every kill has events driven during it, whatever the run's size.
        while (planned < plan.length && report.events >= due(planned)) {
          const underWay = chaos;
          await underWay;
          // Another worker started the next step meanwhile: see whether this one is due too.
          if (chaos !== underWay) continue;
          const target = plan[planned++] as Target;
          chaos = chaos
            .then(() => kill(target))
            .catch((error: unknown) => {
              failures.push(`${target}: ${error instanceof Error ? error.message : String(error)}`);
            });
          break;
        }
        if (index % 500 === 0 && index > 0)
          say(`[${elapsed()}] ${report.events} events, ${retries.count} retries`);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    if (next < units)
      say(
        `[${elapsed()}] stopped driving at the ${options.driveSeconds}s bound, after ${report.events} events`,
      );
    while (planned < plan.length) {
      const target = plan[planned++] as Target;
      chaos = chaos
        .then(() => kill(target))
        .catch((error: unknown) => {
          failures.push(`${target}: ${error instanceof Error ? error.message : String(error)}`);
        });
    }
    await chaos;
    report.retries = retries.count;
    say(
      `[${elapsed()}] drove ${report.events} events with ${report.kills.length} kills and ${retries.count} retries`,
    );

    // ------------------------------------------------------------------------------------- checks
    const database = (service: Service) => {
      const connection = mongoose.createConnection(infra.mongoUrl, { dbName: `${namespace}_${service}` });
      connections.push(connection);
      return connection;
    };
    const billingDb = database('billing');
    const crmDb = database('crm');
    const messagingDb = database('messaging');
    const notificationDb = database('notification');
    await Promise.all(connections.map((connection) => connection.asPromise()));

    const expectedPayments = [...ledger.invoices.values()].filter((invoice) => invoice.paidBy !== '').length;
    const mails = async () => {
      const found: { to: string; subject: string; snippet: string }[] = [];
      for (let start = 0; ; start += 500) {
        const response = await fetch(
          `${infra.mailpitUrl}/api/v1/search?limit=500&start=${start}&query=${encodeURIComponent(`to:"@${domain}"`)}`,
        );
        const page = (await response.json()) as {
          messages: { To: { Address: string }[]; Subject: string; Snippet: string }[];
          messages_count: number;
        };
        for (const message of page.messages)
          found.push({
            to: message.To.map((to) => to.Address).join(','),
            subject: message.Subject,
            snippet: message.Snippet,
          });
        if (page.messages.length < 500) return found;
      }
    };
    const isReceipt = (mail: { subject: string }) => /payment|receipt/i.test(mail.subject);

    // Converged: every payment recorded and settled, every receipt sent, crm caught up (bounded wait).
    const convergeStart = Date.now();
    const snapshot = async () => {
      const documents = await billingDb
        .collection('documents')
        .find({ tenantId })
        .project<{
          _id: string;
          kind: string;
          status: string;
          clientId: string;
          totalMinor: number;
          paidMinor: number;
        }>({
          kind: 1,
          status: 1,
          clientId: 1,
          totalMinor: 1,
          paidMinor: 1,
        })
        .toArray();
      const payments = await billingDb
        .collection('payments')
        .find({ tenantId })
        .project<{
          _id: string;
          amountMinor: number;
          stripePaymentIntentId: string;
          allocations: { documentId: string; amountMinor: number }[];
        }>({ amountMinor: 1, stripePaymentIntentId: 1, allocations: 1 })
        .toArray();
      const crmClients = await crmDb
        .collection('clients')
        .find({ tenantId })
        .project<{ _id: string; metrics?: { invoicedMinor?: number; invoiceCount?: number } }>({ metrics: 1 })
        .toArray();
      const refunds = await billingDb
        .collection('refunds')
        .countDocuments({ tenantId })
        .catch(() => 0);
      return { documents, payments, crmClients, refunds, mail: await mails() };
    };
    type Snapshot = Awaited<ReturnType<typeof snapshot>>;
    const evaluate = (state: Snapshot): ChaosCheck[] => {
      const checks: ChaosCheck[] = [];
      const check = (name: string, problems: string[], summary: string) =>
        checks.push({
          name,
          ok: problems.length === 0,
          detail:
            problems.length === 0
              ? summary
              : `${problems.length} problem(s): ${problems.slice(0, 5).join('; ')}`,
        });
      check('every business action completed', failures, `${report.events} events`);

      // billing: paid amounts are their payments' sums; one payment per invoice; no intent twice.
      const paidBySum = new Map<string, number>();
      const paymentsPerInvoice = new Map<string, number>();
      for (const payment of state.payments)
        for (const allocation of payment.allocations) {
          paidBySum.set(
            allocation.documentId,
            (paidBySum.get(allocation.documentId) ?? 0) + allocation.amountMinor,
          );
          paymentsPerInvoice.set(
            allocation.documentId,
            (paymentsPerInvoice.get(allocation.documentId) ?? 0) + 1,
          );
        }
      const invoices = state.documents.filter((document) => document.kind === 'invoice');
      const settleProblems = invoices.flatMap((document) => {
        const sum = paidBySum.get(document._id) ?? 0;
        const problems: string[] = [];
        if (document.paidMinor !== sum)
          problems.push(
            `invoice ${document._id} shows ${document.paidMinor} paid, its payments sum to ${sum}`,
          );
        if (sum >= document.totalMinor && document.status !== 'paid')
          problems.push(`invoice ${document._id} is fully paid but ${document.status}`);
        return problems;
      });
      check(
        'billing: each invoice paid amount = its payments (recomputed)',
        settleProblems,
        `${invoices.length} invoices`,
      );
      const doubles = [...ledger.invoices.entries()].flatMap(([id, expected]) => {
        const n = paymentsPerInvoice.get(id) ?? 0;
        const want = expected.paidBy === '' ? 0 : 1;
        return n === want ? [] : [`invoice ${id}: ${n} payment(s), ${want} expected`];
      });
      const intents = new Map<string, number>();
      for (const payment of state.payments)
        if (payment.stripePaymentIntentId)
          intents.set(payment.stripePaymentIntentId, (intents.get(payment.stripePaymentIntentId) ?? 0) + 1);
      for (const [intent, n] of intents)
        if (n > 1) doubles.push(`payment intent ${intent} recorded ${n} times`);
      check(
        'billing: no payment recorded twice, none lost',
        doubles,
        `${state.payments.length} payments for ${expectedPayments} paid invoices`,
      );

      // crm: invoiced figures per client = billing's issued invoices of that client.
      const issuedByClient = new Map<string, { sum: number; count: number }>();
      for (const document of invoices)
        if (document.status !== 'draft') {
          const entry = issuedByClient.get(document.clientId) ?? { sum: 0, count: 0 };
          entry.sum += document.totalMinor;
          entry.count += 1;
          issuedByClient.set(document.clientId, entry);
        }
      const crmProblems = state.crmClients.flatMap((row) => {
        const want = issuedByClient.get(row._id) ?? { sum: 0, count: 0 };
        const got = { sum: row.metrics?.invoicedMinor ?? 0, count: row.metrics?.invoiceCount ?? 0 };
        return got.sum === want.sum && got.count === want.count
          ? []
          : [`client ${row._id}: crm ${got.count} invoices/${got.sum}, billing ${want.count}/${want.sum}`];
      });
      check('crm: client invoiced figures = billing', crmProblems, `${state.crmClients.length} clients`);

      // notification: one receipt per payment, nothing twice.
      const seen = new Map<string, number>();
      for (const mail of state.mail) {
        const key = `${mail.to}|${mail.subject}|${mail.snippet}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      const twice = [...seen.entries()]
        .filter(([, n]) => n > 1)
        .map(([key, n]) => `${n}× ${key.slice(0, 120)}`);
      check('mail: no e-mail sent twice', twice, `${state.mail.length} e-mails`);
      const receipts = state.mail.filter(isReceipt).length;
      check(
        'mail: one receipt per payment',
        receipts === state.payments.length
          ? []
          : [`${receipts} receipts for ${state.payments.length} payments`],
        `${receipts} receipts`,
      );
      return checks;
    };

    let state = await snapshot();
    let checks = evaluate(state);
    const convergeDeadline = Date.now() + Number(process.env.CHAOS_CONVERGE_SECONDS ?? 180) * 1000;
    while (checks.some((check) => !check.ok) && Date.now() < convergeDeadline && failures.length === 0) {
      await sleep(2_000);
      state = await snapshot();
      checks = evaluate(state);
    }
    report.convergeSeconds = Math.round((Date.now() - convergeStart) / 1000);

    // messaging: every acknowledged message stored once.
    const stored = await messagingDb
      .collection('messages')
      .find({ tenantId })
      .project<{ body: string }>({ body: 1 })
      .toArray();
    const storedCount = new Map<string, number>();
    for (const message of stored) storedCount.set(message.body, (storedCount.get(message.body) ?? 0) + 1);
    const messageProblems = [...ledger.messages].flatMap((body) => {
      const n = storedCount.get(body) ?? 0;
      return n === 1 ? [] : [`"${body}" stored ${n} times`];
    });
    checks.push({
      name: 'messaging: every message stored once',
      ok: messageProblems.length === 0,
      detail:
        messageProblems.length === 0 ? `${stored.length} messages` : messageProblems.slice(0, 5).join('; '),
    });

    // notification: never two notifications for one event and recipient.
    const duplicateNotifications = await notificationDb
      .collection('notifications')
      .aggregate<{ _id: unknown; n: number }>([
        { $match: { tenantId } },
        {
          $group: { _id: { event: '$sourceEventId', to: '$recipient', channel: '$channel' }, n: { $sum: 1 } },
        },
        { $match: { n: { $gt: 1 } } },
      ])
      .toArray();
    const notificationCount = await notificationDb.collection('notifications').countDocuments({ tenantId });
    checks.push({
      name: 'notification: one notification per event and recipient',
      ok: duplicateNotifications.length === 0,
      detail:
        duplicateNotifications.length === 0
          ? `${notificationCount} notifications`
          : JSON.stringify(duplicateNotifications.slice(0, 5)),
    });

    // Kafka: every dead-letter topic of the run is empty (any message printed with its reason).
    // Patient retries: right after a restart the broker reloads every partition of the machine's topics
    // and answers NOT_LEADER_FOR_PARTITION (retriable) for a while (a CI run crashed on it here).
    const kafka = new Kafka({
      clientId: 'chaos',
      brokers: infra.kafkaBrokers,
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 500, maxRetryTime: 10_000, retries: 15 },
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const topics = (await admin.listTopics()).filter(
        (topic) => topic.startsWith(`${namespace}.`) && topic.endsWith('.dead-letter'),
      );
      const dead: string[] = [];
      /** A topic's offsets, asked again while the restarted broker is still electing its leaders. */
      const offsetsOf = async (topic: string) => {
        const deadline = Date.now() + 120_000;
        for (;;) {
          try {
            return await admin.fetchTopicOffsets(topic);
          } catch (error) {
            // kafkajs' admin does not retry NOT_LEADER_FOR_PARTITION on listOffsets (two runs died on it).
            if (!(error as { retriable?: boolean }).retriable || Date.now() > deadline) throw error;
            await sleep(1_000);
            await admin.fetchTopicMetadata({ topics: [topic] }).catch(() => undefined);
          }
        }
      };
      for (const topic of topics) {
        const offsets = await offsetsOf(topic);
        const n = offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
        if (n > 0) dead.push(`${topic}: ${n} message(s)`);
      }
      if (dead.length > 0) {
        const consumer = kafka.consumer({ groupId: `${namespace}.chaos-dead-letters` });
        await consumer.connect();
        const reasons: string[] = [];
        for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
        await consumer.run({
          eachMessage: ({ topic, message }) => {
            const headers = Object.fromEntries(
              Object.entries(message.headers ?? {}).map(([key, value]) => [key, String(value)]),
            );
            reasons.push(
              `${topic}: ${JSON.stringify(headers).slice(0, 300)} ${String(message.value).slice(0, 200)}`,
            );
            return Promise.resolve();
          },
        });
        await sleep(5_000);
        await consumer.disconnect();
        for (const reason of reasons) say(`dead letter: ${reason}`);
      }
      checks.push({
        name: 'kafka: dead-letter topics empty',
        ok: dead.length === 0,
        detail: dead.length === 0 ? `${topics.length} dead-letter topics, all empty` : dead.join('; '),
      });
    } finally {
      await admin.disconnect();
    }

    report.checks = checks;
    report.figures = {
      invoices: state.documents.filter((document) => document.kind === 'invoice').length,
      quotes: state.documents.filter((document) => document.kind === 'quote').length,
      payments: state.payments.length,
      paidMinor: state.payments.reduce((sum, payment) => sum + payment.amountMinor, 0),
      messages: stored.length,
      notifications: notificationCount,
      emails: state.mail.length,
    };
    report.ok = checks.every((check) => check.ok);
    return report;
  } finally {
    report.durationSeconds = Math.round((Date.now() - started) / 1000);
    for (const made of clients) made.close();
    for (const running of [...processes.values()].reverse()) await stop(running, 'SIGTERM');
    for (const connection of connections) await connection.close().catch(() => undefined);
    // Scratch data: the run's databases and its e-mails.
    const cleanup = mongoose.createConnection(infra.mongoUrl);
    await cleanup.asPromise().catch(() => undefined);
    for (const service of [...SERVICES, 'gateway'])
      await cleanup
        .useDb(`${namespace}_${service}`)
        .dropDatabase()
        .catch(() => undefined);
    await cleanup.close().catch(() => undefined);
    await fetch(`${infra.mailpitUrl}/api/v1/search?query=${encodeURIComponent(`to:"@${domain}"`)}`, {
      method: 'DELETE',
    }).catch(() => undefined);
  }
}

export function describeChaos(report: ChaosReport): string {
  const lines = [
    `chaos run ${report.namespace}: ${report.events} events in ${report.durationSeconds}s (${Object.entries(
      report.actions,
    )
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ')}), ${report.retries} retries`,
    `kills: ${report.kills.map((kill) => `${kill.target}@${kill.at}s (down ${(kill.downMs / 1000).toFixed(1)}s)`).join(', ')}`,
    `crashes on their own (restarted): ${report.crashes.length === 0 ? 'none' : report.crashes.join('; ')}`,
    `converged in ${report.convergeSeconds}s; figures: ${Object.entries(report.figures)
      .map(([name, value]) => `${name} ${value}`)
      .join(', ')}`,
    ...report.checks.map((check) => `${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`),
    report.ok ? 'nothing lost, nothing twice' : 'FAILED',
  ];
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('chaos.ts')) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      for (const child of everyChild) child.kill('SIGKILL');
      process.exit(130);
    });
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const result = await runChaos(chaosOptionsFromEnvironment(say));
  say(describeChaos(result));
  // The JSON report for e2e/chaos.isolated.test.ts (which runs this script as a process).
  if (process.env.CHAOS_REPORT) writeFileSync(process.env.CHAOS_REPORT, JSON.stringify(result, null, 2));
  process.exit(result.ok ? 0 : 1);
}
