// Bench scenario (issue 12, delivery): an event published on Kafka → its e-mail accepted by the SMTP
// server (Mailpit locally), p50/p99. notification runs in this process; events (payment receipts, one
// recipient each) are published at a steady pace, so the figure is latency, not a backlog draining.
// The time is taken from the event's occurredAt (stamped just before publishing) to the notification's
// updatedAt (written right after the SMTP server accepted the message). Target: p99 ≤ 2 s.
//   npx tsx deploy/bench/email-delivery.scenario.ts      this scenario alone (infrastructure running)
//   npm run bench                                       with the others
import { producerSchemas } from '@client-portal/events';
import { EventOutbox, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient } from '@client-portal/contracts';
import {
  as,
  infrastructure,
  serviceTestEnvironment,
  staff,
  testKafka,
  uniqueName,
} from '@client-portal/testing';
import { loadNotificationConfig, startNotification } from '../../services/notification/src/app.js';

export const EMAIL_DELIVERY_TARGET_P99_MS = 2_000;

export interface EmailDeliveryResult {
  events: number;
  perSecond: number;
  delivered: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchEmailDelivery(events = 60, perSecond = 5): Promise<EmailDeliveryResult> {
  const environment = serviceTestEnvironment('notification', uniqueName('bench'));
  const runtime: ServiceRuntime = await startNotification(loadNotificationConfig(environment));
  const client = createServiceClient('notification', `127.0.0.1:${runtime.grpcPort}`);
  const producer = testKafka('bench').producer();
  await producer.connect();
  const tenantId = uniqueName('tenant');
  const domain = `${uniqueName('bench').replaceAll('_', '-')}.test`;
  const topic = `${environment.KAFKA_TOPIC_PREFIX ?? ''}billing.events`;
  const outbox = new EventOutbox('billing', topic, producerSchemas('billing'));
  const occurred = new Map<string, number>();
  try {
    for (let index = 0; index < events; index++) {
      const entry = outbox.entry({
        type: 'billing.payment.recorded',
        tenantId,
        subject: `payment-${index}`,
        data: {
          paymentId: `payment-${index}`,
          clientId: 'client-bench',
          clientName: 'Globex',
          tenantName: 'Acme Agency',
          currency: 'EUR',
          amountMinor: 1000 + index,
          method: 'card',
          allocations: [],
          paidAt: new Date().toISOString(),
          receiptRecipients: [{ email: `payer-${index}@${domain}`, name: 'Dana Scully', language: 'en' }],
        },
      });
      const envelope = JSON.parse(entry.envelope) as { id: string; occurredAt: string };
      occurred.set(envelope.id, Date.parse(envelope.occurredAt));
      await producer.send({ topic, messages: [{ key: entry.key, value: entry.envelope }] });
      await sleep(1000 / perSecond);
    }
    // Every receipt sent (bounded wait), then each one's time from its event to the SMTP acceptance.
    const latencies: number[] = [];
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      latencies.length = 0;
      let pageToken = '';
      do {
        const page = await client.listNotifications(
          { status: 'sent', page: { pageSize: 100, pageToken } },
          as(staff(tenantId)),
        );
        for (const notification of page.notifications) {
          const start = occurred.get(notification.sourceEventId);
          if (start !== undefined) latencies.push(Date.parse(notification.updatedAt) - start);
        }
        pageToken = page.page?.nextPageToken ?? '';
      } while (pageToken);
      if (latencies.length >= events) break;
      await sleep(500);
    }
    latencies.sort((a, b) => a - b);
    const at = (share: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? Number.NaN;
    return {
      events,
      perSecond,
      delivered: latencies.length,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: latencies.at(-1) ?? Number.NaN,
    };
  } finally {
    await producer.disconnect();
    client.close();
    await fetch(
      `${infrastructure().mailpitUrl}/api/v1/search?query=${encodeURIComponent(`to:"@${domain}"`)}`,
      { method: 'DELETE' },
    ).catch(() => undefined);
    await runtime.connection.dropDatabase().catch(() => undefined);
    await runtime.stop();
  }
}

export function describeEmailDelivery(result: EmailDeliveryResult): string {
  return `event → e-mail accepted by SMTP: p50 ${result.p50Ms.toFixed(0)} ms, p99 ${result.p99Ms.toFixed(0)} ms (max ${result.maxMs.toFixed(0)} ms) over ${result.delivered}/${result.events} events at ${result.perSecond}/s (target p99 ≤ ${EMAIL_DELIVERY_TARGET_P99_MS} ms)`;
}

if (process.argv[1]?.endsWith('email-delivery.scenario.ts')) {
  const result = await benchEmailDelivery();
  process.stdout.write(`${describeEmailDelivery(result)}\n`);
  process.exit(result.delivered === result.events && result.p99Ms <= EMAIL_DELIVERY_TARGET_P99_MS ? 0 : 1);
}
