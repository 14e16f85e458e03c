// Start-up in any order: a consumer that starts before its topic exists, and a service whose MongoDB and
// Kafka answer only some seconds after it started, wait (saying so in their log) instead of exiting.
import net from 'node:net';
import { Writable } from 'node:stream';
import { Kafka, logLevel } from 'kafkajs';
import type { Connection } from 'mongoose';
import { pino } from 'pino';
import { eventually, freePort, infrastructure, uniqueName } from '@client-portal/testing';
import {
  connectMongo,
  createEnvelope,
  createLogger,
  EventConsumer,
  loadConfig,
  serviceConfigShape,
  ServiceRuntime,
  type EventEnvelope,
} from '../src/index.js';
import { z } from 'zod';
import { ledgerSchemas, type LedgerEvent } from './fixtures/ledger.js';

/** A pino logger whose lines the test can read. */
function capturingLogger() {
  const lines: { level: number; message: string; dependency?: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as (typeof lines)[number]);
      done();
    },
  });
  return { lines, logger: pino({ level: 'info', messageKey: 'message' }, stream) };
}

/** Forwards a local port to a real component, but only once `open()` is called: "not up yet" until then. */
function delayedForwarder(port: number, target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  return {
    open: () =>
      new Promise<void>((resolve) => {
        server.listen(port, '127.0.0.1', resolve);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}

const hostPort = (address: string) => {
  const url = new URL(address.includes('://') ? address : `tcp://${address}`);
  return { host: url.hostname, port: Number(url.port) };
};

describe('start-up in any order', () => {
  let connection: Connection;
  const cleanup: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    connection = await connectMongo({
      url: infrastructure().mongoUrl,
      database: uniqueName('kit_startup'),
      logger: createLogger('kit-test', 'silent'),
    });
  });
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('a consumer started before its topic exists waits for it, then receives its events', async () => {
    const { lines, logger } = capturingLogger();
    // Few client-level retries, so the consumer's own start-up wait is what the test exercises.
    const kafka = new Kafka({
      clientId: 'kit-startup-test',
      brokers: infrastructure().kafkaBrokers,
      retry: { initialRetryTime: 100, retries: 1 },
      logLevel: logLevel.NOTHING,
    });
    const topic = `${uniqueName('kitstart')}.events`;
    const received: EventEnvelope[] = [];
    const consumer = new EventConsumer<LedgerEvent>({
      kafka,
      connection,
      groupId: uniqueName('group'),
      topics: [topic],
      schemas: ledgerSchemas,
      handlers: {
        'kittest.account.opened': (event) => {
          received.push(event);
          return Promise.resolve();
        },
      },
      logger,
      createTopics: false,
      startupBudgetMs: 60_000,
    });
    let started = false;
    const starting = consumer.start().then(() => {
      started = true;
    });
    cleanup.push(async () => {
      await starting.catch(() => undefined);
      await consumer.stop();
    });

    // Still waiting, and saying why, while the topic does not exist.
    await eventually(
      () => Promise.resolve(lines.filter((line) => line.message.endsWith('not ready yet; retrying')).length),
      (count) => count >= 2,
    );
    expect(started).toBe(false);
    expect(lines.find((line) => line.level >= 50)).toBeUndefined();

    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    } finally {
      await admin.disconnect();
    }
    const producer = kafka.producer();
    await producer.connect();
    const event = createEnvelope(
      'kitstart',
      { type: 'kittest.account.opened', tenantId: 't1', subject: 's1', data: { balance: 1 } },
      'corr-startup',
    );
    try {
      await producer.send({ topic, messages: [{ key: 's1', value: JSON.stringify(event) }] });
    } finally {
      await producer.disconnect();
    }

    await starting;
    await eventually(
      () => Promise.resolve(received.map((entry) => entry.id)),
      (ids) => ids.length === 1,
    );
    expect(received[0]?.id).toBe(event.id);
    expect(lines.some((line) => line.message === `kafka topics ${topic} ready`)).toBe(true);
  }, 90_000);

  it('a service started before MongoDB and Kafka answer waits for them and then serves', async () => {
    const { lines, logger } = capturingLogger();
    const [mongoPort, kafkaPort] = [await freePort(), await freePort()];
    const mongo = delayedForwarder(mongoPort, hostPort(infrastructure().mongoUrl));
    const kafkaBroker = delayedForwarder(kafkaPort, hostPort(infrastructure().kafkaBrokers[0] ?? ''));
    cleanup.push(() => Promise.all([mongo.close(), kafkaBroker.close()]));
    const prefix = `${uniqueName('kitstart')}.`;
    const database = uniqueName('kit_startup_service');
    const config = loadConfig(z.object(serviceConfigShape('kitstart', 0)), {
      MONGO_URL: `mongodb://127.0.0.1:${mongoPort}/?serverSelectionTimeoutMS=1000`,
      // Only the first contact goes through the forwarder: the broker then advertises its own address.
      KAFKA_BROKERS: `127.0.0.1:${kafkaPort}`,
      MONGO_DATABASE: database,
      KAFKA_TOPIC_PREFIX: prefix,
      STARTUP_WAIT_SECONDS: '90',
      LOG_LEVEL: 'info',
    });

    let runtime: ServiceRuntime | undefined;
    const starting = ServiceRuntime.start({
      service: 'kitstart',
      config,
      outboxCollections: [],
      produces: ledgerSchemas,
      logger,
    }).then((started) => {
      runtime = started;
      return started;
    });
    cleanup.push(async () => {
      const started = await starting.catch(() => undefined);
      await started?.connection.dropDatabase();
      await started?.stop();
    });
    await eventually(
      () => Promise.resolve(lines.filter((line) => line.dependency === 'mongo').length),
      (count) => count >= 1,
      30_000,
    );
    expect(runtime).toBeUndefined();
    await Promise.all([mongo.open(), kafkaBroker.open()]);

    const started = await starting;
    expect(started.connection.readyState).toBe(1);
    expect(lines.some((line) => line.message === 'mongo not ready yet; retrying')).toBe(true);
    expect(lines.some((line) => line.message === 'mongo ready')).toBe(true);
    // Its own topic was created once Kafka answered.
    const admin = started.kafka.admin();
    await admin.connect();
    try {
      expect(await admin.listTopics()).toContain(`${prefix}kitstart.events`);
    } finally {
      await admin.disconnect();
    }
  }, 120_000);
});
