import type { Response } from 'express';
import type { Consumer, Kafka } from 'kafkajs';
import {
  ensureTopics,
  parseEnvelope,
  type EventEnvelope,
  type Logger,
  type Principal,
} from '@client-portal/kit';

/** The events the browser hears about, by their live-update name. */
const LIVE_EVENTS: Record<string, string> = {
  'messaging.message.posted': 'message.posted',
  'billing.invoice.issued': 'invoice.issued',
  'portal.workspace.created': 'workspace.created',
};
const TOPICS = ['messaging.events', 'billing.events', 'portal.events'];

interface Subscriber {
  principal: Principal;
  response: Response;
}

/** Client users see who wrote, not the agency's internal user ids. */
export function withoutStaffIds(data: unknown): unknown {
  const author = (data as { author?: { kind?: string } } | null)?.author;
  if (!author || author.kind === 'client') return data;
  return { ...(data as Record<string, unknown>), author: { ...author, userId: '' } };
}

/** Whether a principal may see an event: same tenant; a client user only their client's workspaces. */
export function visibleTo(principal: Principal, event: EventEnvelope): boolean {
  if (event.tenantId !== principal.tenantId) return false;
  if (principal.kind !== 'client') return true;
  const data = (event.data ?? {}) as { clientId?: string; workspaceId?: string };
  if (data.clientId !== principal.clientId) return false;
  return data.workspaceId === undefined || principal.workspaceIds.includes(data.workspaceId);
}

/**
 * Live updates over server-sent events, fed by Kafka. Each gateway replica has its own consumer group
 * (every replica must see every event for the browsers connected to it) starting from the latest offset:
 * live updates are for what happens while the page is open; the page loads the rest over REST.
 */
export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly consumer: Consumer;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: { topicPrefix: string; groupId: string; logger: Logger },
  ) {
    this.consumer = kafka.consumer({ groupId: options.groupId, sessionTimeout: 10_000 });
    this.heartbeat = setInterval(() => {
      for (const subscriber of this.subscribers) subscriber.response.write(': keep-alive\n\n');
    }, 15_000);
    this.heartbeat.unref();
  }

  get connections(): number {
    return this.subscribers.size;
  }

  async start(): Promise<void> {
    const topics = TOPICS.map((topic) => `${this.options.topicPrefix}${topic}`);
    await ensureTopics(this.kafka, topics);
    await this.consumer.connect();
    const joined = new Promise<void>((resolve) => {
      this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
        resolve();
      });
    });
    await this.consumer.subscribe({ topics, fromBeginning: false });
    await this.consumer.run({
      eachMessage: ({ message }) => {
        this.dispatch(message.value);
        return Promise.resolve();
      },
    });
    await joined;
  }

  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const subscriber of this.subscribers) subscriber.response.end();
    this.subscribers.clear();
    await this.consumer.disconnect();
  }

  /**
   * Streams to one browser until it disconnects or its token expires: the stream was authorised with
   * that token, so it ends with it and the browser reconnects with a fresh one (and a fresh principal).
   */
  attach(principal: Principal, response: Response, expiresAt: number): void {
    response.status(200);
    response.setHeader('content-type', 'text/event-stream; charset=utf-8');
    response.setHeader('cache-control', 'no-cache, no-transform');
    response.setHeader('connection', 'keep-alive');
    response.setHeader('x-accel-buffering', 'no');
    response.flushHeaders();
    response.write(': connected\n\n');
    const subscriber: Subscriber = { principal, response };
    this.subscribers.add(subscriber);
    const expiry = setTimeout(() => response.end(), Math.max(0, expiresAt - Date.now()));
    expiry.unref();
    response.on('close', () => {
      clearTimeout(expiry);
      this.subscribers.delete(subscriber);
    });
  }

  private dispatch(value: Buffer | null): void {
    let event: EventEnvelope;
    try {
      event = parseEnvelope(value);
    } catch {
      return; // not ours to judge: the owning consumers dead-letter malformed events
    }
    const name = LIVE_EVENTS[event.type];
    if (!name) return;
    const frame = (data: unknown) => `id: ${event.id}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    const full = frame(event.data);
    const forClients = frame(withoutStaffIds(event.data));
    for (const subscriber of this.subscribers) {
      if (visibleTo(subscriber.principal, event))
        subscriber.response.write(subscriber.principal.kind === 'client' ? forClients : full);
    }
  }
}
