import type { Response } from 'express';
import type { Consumer, Kafka } from 'kafkajs';
import {
  eventSchemas,
  forClientUser,
  liveEventSources,
  toLiveEvent,
  type LiveEvent,
} from '@client-portal/events';
import {
  ensureTopics,
  parseEnvelope,
  type EventEnvelope,
  type Logger,
  type Principal,
} from '@client-portal/kit';
import { tooManyRequests } from '../http/rate-limit.js';

/** The catalogue types the browser hears about, and the topics they come on. */
const LIVE_TYPES = new Set<string>(
  Object.values(liveEventSources).flatMap((sources) => sources.map((source) => source.type)),
);
const TOPICS = [
  ...new Set([
    ...Object.values(liveEventSources).flatMap((sources) =>
      sources.map((source) => `${source.producer}.events`),
    ),
    // Revocation slice: identity.access.revoked is no browser update, but every replica must act on it.
    'identity.events',
  ]),
];

/** What the gateway learns from identity.access.revoked (revocation slice, issue 11). */
export interface Revocation {
  tenantId: string;
  /** The external user id (the principal's userId). */
  userId: string;
  /** The Keycloak subject (the tokens' sub). */
  keycloakId: string;
  /** '' = the whole portal. */
  workspaceId: string;
  reason: string;
}

/** The last frame a revoked user's stream gets before it closes: what they lost, nothing internal. */
export function revokedFrameOf(revocation: Revocation): string {
  // A person who became a team member is told so (their next sign-in opens the agency app).
  const data = {
    scope: revocation.workspaceId
      ? 'workspace'
      : revocation.reason === 'converted_to_staff'
        ? 'converted'
        : 'portal',
    workspaceId: revocation.workspaceId,
  };
  return `event: access.revoked\ndata: ${JSON.stringify(data)}\n\n`;
}

interface Subscriber {
  principal: Principal;
  response: Response;
  /** Whose stream it is for the per-user cap: the person at the keyboard (staff viewing as a client). */
  owner: string;
}

export interface LiveHubOptions {
  topicPrefix: string;
  groupId: string;
  logger: Logger;
  /** Open streams one person may hold on this replica (tabs); one more is refused with 429. */
  maxStreamsPerUser?: number;
  /** Open streams on this replica; one more is refused with 503 (the browser retries later). */
  maxStreams?: number;
  /**
   * Bytes a stream may have queued for a reader that does not read: past it the stream is dropped,
   * so a stalled client costs the gateway at most this much memory (backpressure).
   */
  maxBufferedBytes?: number;
}

/** Who holds a stream, for the per-user cap: staff viewing as a client count as themselves. */
export function streamOwnerOf(principal: Principal): string {
  return `${principal.tenantId}:${principal.viewedBy ?? principal.userId}`;
}

/**
 * Whether a principal may see a live update of a tenant: same tenant; a client user only their own
 * client's updates, and of those that name a workspace, only the workspaces they were invited to.
 * Two optional data fields narrow it further (issue 12): `recipientUserId` (only that person, staff or
 * client) and `clientAudience` (client users: only those listed; an empty list: none of them).
 */
export function visibleTo(principal: Principal, tenantId: string, event: LiveEvent): boolean {
  if (tenantId !== principal.tenantId) return false;
  const data: Record<string, unknown> = event.data;
  // Issue 12: an update for one person (an in-app notification, a read marker) reaches only them.
  if (typeof data.recipientUserId === 'string' && data.recipientUserId !== principal.userId) return false;
  if (principal.kind !== 'client') return true;
  // Issue 12: an update limited to some of the client's users (a conversation a contact opened with the
  // agency) reaches only those; staff of the tenant see it all.
  if (Array.isArray(data.clientAudience) && !data.clientAudience.includes(principal.userId)) return false;
  if (event.data.clientId !== principal.clientId) return false;
  if ('clientVisible' in event.data && !event.data.clientVisible) return false;
  const workspaceId = 'workspaceId' in event.data ? event.data.workspaceId : undefined;
  // Issue 12: '' names no workspace (a client-level conversation): the client check above decides.
  return workspaceId === undefined || workspaceId === '' || principal.workspaceIds.includes(workspaceId);
}

/** One server-sent event frame for a live update. */
export function frameOf(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`;
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
  private readonly revocationListeners: ((revocation: Revocation) => void)[] = [];
  /** Open streams per owner (streamOwnerOf), for the per-user cap. */
  private readonly perOwner = new Map<string, number>();
  private droppedSlowReaders = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: LiveHubOptions,
  ) {
    // A short idle fetch: stopping waits for it (see the kit's EventConsumer).
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: 10_000,
      maxWaitTimeInMs: 1_000,
    });
    this.heartbeat = setInterval(() => {
      for (const subscriber of [...this.subscribers]) this.send(subscriber, ': keep-alive\n\n');
    }, 15_000);
    this.heartbeat.unref();
  }

  get connections(): number {
    return this.subscribers.size;
  }

  /** Streams dropped because their reader stopped reading (since start). */
  get droppedStreams(): number {
    return this.droppedSlowReaders;
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
    const owner = streamOwnerOf(principal);
    const maxPerUser = this.options.maxStreamsPerUser ?? Number.POSITIVE_INFINITY;
    const maxStreams = this.options.maxStreams ?? Number.POSITIVE_INFINITY;
    if ((this.perOwner.get(owner) ?? 0) >= maxPerUser) {
      tooManyRequests(response, {
        retryAfterSeconds: 30,
        reason: 'live.too_many_streams',
        detail: `You already have ${maxPerUser} live connections open: close a tab and try again`,
      });
      return;
    }
    if (this.subscribers.size >= maxStreams) {
      response.setHeader('retry-after', '30');
      response
        .status(503)
        .type('application/problem+json')
        .send(
          JSON.stringify({
            type: 'https://client-portal.dev/problems/unavailable',
            title: 'Service unavailable',
            status: 503,
            detail: 'Live updates are busy on this server: try again shortly',
            code: 'UNAVAILABLE',
            reason: 'live.at_capacity',
          }),
        );
      return;
    }
    response.status(200);
    response.setHeader('content-type', 'text/event-stream; charset=utf-8');
    response.setHeader('cache-control', 'no-cache, no-transform');
    response.setHeader('connection', 'keep-alive');
    response.setHeader('x-accel-buffering', 'no');
    response.flushHeaders();
    response.write(': connected\n\n');
    const subscriber: Subscriber = { principal, response, owner };
    this.subscribers.add(subscriber);
    this.perOwner.set(owner, (this.perOwner.get(owner) ?? 0) + 1);
    const expiry = setTimeout(() => response.end(), Math.max(0, expiresAt - Date.now()));
    expiry.unref();
    let closed = false;
    response.on('close', () => {
      if (closed) return;
      closed = true;
      clearTimeout(expiry);
      this.subscribers.delete(subscriber);
      const left = (this.perOwner.get(owner) ?? 1) - 1;
      if (left > 0) this.perOwner.set(owner, left);
      else this.perOwner.delete(owner);
    });
  }

  /**
   * Writes a frame unless the reader has fallen too far behind: what Node cannot hand to the socket
   * waits in the response's buffer, so a client that stops reading would grow the gateway's memory
   * without bound. Past the limit its stream is destroyed (the browser's reconnect loads afresh).
   */
  private send(subscriber: Subscriber, frame: string): void {
    const { response } = subscriber;
    if (response.destroyed || response.writableEnded) return;
    const limit = this.options.maxBufferedBytes ?? Number.POSITIVE_INFINITY;
    if (response.writableLength + Buffer.byteLength(frame) > limit) {
      this.droppedSlowReaders += 1;
      this.subscribers.delete(subscriber);
      this.options.logger.warn(
        { userId: subscriber.principal.userId, bufferedBytes: response.writableLength },
        'live stream dropped: its reader stopped reading',
      );
      response.destroy();
      return;
    }
    response.write(frame);
  }

  /** Called on every identity.access.revoked this replica reads (the principal cache evicts with it). */
  onRevoked(listener: (revocation: Revocation) => void): void {
    this.revocationListeners.push(listener);
  }

  /**
   * Access taken away: the listeners (principal cache) forget the user first, then each of their
   * streams on this replica (their own and staff viewing as them) gets a last frame and closes. The
   * browser reconnects with the same token and meets the new principal, or 401 when the portal is gone.
   */
  revoke(revocation: Revocation): void {
    for (const listener of this.revocationListeners) listener(revocation);
    const frame = revokedFrameOf(revocation);
    for (const subscriber of [...this.subscribers]) {
      const { principal } = subscriber;
      if (principal.tenantId !== revocation.tenantId || principal.userId !== revocation.userId) continue;
      this.subscribers.delete(subscriber);
      subscriber.response.write(frame);
      subscriber.response.end();
    }
  }

  private dispatch(value: Buffer | null): void {
    let envelope: EventEnvelope;
    try {
      envelope = parseEnvelope(value);
    } catch {
      return; // not ours to judge: the owning consumers dead-letter malformed events
    }
    if (envelope.type === 'identity.access.revoked') {
      const revoked = eventSchemas.parse(envelope);
      if (revoked.success && revoked.event.type === 'identity.access.revoked')
        this.revoke({
          tenantId: revoked.event.tenantId,
          userId: revoked.event.data.userId,
          keycloakId: revoked.event.data.keycloakId,
          workspaceId: revoked.event.data.workspaceId,
          reason: revoked.event.data.reason,
        });
      return;
    }
    if (!LIVE_TYPES.has(envelope.type)) return;
    // Only what fits the catalogue reaches a browser; the consumers of the type dead-letter the rest.
    const check = eventSchemas.parse(envelope);
    if (!check.success) {
      this.options.logger.warn(
        { eventId: envelope.id, type: envelope.type, reason: check.reason },
        'event does not match its schema; no live update',
      );
      return;
    }
    const event = toLiveEvent(check.event);
    if (!event) return;
    const full = frameOf(event);
    const forClients = frameOf(forClientUser(event));
    for (const subscriber of [...this.subscribers]) {
      if (visibleTo(subscriber.principal, check.event.tenantId, event))
        this.send(subscriber, subscriber.principal.kind === 'client' ? forClients : full);
    }
  }
}
