import {
  Partitioners,
  type Admin,
  type Consumer,
  type EachMessagePayload,
  type Kafka,
  type Producer,
} from 'kafkajs';
import type { Connection, Model, UpdateQuery } from 'mongoose';
import type { Logger } from 'pino';
import { runWithContext } from '../context.js';
import { isDuplicateKeyError } from '../mongo/connection.js';
import {
  MalformedEventError,
  parseEnvelope,
  type EventEnvelope,
  type EventSchemaRegistry,
} from './envelope.js';
import { untilReady } from '../startup.js';
import { metricsFor, type ServiceMetrics } from '../telemetry/metrics.js';
import { trace } from '@opentelemetry/api';
import {
  endSpan,
  extractTraceContext,
  SpanKind,
  SpanStatusCode,
  startSpan,
  withSpanContext,
} from '../telemetry/tracing.js';
import { ensureTopics } from './kafka.js';

/** Field that remembers, inside a read-model document, which events already changed it. */
export const APPLIED_EVENTS_FIELD = '_appliedEvents';
/** How many applied ids a document keeps; older repeats are caught by the processed-events store. */
export const APPLIED_EVENTS_KEPT = 100;
export const PROCESSED_EVENTS_COLLECTION = 'processed_events';

export interface HandlerContext {
  /** Kafka coordinates, for logs. */
  topic: string;
  partition: number;
  offset: string;
  /** Which delivery attempt this is (1-based). */
  attempt: number;
  /**
   * Applies a single-document update at most once for this event: the event id is recorded in the
   * document by the same update, so a crash after the write and before the event is marked
   * processed cannot apply it twice. The filter must select one document by a unique key (its _id).
   * Returns false when the event had already been applied.
   */
  applyOnce<T>(
    model: Model<T>,
    filter: Record<string, unknown>,
    update: UpdateQuery<T>,
    options?: { upsert?: boolean },
  ): Promise<boolean>;
}

export type EventHandler<Event extends EventEnvelope = EventEnvelope> = (
  event: Event,
  context: HandlerContext,
) => Promise<void>;

/** Handlers by event type, each receiving the events of its own type, typed by the registry. */
export type EventHandlers<Event extends EventEnvelope = EventEnvelope> = {
  [Type in Event['type']]?: EventHandler<Extract<Event, { type: Type }>>;
};

/** What a service consumes, in one place: the topics, the schemas of their events, the handlers. */
export interface EventSubscriptions<Event extends EventEnvelope = EventEnvelope> {
  /** Topics named without the environment's prefix. */
  topics: string[];
  schemas: EventSchemaRegistry<Event>;
  handlers: EventHandlers<Event>;
}

export interface EventConsumerOptions<Event extends EventEnvelope = EventEnvelope> {
  kafka: Kafka;
  /** The consumer's own database, where processed event ids are kept. */
  connection: Connection;
  /** One group per consuming service (and purpose); it is also the dead-letter topic's prefix. */
  groupId: string;
  topics: string[];
  /**
   * The schemas of the events handled: an event whose type has a handler is checked against its type
   * and version before the handler sees it; one that does not fit is dead-lettered with the reason.
   */
  schemas: EventSchemaRegistry<Event>;
  /** Handlers by event type; other types on the topics are skipped. */
  handlers: EventHandlers<Event>;
  logger: Logger;
  /** Attempts before a message is dead-lettered. */
  maxAttempts?: number;
  retryDelayMs?: number;
  /**
   * Partitions handled at once (kafkajs keeps the order within each partition). 1 by default; a
   * consumer whose events are independent of each other (notification) may take more.
   */
  partitionsConsumedConcurrently?: number;
  deadLetterTopic?: string;
  sessionTimeoutMs?: number;
  /**
   * Whether start() creates the topics it reads and its dead-letter topic (default true). Off where
   * topics are managed outside the services (an operator, `npm start`): the consumer then waits for
   * them to appear.
   */
  createTopics?: boolean;
  /** How long start() waits for Kafka and the topics before giving up (default 2 minutes). */
  startupBudgetMs?: number;
  /**
   * The consuming deployable: its metrics count the events (and its lag is scraped) and its spans
   * continue the producers' traces. Defaults to the group id.
   */
  service?: string;
}

interface ProcessedEvent {
  _id: string;
  type: string;
  outcome: 'applied' | 'dead-lettered';
  processedAt: Date;
}

/**
 * Consumes events at least once and applies each at most once: ids of processed events are stored in
 * the consumer's database and repeats skipped. A message that keeps failing goes to the dead-letter
 * topic with the error after `maxAttempts`, and consumption goes on; nothing is acked and dropped.
 */
export class EventConsumer<Event extends EventEnvelope = EventEnvelope> {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  readonly deadLetterTopic: string;
  private stopping = false;
  private readonly service: string;
  private readonly metrics: ServiceMetrics;
  private admin: Promise<Admin> | undefined;
  private removeLagSource: (() => void) | undefined;

  constructor(private readonly options: EventConsumerOptions<Event>) {
    const sessionTimeout = options.sessionTimeoutMs ?? 10_000;
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout,
      rebalanceTimeout: sessionTimeout * 2,
      heartbeatInterval: Math.max(500, Math.floor(sessionTimeout / 5)),
      // The broker answers a fetch as soon as a message arrives; the wait only bounds an idle fetch,
      // which a shutdown waits for (kafkajs' 5 s default made each stop take 4–5 s).
      maxWaitTimeInMs: 1_000,
      allowAutoTopicCreation: options.createTopics ?? true,
    });
    this.producer = options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    this.deadLetterTopic = options.deadLetterTopic ?? `${options.groupId}.dead-letter`;
    this.service = options.service ?? options.groupId;
    this.metrics = metricsFor(this.service);
  }

  /**
   * Messages published and not yet consumed, per partition of the topics read: the end offset minus
   * the group's committed offset (the whole partition when nothing is committed yet). Read from Kafka
   * at scrape time only, with one admin connection kept for it.
   */
  async lag(): Promise<{ group: string; topic: string; partition: number; lag: number }[]> {
    this.admin ??= (async () => {
      const admin = this.options.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
    const admin = await this.admin;
    const committed = await admin.fetchOffsets({
      groupId: this.options.groupId,
      topics: this.options.topics,
    });
    const readings = await Promise.all(
      committed.map(async ({ topic, partitions }) => {
        const ends = await admin.fetchTopicOffsets(topic);
        return ends.map((end) => {
          const offset = Number(partitions.find((entry) => entry.partition === end.partition)?.offset ?? -1);
          const lag = offset < 0 ? Number(end.high) - Number(end.low) : Number(end.high) - offset;
          return { group: this.options.groupId, topic, partition: end.partition, lag: Math.max(0, lag) };
        });
      }),
    );
    return readings.flat();
  }

  private get processed() {
    return this.options.connection.collection<ProcessedEvent>(PROCESSED_EVENTS_COLLECTION);
  }

  async start(): Promise<void> {
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.options.logger.info(
        { groupId: payload.groupId, assigned: payload.memberAssignment },
        'consumer joined its group',
      );
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      this.options.logger.error(
        { groupId: payload.groupId, err: payload.error, restart: payload.restart },
        'consumer crashed',
      );
    });
    // Kafka may still be electing leaders, or a topic may not exist yet (its producer has never
    // started): wait for both rather than exit, so services start in any order.
    await untilReady(
      `kafka topics ${this.options.topics.join(', ')}`,
      async () => {
        if (this.options.createTopics ?? true)
          await ensureTopics(this.options.kafka, [...this.options.topics, this.deadLetterTopic]);
        await this.producer.connect();
        await this.consumer.connect();
        // A new group starts from the beginning, so events published before it existed are not missed.
        await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
      },
      { logger: this.options.logger, budgetMs: this.options.startupBudgetMs ?? 120_000 },
    );
    this.removeLagSource = this.metrics.addLagSource(() => this.lag());
    await this.consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachMessage: (payload) => this.handle(payload),
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.removeLagSource?.();
    await this.consumer.disconnect();
    await this.producer.disconnect();
    const admin = await this.admin?.catch(() => undefined);
    await admin?.disconnect();
  }

  private async handle({ topic, partition, message }: EachMessagePayload): Promise<void> {
    let event: EventEnvelope;
    try {
      event = parseEnvelope(message.value);
    } catch (error) {
      const reason = error instanceof MalformedEventError ? error.message : String(error);
      this.options.logger.error(
        { topic, partition, offset: message.offset, reason },
        'malformed event dead-lettered',
      );
      await this.deadLetter({ topic, partition, message, error: reason, attempts: 0 });
      this.metrics.eventsConsumed.inc({ topic, type: 'malformed', outcome: 'dead-lettered' });
      return;
    }
    const handler = this.handlerOf(event.type);
    this.options.logger.debug(
      {
        eventId: event.id,
        type: event.type,
        topic,
        partition,
        offset: message.offset,
        handled: Boolean(handler),
      },
      'event received',
    );
    if (!handler) return;
    const processedId = `${this.options.groupId}:${event.id}`;
    if (await this.processed.findOne({ _id: processedId }, { projection: { _id: 1 } })) {
      this.options.logger.debug({ eventId: event.id, type: event.type }, 'event already processed; skipped');
      this.metrics.eventsConsumed.inc({ topic, type: event.type, outcome: 'skipped' });
      return;
    }
    // An event that does not fit its schema never will: no retries, the reason goes with it.
    const check = this.options.schemas.parse(event);
    if (!check.success) {
      const reason = `Event does not match its schema: ${check.reason}`;
      this.options.logger.error(
        { eventId: event.id, type: event.type, version: event.version, topic, partition, reason },
        'event refused by its schema; dead-lettered',
      );
      await this.deadLetter({ topic, partition, message, error: reason, attempts: 0 });
      await this.markProcessed(processedId, event.type, 'dead-lettered');
      this.metrics.eventsConsumed.inc({ topic, type: event.type, outcome: 'dead-lettered' });
      return;
    }
    const typed = check.event;

    // The producer's trace continues here: its span wrote the event (the envelope's traceparent).
    const span = startSpan(this.service, `${event.type} process`, {
      kind: SpanKind.CONSUMER,
      parent: extractTraceContext(event.traceparent),
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': topic,
        'messaging.destination.partition.id': String(partition),
        'messaging.consumer.group.name': this.options.groupId,
        'messaging.message.id': event.id,
        'messaging.kafka.offset': Number(message.offset),
        'event.type': event.type,
      },
    });
    const startedAt = performance.now();
    let failure: string | undefined;
    try {
      await runWithContext({ correlationId: event.correlationId, service: this.service }, () =>
        withSpanContext(span, () => this.apply(handler, typed, processedId, topic, partition, message)),
      );
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      this.metrics.eventDuration.observe({ type: event.type }, (performance.now() - startedAt) / 1000);
      endSpan(span?.span, failure);
    }
  }

  /** Runs the handler with retries; after the last attempt the event goes to the dead-letter topic. */
  private async apply(
    handler: EventHandler<Event>,
    typed: Event,
    processedId: string,
    topic: string,
    partition: number,
    message: EachMessagePayload['message'],
  ): Promise<void> {
    const event = typed;
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(typed, this.contextFor(typed, topic, partition, message.offset, attempt));
        await this.markProcessed(processedId, event.type, 'applied');
        this.metrics.eventsConsumed.inc({ topic, type: event.type, outcome: 'applied' });
        return;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (attempt >= this.maxAttempts || this.stopping) {
          if (this.stopping) throw error; // leave it uncommitted; the next member retries it
          this.options.logger.error(
            { eventId: event.id, type: event.type, attempt, err: error },
            'event handler failed; dead-lettered',
          );
          await this.deadLetter({ topic, partition, message, error: reason, attempts: attempt });
          await this.markProcessed(processedId, event.type, 'dead-lettered');
          this.metrics.eventsConsumed.inc({ topic, type: event.type, outcome: 'dead-lettered' });
          trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: 'dead-lettered' });
          return;
        }
        this.metrics.eventsConsumed.inc({ topic, type: event.type, outcome: 'retried' });
        this.options.logger.warn(
          { eventId: event.id, type: event.type, attempt, reason },
          'event handler failed; retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }

  /**
   * The handler for a type, able to take any event the registry returns for that type. The map is keyed
   * by type and each handler takes its own key's events, a pairing TypeScript cannot follow through an
   * index, hence the one widening here; the registry's check of the type comes before the call.
   */
  private handlerOf(type: string): EventHandler<Event> | undefined {
    if (!Object.hasOwn(this.options.handlers, type)) return undefined;
    const handlers: Partial<Record<string, EventHandler<Event>>> = this.options.handlers as Partial<
      Record<string, EventHandler<Event>>
    >;
    return handlers[type];
  }

  private contextFor(
    event: EventEnvelope,
    topic: string,
    partition: number,
    offset: string,
    attempt: number,
  ): HandlerContext {
    return {
      topic,
      partition,
      offset,
      attempt,
      applyOnce: async (model, filter, update, options) => {
        const guardedFilter = { ...filter, [APPLIED_EVENTS_FIELD]: { $ne: event.id } };
        const push = (update.$push ?? {}) as Record<string, unknown>;
        const guardedUpdate = { ...update, $push: { ...push, [APPLIED_EVENTS_FIELD]: event.id } };
        try {
          const result = await model.updateOne(guardedFilter, guardedUpdate, {
            upsert: options?.upsert ?? false,
            strict: false,
          });
          // Keep the remembered ids bounded; trimming only ever drops the oldest one.
          await model.updateOne(
            { ...filter, [`${APPLIED_EVENTS_FIELD}.${APPLIED_EVENTS_KEPT}`]: { $exists: true } },
            { $pop: { [APPLIED_EVENTS_FIELD]: -1 } },
            { strict: false },
          );
          const applied = result.modifiedCount + result.upsertedCount > 0;
          this.options.logger.debug(
            { eventId: event.id, collection: model.collection.name, matched: result.matchedCount, applied },
            'applyOnce',
          );
          return applied;
        } catch (error) {
          // The upsert found the document already holding this id and tried to insert a twin.
          if (options?.upsert && isDuplicateKeyError(error)) return false;
          throw error;
        }
      },
    };
  }

  private async markProcessed(id: string, type: string, outcome: ProcessedEvent['outcome']): Promise<void> {
    try {
      await this.processed.insertOne({ _id: id, type, outcome, processedAt: new Date() });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  private async deadLetter(input: {
    topic: string;
    partition: number;
    message: EachMessagePayload['message'];
    error: string;
    attempts: number;
  }): Promise<void> {
    this.metrics.eventsDeadLettered.inc({ topic: this.deadLetterTopic });
    await this.producer.send({
      topic: this.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: input.message.key,
          value: input.message.value,
          headers: {
            ...input.message.headers,
            'dead-letter-error': input.error.slice(0, 2000),
            'dead-letter-attempts': String(input.attempts),
            'dead-letter-original-topic': input.topic,
            'dead-letter-original-partition': String(input.partition),
            'dead-letter-original-offset': input.message.offset,
            'dead-letter-consumer-group': this.options.groupId,
            'dead-letter-at': new Date().toISOString(),
          },
        },
      ],
    });
  }
}
