import type { Connection } from 'mongoose';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { documentKey, documentLocks } from '../mongo/document-locks.js';
import { knownMetricsFor } from '../telemetry/metrics.js';
import { OUTBOX_FIELD, outboxWrites, type OutboxEntry } from './outbox.js';

export interface OutboxRelayOptions {
  kafka: Kafka;
  connection: Connection;
  /** Collections whose documents carry an outbox. */
  collections: string[];
  logger: Logger;
  /** The first poll's delay after a pass that published something or a nudge (default 250 ms). */
  pollIntervalMs?: number;
  /**
   * Idle polls back off, doubling from pollIntervalMs up to this (default 5 s). Every write through an
   * outbox model wakes the relay of its connection (outboxWrites), so the poll only catches what another
   * process wrote (a replica's relay that died before publishing); and each poll costs a scan of every outbox
   * collection that FerretDB cannot push down (docs/ferretdb.md), which at 250 ms kept it busy.
   */
  idlePollMs?: number;
  batchSize?: number;
  maxBackoffMs?: number;
  /** The producing deployable, whose metrics count what is published. */
  service?: string;
}

/**
 * Publishes outbox entries to Kafka, oldest first per document, then removes exactly the published
 * entries from the document. A crash between the two republishes them: delivery is at least once,
 * and consumers skip repeats by event id.
 */
export class OutboxRelay {
  private readonly producer: Producer;
  private readonly pollIntervalMs: number;
  private readonly idlePollMs: number;
  private readonly batchSize: number;
  private readonly maxBackoffMs: number;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** A nudge that came while a pass was running: the write may have missed it, so go again. */
  private nudged = false;
  private published = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.producer = options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: true,
      // Murmur2 like the Java clients, so keys land on the same partitions whoever produces them.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.idlePollMs = Math.max(this.pollIntervalMs, options.idlePollMs ?? 5_000);
    this.batchSize = options.batchSize ?? 100;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
  }

  /** Events published since start, for status pages and tests. */
  get publishedCount(): number {
    return this.published;
  }

  async start(): Promise<void> {
    await this.producer.connect();
    this.running = true;
    outboxWrites.on('written', this.onWrite);
    this.loop = this.run();
  }

  /** A completed write carrying entries, to this relay's store and one of its collections: look now. */
  private readonly onWrite = (connection: Connection, collection: string): void => {
    if (connection === this.options.connection && this.options.collections.includes(collection)) this.nudge();
  };

  /** Looks now rather than at the next poll (a write announced, or stopping). */
  private nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    outboxWrites.off('written', this.onWrite);
    this.nudge();
    await this.loop;
    await this.producer.disconnect();
  }

  /**
   * Documents still holding unpublished events, per collection: a backlog that grows means Kafka is
   * unreachable or the relay is stuck (docs/operations.md). Read at scrape time.
   */
  async backlog(): Promise<{ collection: string; documents: number }[]> {
    return Promise.all(
      this.options.collections.map(async (name) => ({
        collection: name,
        documents: await this.options.connection
          .collection(name)
          .countDocuments({ [`${OUTBOX_FIELD}.0`]: { $exists: true } }),
      })),
    );
  }

  /** One pass over every collection; returns how many events it published. */
  async drainOnce(): Promise<number> {
    let total = 0;
    for (const name of this.options.collections) {
      const collection = this.options.connection.collection(name);
      const documents = await collection
        .find({ [`${OUTBOX_FIELD}.0`]: { $exists: true } }, { projection: { [OUTBOX_FIELD]: 1 } })
        .limit(this.batchSize)
        .toArray();
      for (const document of documents) {
        const entries = (document[OUTBOX_FIELD] ?? []) as OutboxEntry[];
        if (entries.length === 0) continue;
        await this.publish(entries);
        // Queued behind the service's own writes of this document: FerretDB's updates are not atomic,
        // and a removal racing a repository's write would undo that write (document-locks.ts).
        const remove = () =>
          collection.updateOne({ _id: document._id }, { $pullAll: { [OUTBOX_FIELD]: entries } } as never);
        const key = documentKey(name, document._id);
        await (key ? documentLocks.run(key, remove) : remove());
        total += entries.length;
      }
    }
    this.published += total;
    return total;
  }

  private async publish(entries: OutboxEntry[]): Promise<void> {
    const byTopic = new Map<string, OutboxEntry[]>();
    for (const entry of entries) byTopic.set(entry.topic, [...(byTopic.get(entry.topic) ?? []), entry]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, topicEntries]) => ({
        topic,
        messages: topicEntries.map((entry) => ({
          key: entry.key,
          value: entry.envelope,
          headers: { 'event-id': entry.id, 'event-type': entry.type },
        })),
      })),
    });
    const metrics = knownMetricsFor(this.options.service);
    if (metrics)
      for (const [topic, topicEntries] of byTopic)
        metrics.eventsPublished.inc({ topic }, topicEntries.length);
  }

  /** Whether a write announced itself since the pass began (read through a call: it changes meanwhile). */
  private wasNudged(): boolean {
    return this.nudged && this.running;
  }

  private async run(): Promise<void> {
    let delay = this.pollIntervalMs;
    while (this.running) {
      this.nudged = false;
      let published = 0;
      try {
        published = await this.drainOnce();
        // Something published: more may follow soon. Nothing: back off, up to the idle poll.
        delay = published > 0 ? this.pollIntervalMs : Math.min(delay * 2, this.idlePollMs);
      } catch (error) {
        delay = Math.min(delay * 2, this.maxBackoffMs);
        this.options.logger.error({ err: error, retryInMs: delay }, 'outbox relay failed; retrying');
        this.nudged = false;
      }
      // A full batch means more may be waiting, and a nudge during the pass a write it may have missed.
      if (published >= this.batchSize || this.wasNudged()) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
      // Woken by a write: it is worth a quick look again after this pass, not an idle wait.
      if (this.wasNudged()) delay = this.pollIntervalMs;
    }
  }
}
