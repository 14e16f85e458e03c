import { Kafka, logLevel, type LogEntry, type Admin } from 'kafkajs';
import type { Logger } from 'pino';

/** A kafkajs client whose own logging goes through the service's pino logger. */
export function createKafka(options: { brokers: string[]; clientId: string; logger: Logger }): Kafka {
  const logger = options.logger.child({ component: 'kafka' });
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    connectionTimeout: 5_000,
    retry: { initialRetryTime: 200, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...rest } = log;
        if (level === logLevel.ERROR) logger.error(rest, message);
        else if (level === logLevel.WARN) logger.warn(rest, message);
        else logger.debug(rest, message);
      },
  });
}

/**
 * Creates topics that do not exist yet (a no-op for existing ones). Production clusters should not rely on
 * broker auto-creation, whose defaults (partitions, replication) are rarely what a topic needs.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[],
  options: { partitions?: number; replicationFactor?: number } = {},
): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: options.partitions ?? 3,
        replicationFactor: options.replicationFactor ?? 1,
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
