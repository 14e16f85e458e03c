import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import {
  connectMongo,
  createLogger,
  EventConsumer,
  EventOutbox,
  type EventEnvelope,
} from '@client-portal/kit';
import { eventually, infrastructure, readTopic, testKafka, uniqueName } from '@client-portal/testing';
import {
  eventSchemas,
  producedEvents,
  producerSchemas,
  type CatalogueEvent,
  type EventOfType,
} from '../src/index.js';

const logger = createLogger('events-test', 'silent');

describe('a consumer reading through the catalogue, on the real broker', () => {
  let connection: Connection;
  const stopAfter: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    connection = await connectMongo({
      url: infrastructure().mongoUrl,
      database: uniqueName('events_dlt'),
      logger,
    });
  });
  afterAll(async () => {
    for (const stop of stopAfter.splice(0).reverse()) await stop();
    await connection.dropDatabase();
    await connection.close();
  });

  it('dead-letters a crm.client.created missing a field, or of an unknown version, with the reason, and handles the next good one', async () => {
    const topic = `${uniqueName('events')}.crm.events`;
    const kafka = testKafka('events-test');
    const [clientCreated] = producedEvents.crm;
    const good = new EventOutbox('crm', topic, producerSchemas('crm')).entry({
      type: 'crm.client.created',
      tenantId: 't1',
      subject: 'client-good',
      data: { ...clientCreated.example, clientId: 'client-good', name: 'Initech' },
    });
    // What a producer with a bug, or an older build, would put on the topic: no schema stops it there.
    const envelopeOf = (data: unknown, version = 1): string => {
      const raw: EventEnvelope = {
        id: randomUUID(),
        type: 'crm.client.created',
        version,
        tenantId: 't1',
        occurredAt: new Date().toISOString(),
        producer: 'crm',
        subject: 'client-bad',
        correlationId: 'correlation-bad',
        data,
      };
      return JSON.stringify(raw);
    };
    const { name: _name, ...missingName } = clientCreated.example;
    const badData = envelopeOf({ ...missingName, clientId: 'client-bad' });
    const unknownVersion = envelopeOf(clientCreated.example, 7);

    const producer = kafka.producer();
    await producer.connect();
    // One key, so the three stay in this order on one partition.
    await producer.send({
      topic,
      messages: [badData, unknownVersion, good.envelope].map((value) => ({ key: 'client', value })),
    });
    await producer.disconnect();

    const handled: EventOfType<'crm.client.created'>[] = [];
    const consumer = new EventConsumer<CatalogueEvent>({
      kafka,
      connection,
      groupId: uniqueName('events-test'),
      topics: [topic],
      logger,
      schemas: eventSchemas,
      handlers: {
        'crm.client.created': (event) => {
          handled.push(event);
          return Promise.resolve();
        },
      },
    });
    await consumer.start();
    stopAfter.push(() => consumer.stop());

    const dead = await readTopic(consumer.deadLetterTopic, (messages) => messages.length >= 2, 30_000);
    expect(dead.map((message) => message.headers?.['dead-letter-error']?.toString())).toEqual([
      'Event does not match its schema: crm.client.created v1: name: Invalid input: expected string, received undefined',
      'Event does not match its schema: crm.client.created has no version 7 (known: v1)',
    ]);
    expect(dead.map((message) => message.value?.toString())).toEqual([badData, unknownVersion]);
    expect(dead[0]?.headers?.['dead-letter-original-topic']?.toString()).toBe(topic);

    const [processed] = await eventually(
      () => Promise.resolve(handled),
      (events) => events.length > 0,
    );
    // The handler saw only the good event, with its data typed by the catalogue.
    expect(handled).toHaveLength(1);
    expect(processed?.data.name).toBe('Initech');
    expect(processed?.data.primaryContact?.role).toBe('decision-maker');
  });
});
