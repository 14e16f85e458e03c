import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { infrastructure } from './infrastructure.js';

export function testKafka(clientId = 'tests'): Kafka {
  return new Kafka({ clientId, brokers: infrastructure().kafkaBrokers, logLevel: logLevel.NOTHING });
}

/** Reads a topic from the beginning until `until` is satisfied or the time-out passes. */
export async function readTopic(
  topic: string,
  until: (messages: KafkaMessage[]) => boolean,
  timeoutMs = 20_000,
): Promise<KafkaMessage[]> {
  const kafka = testKafka();
  const consumer = kafka.consumer({
    groupId: `reader-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    sessionTimeout: 10_000,
  });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let resolveDone: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    await consumer.run({
      eachMessage: async ({ message }) => {
        messages.push(message);
        if (until(messages)) resolveDone();
        await Promise.resolve();
      },
    });
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => {
        resolve('timeout');
      }, timeoutMs),
    );
    await Promise.race([done, timeout]);
    return messages;
  } finally {
    await consumer.disconnect();
  }
}
