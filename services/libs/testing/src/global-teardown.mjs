// @ts-check
import kafkajs from 'kafkajs';

/**
 * Topics of test namespaces (`<prefix>_<time>_<random>.<topic>`, from uniqueName): every test run creates
 * a few thousand partitions, and a broker keeps two files open per partition, so topics left behind run
 * a long-lived local Kafka out of file descriptors after a few dozen runs ("Too many open files").
 */
const TEST_TOPIC = /^[a-z0-9]+_[a-z0-9]{6,}_[a-z0-9]{6}\./;

/** Deletes the test namespaces' topics; the local demo's own topics (no prefix) are never touched. */
async function deleteTestTopics() {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  if (brokers.length === 0) return;
  const kafka = new kafkajs.Kafka({
    clientId: 'test-teardown',
    brokers,
    logLevel: kafkajs.logLevel.NOTHING,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => TEST_TOPIC.test(topic));
    for (let start = 0; start < topics.length; start += 200)
      await admin.deleteTopics({ topics: topics.slice(start, start + 200), timeout: 30_000 });
    if (topics.length > 0) process.stderr.write(`deleted ${topics.length} test topics\n`);
  } catch (error) {
    // Cleaning up must never fail the run: the next run deletes what this one left.
    process.stderr.write(
      `test topics not deleted: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export default async function globalTeardown() {
  await deleteTestTopics();
  const stop = /** @type {{ stopContainers?: () => Promise<void> }} */ (globalThis).stopContainers;
  if (stop) await stop();
}
