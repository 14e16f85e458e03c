// @ts-check
import kafkajs from 'kafkajs';

/**
 * Topics of test namespaces (`<prefix>_<time>_<random>.<topic>`, from uniqueName): every test run creates
 * a few thousand partitions, and a broker keeps two files open per partition, so topics left behind run
 * a long-lived local Kafka out of file descriptors after a few dozen runs ("Too many open files").
 */
const TEST_TOPIC = /^[a-z0-9]+_([a-z0-9]{6,})_[a-z0-9]{6}\./;

/**
 * How old a namespace must be before its topics go. Another test run may share the broker (two
 * terminals, parallel worktrees): its namespaces are younger than this (a suite runs for minutes), so
 * only leftovers of finished suites are deleted: this run's own go at the next run's teardown.
 */
const STALE_AFTER_MS = 15 * 60 * 1000;

/**
 * The time a test namespace was made (uniqueName puts Date.now() in base 36 in it), if it is one.
 * @param {string} topic
 */
function namespaceTime(topic) {
  const match = TEST_TOPIC.exec(topic);
  if (!match?.[1]) return undefined;
  const time = parseInt(match[1], 36);
  // Not a plausible Date.now(): some other topic that happens to look alike.
  return time > Date.UTC(2020, 0, 1) && time < Date.now() + 86_400_000 ? time : undefined;
}

/** Deletes stale test namespaces' topics; the local demo's own topics (no prefix) are never touched. */
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
    const staleBefore = Date.now() - STALE_AFTER_MS;
    const topics = (await admin.listTopics()).filter((topic) => {
      const time = namespaceTime(topic);
      return time !== undefined && time < staleBefore;
    });
    for (let start = 0; start < topics.length; start += 200)
      await admin.deleteTopics({ topics: topics.slice(start, start + 200), timeout: 30_000 });
    if (topics.length > 0) process.stderr.write(`deleted ${topics.length} topics of earlier test runs\n`);
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
