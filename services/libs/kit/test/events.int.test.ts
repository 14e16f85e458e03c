import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Connection } from 'mongoose';
import type { Kafka } from 'kafkajs';
import { eventually, infrastructure, readTopic, uniqueName } from '@client-portal/testing';
import {
  connectMongo,
  createKafka,
  createLogger,
  ensureTopics,
  EventConsumer,
  EventOutbox,
  OUTBOX_FIELD,
  OutboxRelay,
  repoRoot,
  runWithContext,
  withOutbox,
  type EventConsumerOptions,
} from '../src/index.js';
import { accountModel, ledgerSchemas, projectionModel, type LedgerEvent } from './fixtures/ledger.js';

const logger = createLogger('kit-test', 'silent');

describe('events through the outbox, Kafka and the idempotent consumer', () => {
  let connection: Connection;
  let kafka: Kafka;
  const stopAfter: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    connection = await connectMongo({
      url: infrastructure().mongoUrl,
      database: uniqueName('kit_events'),
      logger,
    });
    kafka = createKafka({ brokers: infrastructure().kafkaBrokers, clientId: 'kit-test', logger });
  });
  afterEach(async () => {
    for (const stop of stopAfter.splice(0).reverse()) await stop();
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  async function startRelay(
    collections = ['accounts'],
    timing: { pollIntervalMs: number; idlePollMs?: number } = { pollIntervalMs: 50 },
  ) {
    const relay = new OutboxRelay({ kafka, connection, collections, logger, ...timing });
    await relay.start();
    stopAfter.push(() => relay.stop());
    return relay;
  }

  async function startConsumer(
    options: Partial<EventConsumerOptions<LedgerEvent>> &
      Pick<EventConsumerOptions<LedgerEvent>, 'topics' | 'handlers'>,
  ) {
    const consumer = new EventConsumer<LedgerEvent>({
      kafka,
      connection,
      groupId: uniqueName('group'),
      logger,
      retryDelayMs: 20,
      schemas: ledgerSchemas,
      ...options,
    });
    await consumer.start();
    stopAfter.push(() => consumer.stop());
    return consumer;
  }

  it('publishes state changes written with their outbox entries, in order, in the envelope', async () => {
    const producer = uniqueName('kittest');
    const outbox = new EventOutbox(producer);
    const topic = `${producer}.events`;
    await ensureTopics(kafka, [topic]);
    const Accounts = accountModel(connection);

    await runWithContext({ correlationId: 'corr-publish-1' }, async () => {
      await Accounts.create({
        _id: 'acc-1',
        tenantId: 'tenant-a',
        balance: 10,
        [OUTBOX_FIELD]: [
          outbox.entry({
            type: 'kittest.account.opened',
            tenantId: 'tenant-a',
            subject: 'acc-1',
            data: { balance: 10 },
          }),
        ],
      });
      await Accounts.updateOne(
        { _id: 'acc-1' },
        withOutbox(
          { $inc: { balance: 5 } },
          outbox.entry({
            type: 'kittest.account.credited',
            tenantId: 'tenant-a',
            subject: 'acc-1',
            data: { account: 'acc-1', amount: 5 },
          }),
        ),
      );
    });

    const received: LedgerEvent[] = [];
    await startConsumer({
      topics: [topic],
      handlers: {
        'kittest.account.opened': (event) => {
          received.push(event);
          return Promise.resolve();
        },
        'kittest.account.credited': (event) => {
          received.push(event);
          return Promise.resolve();
        },
      },
    });
    const relay = await startRelay();

    await eventually(
      () => Promise.resolve(received.length),
      (count) => count === 2,
    );
    expect(received.map((event) => event.type)).toEqual([
      'kittest.account.opened',
      'kittest.account.credited',
    ]);
    const [opened, credited] = received;
    expect(opened).toMatchObject({
      tenantId: 'tenant-a',
      subject: 'acc-1',
      producer,
      version: 1,
      correlationId: 'corr-publish-1',
      data: { balance: 10 },
    });
    expect(credited?.data).toEqual({ account: 'acc-1', amount: 5 });
    expect(new Date(credited?.occurredAt ?? 0).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // The state change stuck, and the published entries left the document.
    const stored = await connection.collection('accounts').findOne({ _id: 'acc-1' as never });
    expect(stored?.balance).toBe(15);
    expect(stored?.[OUTBOX_FIELD]).toEqual([]);
    expect(relay.publishedCount).toBe(2);
  });

  /** A topic, the accounts model, an `opened` entry maker and a relay whose scans are a minute apart. */
  async function quietLedger() {
    const producer = uniqueName('kittest');
    const outbox = new EventOutbox(producer);
    const topic = `${producer}.events`;
    await ensureTopics(kafka, [topic]);
    const Accounts = accountModel(connection);
    const opened = (id: string) =>
      outbox.entry({
        type: 'kittest.account.opened',
        tenantId: 'tenant-a',
        subject: id,
        data: { balance: 1 },
      });
    const relay = await startRelay(['accounts'], { pollIntervalMs: 30_000, idlePollMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { outbox, topic, Accounts, opened, relay };
  }

  it('publishes a write at once while idle: each write through an outbox model wakes its relay', async () => {
    // Idle polls a minute apart: only the write's own announcement can publish within the wait below.
    const { outbox, topic, Accounts, opened, relay } = await quietLedger();
    const published = () => Promise.resolve(relay.publishedCount);

    await Accounts.create({
      _id: 'idle-1',
      tenantId: 'tenant-a',
      balance: 1,
      [OUTBOX_FIELD]: [opened('idle-1')],
    });
    await eventually(published, (count) => count === 1, 10_000);
    await Accounts.updateOne(
      { _id: 'idle-1' },
      withOutbox(
        { $inc: { balance: 2 } },
        outbox.entry({
          type: 'kittest.account.credited',
          tenantId: 'tenant-a',
          subject: 'idle-1',
          data: { account: 'idle-1', amount: 2 },
        }),
      ),
    );
    await eventually(published, (count) => count === 2, 10_000);
    await Accounts.insertMany([
      { _id: 'idle-2', tenantId: 'tenant-a', balance: 1, [OUTBOX_FIELD]: [opened('idle-2')] },
    ]);
    await eventually(published, (count) => count === 3, 10_000);
    await Accounts.updateOne(
      { _id: 'idle-3' },
      { $setOnInsert: { tenantId: 'tenant-a', balance: 1, [OUTBOX_FIELD]: [opened('idle-3')] } },
      { upsert: true },
    );
    await eventually(published, (count) => count === 4, 10_000);
    const messages = await readTopic(topic, (read) => read.length >= 4);
    const types = messages.map((message) => (JSON.parse(String(message.value)) as { type: string }).type);
    expect(types.sort()).toEqual([
      'kittest.account.credited',
      'kittest.account.opened',
      'kittest.account.opened',
      'kittest.account.opened',
    ]);
  });

  it('publishes an announced write by its _id alone; a write nobody names waits for a scan', async () => {
    // Scans a minute apart: only announcements can publish within the waits below.
    const { topic, Accounts, opened, relay } = await quietLedger();
    const before = relay.publishedCount;
    const published = () => Promise.resolve(relay.publishedCount - before);

    // Written around the models (as another process would): nobody announces it.
    await connection.collection('accounts').insertOne({
      _id: 'quiet-1',
      tenantId: 'tenant-a',
      balance: 1,
      [OUTBOX_FIELD]: [opened('quiet-1')],
    } as never);
    await Accounts.create({
      _id: 'named-1',
      tenantId: 'tenant-a',
      balance: 1,
      [OUTBOX_FIELD]: [opened('named-1')],
    });
    await eventually(published, (count) => count === 1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await published()).toBe(1);
    expect(
      (await connection.collection('accounts').findOne({ _id: 'quiet-1' as never }))?.[OUTBOX_FIELD],
    ).toHaveLength(1);

    // An update whose filter names no _id: the relay cannot know the document, so it scans, and the scan
    // publishes the unannounced write too.
    await Accounts.updateOne(
      { tenantId: 'tenant-scan' },
      { $setOnInsert: { _id: 'scanned-1', balance: 1, [OUTBOX_FIELD]: [opened('scanned-1')] } },
      { upsert: true },
    );
    await eventually(published, (count) => count === 3, 10_000);
    const messages = await readTopic(topic, (read) => read.length >= 3);
    expect(messages.map((message) => String(message.key)).sort()).toEqual([
      'named-1',
      'quiet-1',
      'scanned-1',
    ]);
  });

  it('dead-letters a malformed message and an event that keeps failing, and goes on consuming', async () => {
    const producer = uniqueName('kittest');
    const topic = `${producer}.events`;
    const outbox = new EventOutbox(producer);
    await ensureTopics(kafka, [topic]);
    const raw = kafka.producer();
    await raw.connect();
    await raw.send({ topic, messages: [{ key: 'x', value: 'this is not an event' }] });
    await raw.disconnect();
    const poison = outbox.entry({
      type: 'kittest.account.credited',
      tenantId: 't',
      subject: 'poison',
      data: { account: 'poison', amount: 1 },
    });
    const healthy = outbox.entry({
      type: 'kittest.account.credited',
      tenantId: 't',
      subject: 'fine',
      data: { account: 'fine', amount: 2 },
    });
    await accountModel(connection).create({
      _id: uniqueName('acc'),
      tenantId: 't',
      [OUTBOX_FIELD]: [poison, healthy],
    });

    const attempts = new Map<string, number>();
    const handled: string[] = [];
    const consumer = await startConsumer({
      topics: [topic],
      maxAttempts: 3,
      handlers: {
        'kittest.account.credited': (event) => {
          const { data } = event;
          attempts.set(data.account, (attempts.get(data.account) ?? 0) + 1);
          if (data.account === 'poison') return Promise.reject(new Error('cannot credit a poisoned account'));
          handled.push(data.account);
          return Promise.resolve();
        },
      },
    });
    await startRelay();

    const dead = await readTopic(consumer.deadLetterTopic, (messages) => messages.length >= 2);
    expect(dead).toHaveLength(2);
    const [malformed, failing] = dead;
    expect(malformed?.value?.toString()).toBe('this is not an event');
    expect(malformed?.headers?.['dead-letter-error']?.toString()).toContain('not JSON');
    expect(failing?.headers?.['dead-letter-error']?.toString()).toBe('cannot credit a poisoned account');
    expect(failing?.headers?.['dead-letter-attempts']?.toString()).toBe('3');
    expect(failing?.headers?.['dead-letter-original-topic']?.toString()).toBe(topic);
    expect(JSON.parse(failing?.value?.toString() ?? '{}')).toMatchObject({
      id: poison.id,
      subject: 'poison',
    });
    expect(attempts.get('poison')).toBe(3);
    await eventually(
      () => Promise.resolve(handled),
      (accounts) => accounts.includes('fine'),
    );
  });

  it('dead-letters an event its schema refuses, with the reason and no retry, and handles the next', async () => {
    const producer = uniqueName('kittest');
    const topic = `${producer}.events`;
    await ensureTopics(kafka, [topic]);
    const outbox = new EventOutbox(producer);
    const bad = outbox.entry({
      type: 'kittest.account.credited',
      tenantId: 't',
      subject: 'acc-schema',
      data: { account: 'acc-schema', amount: 'ten' },
    });
    const unknownVersion = JSON.stringify({
      ...(JSON.parse(bad.envelope) as object),
      id: randomUUID(),
      version: 2,
    });
    const good = outbox.entry({
      type: 'kittest.account.credited',
      tenantId: 't',
      subject: 'acc-schema',
      data: { account: 'acc-schema', amount: 10 },
    });
    const raw = kafka.producer();
    await raw.connect();
    // One key: the three stay in this order on one partition.
    await raw.send({
      topic,
      messages: [bad.envelope, unknownVersion, good.envelope].map((value) => ({ key: 'acc-schema', value })),
    });
    await raw.disconnect();

    const handled: number[] = [];
    let calls = 0;
    const consumer = await startConsumer({
      topics: [topic],
      handlers: {
        'kittest.account.credited': (event) => {
          calls += 1;
          handled.push(event.data.amount);
          return Promise.resolve();
        },
      },
    });

    const dead = await readTopic(consumer.deadLetterTopic, (messages) => messages.length >= 2);
    expect(dead.map((message) => message.headers?.['dead-letter-error']?.toString())).toEqual([
      'Event does not match its schema: amount: Invalid input: expected number, received string',
      'Event does not match its schema: kittest.account.credited has no version 2',
    ]);
    expect(dead.map((message) => message.headers?.['dead-letter-attempts']?.toString())).toEqual(['0', '0']);
    expect(dead[0]?.value?.toString()).toBe(bad.envelope);
    await eventually(
      () => Promise.resolve(handled),
      (amounts) => amounts.includes(10),
    );
    expect(calls).toBe(1);
  });

  it('loses nothing and applies nothing twice when the consumer is killed mid-stream and restarted', async () => {
    const producer = 'kittest';
    const topic = uniqueName('kittest-ledger');
    await ensureTopics(kafka, [topic]);
    const outbox = new EventOutbox(producer, topic);
    const Accounts = accountModel(connection);
    const accounts = Array.from({ length: 8 }, (_, index) => `ledger-${index}`);
    const expected = new Map<string, number>();
    const totalEvents = 400;
    // Each account gets its credits as outbox entries, written 25 at a time with the balance change.
    for (let sent = 0; sent < totalEvents;) {
      const account = accounts[(sent / 25) % accounts.length] ?? 'ledger-0';
      const entries = Array.from({ length: 25 }, (_, index) => {
        const amount = sent + index + 1;
        expected.set(account, (expected.get(account) ?? 0) + amount);
        return outbox.entry({
          type: 'kittest.account.credited',
          tenantId: 't',
          subject: account,
          data: { account, amount },
        });
      });
      const total = entries.reduce(
        (sum, entry) => sum + (JSON.parse(entry.envelope) as { data: { amount: number } }).data.amount,
        0,
      );
      await Accounts.updateOne(
        { _id: account },
        withOutbox({ $inc: { balance: total }, $setOnInsert: { tenantId: 't' } }, ...entries),
        { upsert: true },
      );
      sent += entries.length;
    }
    await startRelay();

    const group = uniqueName('ledger-group');
    const database = connection.db?.databaseName ?? '';
    const spawnConsumer = (): Promise<ChildProcess> =>
      new Promise((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', path.join(repoRoot(), 'services/libs/kit/test/fixtures/counting-consumer.ts')],
          {
            cwd: repoRoot(),
            env: {
              ...process.env,
              DATABASE: database,
              GROUP: group,
              TOPIC: topic,
              MONGO_URL: infrastructure().mongoUrl,
              KAFKA_BROKERS: infrastructure().kafkaBrokers.join(','),
            },
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        child.stdout.once('data', () => {
          resolve(child);
        });
        child.once('exit', (code) => {
          reject(new Error(`consumer exited early with ${String(code)}`));
        });
      });
    const processed = () =>
      connection.collection('processed_events').countDocuments({ _id: { $regex: `^${group}:` } as never });

    const first = await spawnConsumer();
    await eventually(processed, (count) => count >= 60, 60_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const atKill = await processed();
    expect(atKill).toBeLessThan(totalEvents);

    const second = await spawnConsumer();
    stopAfter.push(async () => {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    });
    await eventually(processed, (count) => count === totalEvents, 90_000);

    const projections = await projectionModel(connection)
      .find({ _id: { $in: accounts } })
      .lean();
    const totals = Object.fromEntries(projections.map((projection) => [projection._id, projection.total]));
    expect(totals).toEqual(Object.fromEntries(expected));
    expect(projections.reduce((sum, projection) => sum + projection.credits, 0)).toBe(totalEvents);
  }, 180_000);
});
