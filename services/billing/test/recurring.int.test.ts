import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  as,
  clientUser,
  eventually,
  readTopic,
  serviceTestEnvironment,
  staff,
  uniqueName,
} from '@client-portal/testing';
import type { ServiceRuntime } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import { loadBillingConfig } from '../src/config.js';
import { startBilling } from '../src/app.js';
import { addDays, addMonthsOnAnchor, dayOf, newSubscription } from '../src/domain/subscription.js';
import { DocumentRepository } from '../src/store/document.repository.js';
import { SubscriptionRepository, subscriptionRunId } from '../src/store/subscription.repository.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const retainer = {
  description: 'Monthly retainer',
  unit: 'month',
  quantityMilli: '1000',
  unitPriceMinor: '150000',
  taxRateBasisPoints: 2000,
};

/**
 * Exactly once, against the real store and broker: two replicas of billing share one database and
 * topic, one of them is a separate process killed with SIGKILL in the middle of issuing, and the
 * crash states a replica can leave behind (claimed, numbered, inserted) are resumed to one invoice.
 */
describe('subscriptions issue each period exactly once across replicas and crashes', () => {
  const environment: Record<string, string> = {
    ...serviceTestEnvironment('billing'),
    BILLING_SCHEDULER_INTERVAL_MS: '150',
    BILLING_SCHEDULER_LEASE_MS: '1500',
  };
  const tenant = uniqueName('tenant');
  const manager = staff(tenant, 'manager');
  const today = dayOf(new Date());
  let replicaA: ServiceRuntime;
  let replicaB: ChildProcess | undefined;
  let recurring: ServiceClient<'recurring'>;
  let documents: DocumentRepository;
  let subscriptions: SubscriptionRepository;

  /** A second replica in its own process, as a second pod would be; resolves once it serves. */
  const spawnReplica = (): Promise<ChildProcess> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'services/billing/src/main.ts'], {
        cwd: repoRoot,
        env: { ...process.env, ...environment, LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('billing serving')) {
          child.stdout.off('data', onData);
          child.stdout.resume();
          child.off('exit', onExit);
          resolve(child);
        }
      };
      const onExit = (code: number | null) => {
        reject(new Error(`replica exited early with ${String(code)}`));
      };
      child.stdout.on('data', onData);
      child.once('exit', onExit);
    });
  const kill = async (child: ChildProcess | undefined, signal: NodeJS.Signals) => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };

  beforeAll(async () => {
    replicaB = await spawnReplica();
    replicaA = await startBilling(loadBillingConfig(environment));
    recurring = createServiceClient('recurring', `127.0.0.1:${replicaA.grpcPort}`);
    documents = new DocumentRepository(replicaA.connection);
    subscriptions = new SubscriptionRepository(replicaA.connection);
  }, 60_000);
  afterAll(async () => {
    await kill(replicaB, 'SIGTERM');
    recurring.close();
    await replicaA.connection.dropDatabase();
    await replicaA.stop();
  });

  const runsIn = (ids: string[]) =>
    Promise.all(ids.map((id) => subscriptions.runsOf(tenant, id))).then((lists) => lists.flat());

  it('two replicas, one SIGKILLed mid-way and restarted: each missed period invoiced once, in order, numbers without gaps', async () => {
    // Started 80 days ago, monthly: three periods are due (80, ~50 and ~20 days ago), none issued.
    const startDate = addDays(today, -80);
    const created = [];
    for (let index = 0; index < 8; index++)
      created.push(
        await recurring.createSubscription(
          {
            clientId: `client-${index}`,
            clientName: `Client ${index}`,
            tenantName: 'Acme Agency',
            subscription: {
              currency: 'EUR',
              lines: [retainer],
              frequency: 'monthly',
              startDate,
              endDate: '',
              paymentTermDays: 15,
              notes: 'Thank you',
            },
          },
          as(manager),
        ),
      );
    const ids = created.map((subscription) => subscription.id);
    const anchor = Number(startDate.slice(8));
    const periods = [0, 1, 2].map((months) => addMonthsOnAnchor(startDate, months, anchor));
    expect(periods.every((period) => period <= today)).toBe(true);
    expect(periods).toHaveLength(3);
    const next = addMonthsOnAnchor(startDate, 3, anchor);
    expect(next > today).toBe(true);
    const expected = ids.length * periods.length;

    // Kill replica B abruptly while the periods are being issued, then start it again.
    await eventually(
      () => runsIn(ids),
      (runs) => runs.length >= 3,
      30_000,
    );
    await kill(replicaB, 'SIGKILL');
    const atKill = (await runsIn(ids)).filter((run) => run.status === 'issued').length;
    replicaB = await spawnReplica();

    const runs = await eventually(
      () => runsIn(ids),
      (all) => all.length === expected && all.every((run) => run.status === 'issued'),
      60_000,
    );
    expect(atKill).toBeLessThanOrEqual(expected);
    // One run per (subscription, period), one distinct invoice per run.
    expect(new Set(runs.map((run) => run.id)).size).toBe(expected);
    expect(new Set(runs.map((run) => run.documentId)).size).toBe(expected);
    for (const id of ids) {
      const own = runs.filter((run) => run.subscriptionId === id).map((run) => run.periodStart);
      expect(own.sort()).toEqual(periods);
    }
    // The invoices: exactly `expected` documents, sourced from the subscriptions, numbered 1..n.
    const issued = (
      await documents.list(tenant, { kind: 'invoice' }, DocumentRepository.listOrder.read({ pageSize: 100 }))
    ).documents;
    expect(issued).toHaveLength(expected);
    expect(
      issued.every((document) => document.status === 'issued' && document.source.kind === 'subscription'),
    ).toBe(true);
    const sequences = issued.map((document) => document.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: expected }, (_, index) => index + 1));
    const first = issued.find((document) => document.id === runs[0]?.documentId);
    expect(first).toMatchObject({ totalMinor: 180_000, dueDate: addDays(today, 15), currency: 'EUR' });
    // The subscriptions moved on to their next period.
    for (const id of ids) expect((await subscriptions.find(tenant, id))?.nextIssueDate).toBe(next);

    // Each invoice announced exactly once: billing.invoice.issued and billing.document.issued.
    const subjectsOf = (all: { value: Buffer | null }[], type: string) =>
      new Set(
        all
          .map(
            (message) => JSON.parse(message.value?.toString() ?? '{}') as { type: string; subject: string },
          )
          .filter((event) => event.type === type)
          .map((event) => event.subject),
      ).size;
    const messages = await readTopic(
      `${environment.KAFKA_TOPIC_PREFIX}billing.events`,
      (all) =>
        subjectsOf(all, 'billing.invoice.issued') >= expected &&
        subjectsOf(all, 'billing.document.issued') >= expected,
      20_000,
    );
    // The relay publishes at least once (two relays may both send an entry before it is removed), and
    // consumers deduplicate by event id: what must be unique is the event, i.e. its id.
    const typed = (type: string) =>
      messages
        .map(
          (message) =>
            JSON.parse(message.value?.toString() ?? '{}') as { id: string; type: string; subject: string },
        )
        .filter((event) => event.type === type);
    for (const type of ['billing.invoice.issued', 'billing.document.issued']) {
      const eventIdsBySubject = new Map<string, Set<string>>();
      for (const event of typed(type))
        eventIdsBySubject.set(
          event.subject,
          (eventIdsBySubject.get(event.subject) ?? new Set()).add(event.id),
        );
      expect(eventIdsBySubject.size).toBe(expected);
      expect([...eventIdsBySubject.values()].every((ids) => ids.size === 1)).toBe(true);
    }
  }, 120_000);

  it('resumes a run interrupted between claim and issue, and one interrupted after the number: still one invoice each', async () => {
    const now = new Date();
    const longAgo = new Date(now.getTime() - 60_000);
    const base = {
      tenantId: tenant,
      tenantName: 'Acme Agency',
      createdBy: 'someone',
      now,
    };
    const input = {
      currency: 'EUR',
      lines: [
        {
          description: 'Hosting',
          unit: '',
          quantityMilli: 1000,
          unitPriceMinor: 5000,
          taxRateBasisPoints: 0,
        },
      ],
      frequency: 'monthly',
      startDate: today,
      endDate: '',
      paymentTermDays: 30,
      notes: '',
    };
    // What a replica killed right after its claim leaves: the run, no number, no document.
    const claimedOnly = newSubscription(input, {
      ...base,
      id: uniqueName('sub'),
      clientId: 'c-a',
      clientName: 'A',
    });
    // Killed after taking the number: the run and the number claim for its document id.
    const numbered = newSubscription(input, {
      ...base,
      id: uniqueName('sub'),
      clientId: 'c-b',
      clientName: 'B',
    });
    const crashed = [claimedOnly, numbered].map((subscription) => ({
      subscription,
      run: {
        id: subscriptionRunId(subscription.id, today),
        tenantId: tenant,
        subscriptionId: subscription.id,
        periodStart: today,
        periodEnd: addDays(today, 27),
        status: 'claimed' as const,
        documentId: uniqueName('doc'),
        documentNumber: '',
        totalMinor: 0,
        currency: 'EUR',
        attempt: 1,
        claimedAt: longAgo,
        leasedAt: longAgo,
        issuedAt: null,
      },
    }));
    for (const { run } of crashed) expect(await subscriptions.claimRun(run)).toBe(true);
    const numberedRun = crashed[1]?.run.documentId ?? '';
    const held = await documents.claimNumber(
      { id: numberedRun, tenantId: tenant, kind: 'invoice' },
      now.getUTCFullYear(),
    );
    for (const { subscription } of crashed) await subscriptions.insert(subscription);

    for (const { subscription, run } of crashed) {
      const [finished] = await eventually(
        () => subscriptions.runsOf(tenant, subscription.id),
        (runs) => runs[0]?.status === 'issued',
        20_000,
      );
      // The document id chosen at claim time is the invoice: nobody issued a second one.
      expect(finished).toMatchObject({ documentId: run.documentId, attempt: 2 });
      const invoices = (
        await documents.list(
          tenant,
          { kind: 'invoice' },
          DocumentRepository.listOrder.read({ pageSize: 100 }),
        )
      ).documents.filter((document) => document.source.id === subscription.id);
      expect(invoices.map((document) => document.id)).toEqual([run.documentId]);
    }
    // The number taken before the crash is the one the invoice carries: no hole in the sequence.
    expect((await documents.find(tenant, numberedRun))?.sequence).toBe(held.sequence);
  }, 60_000);

  it('refuses bad input naming each field and keeps the stored state; a stale edit is told', async () => {
    const created = await recurring.createSubscription(
      {
        clientId: 'client-edit',
        clientName: 'Edited',
        tenantName: 'Acme Agency',
        subscription: {
          currency: 'EUR',
          lines: [retainer],
          frequency: 'quarterly',
          startDate: addDays(today, 10),
          endDate: '',
          paymentTermDays: 30,
          notes: '',
        },
      },
      as(manager),
    );
    await expect(
      recurring.updateSubscription(
        {
          subscriptionId: created.id,
          expectedVersion: created.version,
          subscription: {
            currency: 'ZZZ',
            lines: [{ ...retainer, quantityMilli: '-1000' }],
            frequency: 'quarterly',
            startDate: addDays(today, 10),
            endDate: addDays(today, 5),
            paymentTermDays: 30,
            notes: '',
          },
        },
        as(manager),
      ),
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [
        expect.objectContaining({ field: 'currency', code: 'invalid_value' }),
        expect.objectContaining({ field: 'endDate', code: 'before_start' }),
        expect.objectContaining({ field: 'lines[0].quantityMilli', code: 'too_small' }),
      ],
    });
    expect(await recurring.getSubscription({ subscriptionId: created.id }, as(manager))).toEqual(created);

    const paused = await recurring.pauseSubscription(
      { subscriptionId: created.id, expectedVersion: created.version },
      as(manager),
    );
    expect(paused).toMatchObject({ status: 'paused', version: created.version + 1 });
    await expect(
      recurring.cancelSubscription(
        { subscriptionId: created.id, expectedVersion: created.version },
        as(manager),
      ),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    // A client user with the billing right (a subscription is amounts billed, like an invoice) sees
    // their own company's subscription without internal fields; another's is missing.
    const own = await recurring.getSubscription(
      { subscriptionId: created.id },
      as(clientUser(tenant, 'client-edit', ['workspace-edit'])),
    );
    expect(own.createdBy).toBe('');
    await expect(
      recurring.getSubscription({ subscriptionId: created.id }, as(clientUser(tenant, 'client-other'))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      recurring.createSubscription(
        { clientId: 'x', clientName: 'x', tenantName: 'x', subscription: null },
        as(staff(tenant, 'member')),
      ),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });
});
