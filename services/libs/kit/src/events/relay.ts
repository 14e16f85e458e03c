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
  /** The next scan's delay after a scan that published something (default 250 ms). */
  pollIntervalMs?: number;
  /**
   * Scans that find nothing back off, doubling from pollIntervalMs up to this (default 5 s). A scan reads
   * every outbox collection with a filter FerretDB cannot push down (docs/ferretdb.md), so it is only the
   * safety net: every write through an outbox model announces itself (outboxWrites), and the relay of its
   * connection publishes that document at once, read by `_id`. Scans catch what no announcement named:
   * another process's writes (a replica's relay that died before publishing) and updates by a filter
   * without `_id`.
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
  /** Documents announced as written with entries, per collection (by `String(_id)`), not yet looked at. */
  private targets = new Map<string, Map<string, unknown>>();
  /** A write announced without the documents it touched: only a scan finds them. */
  private scanWanted = true;
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

  /**
   * A completed write carrying entries, to this relay's store and one of its collections: publish the
   * documents it names now, or scan when it names none.
   */
  private readonly onWrite = (connection: Connection, collection: string, ids: unknown[]): void => {
    if (connection !== this.options.connection || !this.options.collections.includes(collection)) return;
    if (ids.length === 0) this.scanWanted = true;
    else {
      const named = this.targets.get(collection) ?? new Map<string, unknown>();
      for (const id of ids) named.set(String(id), id);
      this.targets.set(collection, named);
    }
    this.wake?.();
  };

  async stop(): Promise<void> {
    this.running = false;
    outboxWrites.off('written', this.onWrite);
    this.wake?.();
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

  /** One scan of every collection; returns how many events it published. */
  async drainOnce(): Promise<number> {
    let total = 0;
    for (const name of this.options.collections) {
      const documents = await this.options.connection
        .collection(name)
        .find({ [`${OUTBOX_FIELD}.0`]: { $exists: true } }, { projection: { [OUTBOX_FIELD]: 1 } })
        .limit(this.batchSize)
        .toArray();
      for (const document of documents) total += await this.publishDocument(name, document);
    }
    this.published += total;
    return total;
  }

  /** The announced documents, each read by `_id` (pushed down on FerretDB too); how many events published. */
  private async drainTargets(targets: Map<string, Map<string, unknown>>): Promise<number> {
    let total = 0;
    for (const [name, ids] of targets)
      for (const id of ids.values()) {
        const document = await this.options.connection
          .collection(name)
          .findOne({ _id: id, [`${OUTBOX_FIELD}.0`]: { $exists: true } } as never, {
            projection: { [OUTBOX_FIELD]: 1 },
          });
        if (document) total += await this.publishDocument(name, document);
      }
    this.published += total;
    return total;
  }

  /** Publishes one document's entries, then removes exactly those from it. */
  private async publishDocument(name: string, document: { _id: unknown; [field: string]: unknown }) {
    const entries = (document[OUTBOX_FIELD] ?? []) as OutboxEntry[];
    if (entries.length === 0) return 0;
    await this.publish(entries);
    // Queued behind the service's own writes of this document: FerretDB's updates are not atomic,
    // and a removal racing a repository's write would undo that write (document-locks.ts).
    const collection = this.options.connection.collection(name);
    const remove = () =>
      collection.updateOne(
        { _id: document._id } as never,
        { $pullAll: { [OUTBOX_FIELD]: entries } } as never,
      );
    const key = documentKey(name, document._id);
    await (key ? documentLocks.run(key, remove) : remove());
    return entries.length;
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

  /**
   * Announced documents are published as soon as they are announced; a scan runs at start, when a write
   * named no document, and on its own backing-off schedule. After a failure (Kafka or the store down)
   * nothing runs until the retry delay has passed; the entries wait in their documents, and the next scan
   * finds them.
   */
  private async run(): Promise<void> {
    let scanDelay = this.pollIntervalMs;
    let nextScan = 0;
    let failures = 0;
    let retryAt = 0;
    while (this.running) {
      try {
        if (this.scanWanted || Date.now() >= nextScan) {
          this.scanWanted = false;
          this.targets.clear();
          const published = await this.drainOnce();
          // Something published: others may follow. Nothing: back off, up to the idle scan.
          scanDelay = published > 0 ? this.pollIntervalMs : Math.min(scanDelay * 2, this.idlePollMs);
          // A full batch means more are waiting.
          nextScan = Date.now() + (published >= this.batchSize ? 0 : scanDelay);
        } else if (this.targets.size > 0) {
          const targets = this.targets;
          this.targets = new Map();
          await this.drainTargets(targets);
        }
        failures = 0;
      } catch (error) {
        failures++;
        const delay = Math.min(this.pollIntervalMs * 2 ** failures, this.maxBackoffMs);
        this.options.logger.error({ err: error, retryInMs: delay }, 'outbox relay failed; retrying');
        retryAt = Date.now() + delay;
        this.scanWanted = true;
        this.targets.clear();
      }
      await this.untilDue(retryAt, nextScan);
    }
  }

  /**
   * Sleeps until there is something to do: announced documents, a wanted scan, or the next scan's time,
   * never before `retryAt` (after a failure). An announcement or stop() wakes it.
   */
  private async untilDue(retryAt: number, nextScan: number): Promise<void> {
    while (this.running) {
      const now = Date.now();
      if (now >= retryAt && (this.targets.size > 0 || this.scanWanted || now >= nextScan)) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(retryAt, Math.min(nextScan, now + this.idlePollMs)) - now);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
