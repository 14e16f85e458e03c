// Types only at load time: the catalogue's schemas (and zod) arrive in their own chunk when the stream opens.
import type { LiveData, LiveEvent, parseLiveEvent as parseLiveFrame } from '@client-portal/events';
import { accessToken, SessionExpiredError } from '../auth/keycloak';
import type { Message } from './messaging';
import { VIEW_AS_HEADER, viewAsTarget } from './view-as';

/** One dispatched text/event-stream event. */
export interface ServerEvent {
  type: string;
  data: string;
  id: string;
}

/**
 * Incremental parser for the text/event-stream format (WHATWG HTML, "server-sent events"): fields
 * `event`, `data`, `id`, `retry`; a blank line dispatches; lines starting with ':' are comments
 * (the gateway's keep-alives). Chunks may split lines anywhere, including between CR and LF.
 */
export class EventStreamParser {
  private buffer = '';
  private eventType = '';
  private dataLines: string[] = [];
  private sawFirstChunk = false;
  lastEventId = '';
  retryMilliseconds: number | undefined;

  constructor(private readonly dispatch: (event: ServerEvent) => void) {}

  push(chunk: string): void {
    let text = chunk;
    if (!this.sawFirstChunk) {
      this.sawFirstChunk = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    this.buffer += text;
    let start = 0;
    for (let index = 0; index < this.buffer.length; index += 1) {
      const character = this.buffer[index];
      if (character !== '\n' && character !== '\r') continue;
      if (character === '\r') {
        // A CR at the end of the buffer may be the first half of a CRLF: wait for the next chunk.
        if (index === this.buffer.length - 1) break;
        this.processLine(this.buffer.slice(start, index));
        if (this.buffer[index + 1] === '\n') index += 1;
      } else {
        this.processLine(this.buffer.slice(start, index));
      }
      start = index + 1;
    }
    this.buffer = this.buffer.slice(start);
  }

  private processLine(line: string): void {
    if (line === '') {
      this.dispatchEvent();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.dataLines.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retryMilliseconds = Number(value);
        break;
      default:
        // Unknown fields are ignored, as the format requires.
        break;
    }
  }

  private dispatchEvent(): void {
    const type = this.eventType || 'message';
    const data = this.dataLines.join('\n');
    const hadData = this.dataLines.length > 0;
    this.eventType = '';
    this.dataLines = [];
    if (hadData) this.dispatch({ type, data, id: this.lastEventId });
  }
}

export type EventStreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Revocation slice: what the gateway's last frame says before it closes a revoked user's stream. */
export interface AccessRevoked {
  /** converted: the person became a member of the agency team (the portal is gone for them too). */
  scope: 'workspace' | 'portal' | 'converted';
  workspaceId: string;
}

export interface EventStreamHandlers {
  /** Each frame that is a live update this app knows, checked against the catalogue. */
  onEvent: (event: LiveEvent) => void;
  onStatus?: (status: EventStreamStatus) => void;
  /**
   * Access was taken away (revocation slice): the stream's last frame, or a reconnection answered 401
   * with a fresh token (the sign-in itself is refused now). The stream stops on a portal-wide one.
   */
  onRevoked?: (revoked: AccessRevoked) => void;
}

/** The gateway's `access.revoked` frame, if that is what arrived. */
export function accessRevokedOf(raw: ServerEvent): AccessRevoked | undefined {
  if (raw.type !== 'access.revoked') return undefined;
  try {
    const data = JSON.parse(raw.data) as Partial<AccessRevoked>;
    return {
      scope: data.scope === 'workspace' || data.scope === 'converted' ? data.scope : 'portal',
      workspaceId: typeof data.workspaceId === 'string' ? data.workspaceId : '',
    };
  } catch {
    return { scope: 'portal', workspaceId: '' };
  }
}

export interface EventStreamConnection {
  close(): void;
}

const FIRST_RETRY_MILLISECONDS = 1_000;
const LONGEST_RETRY_MILLISECONDS = 30_000;

/** Exponential backoff with jitter, so many tabs do not reconnect in lockstep after an outage. */
export function retryDelay(attempt: number, floor = FIRST_RETRY_MILLISECONDS): number {
  const exponential = Math.min(LONGEST_RETRY_MILLISECONDS, floor * 2 ** attempt);
  return Math.round(exponential * (0.8 + Math.random() * 0.4));
}

function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, milliseconds);
    signal.addEventListener(
      'abort',
      () => {
        window.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Opens GET /api/events and keeps it open. EventSource cannot send an Authorization header, so the
 * stream is read with fetch and parsed here; every (re)connection takes a freshly refreshed token.
 */
export function connectEvents(handlers: EventStreamHandlers): EventStreamConnection {
  const controller = new AbortController();
  const { signal } = controller;
  let lastEventId = '';
  let retryFloor = FIRST_RETRY_MILLISECONDS;
  // The portal was taken away: reconnecting would only be refused again.
  let revoked = false;

  async function readOnce(parseFrame: typeof parseLiveFrame): Promise<boolean> {
    const token = await accessToken();
    const headers = new Headers({ Accept: 'text/event-stream', 'Cache-Control': 'no-cache' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (lastEventId) headers.set('Last-Event-ID', lastEventId);
    // "View as client": the stream is the viewed user's, as the rest of the API.
    const viewing = viewAsTarget();
    if (viewing) headers.set(VIEW_AS_HEADER, viewing.userId);
    const response = await fetch('/api/events', { headers, signal, cache: 'no-store' });
    if (response.status === 401 && token) {
      revoked = true;
      handlers.onRevoked?.({ scope: 'portal', workspaceId: '' });
      return false;
    }
    if (!response.ok || !response.body) return false;
    handlers.onStatus?.('open');
    const parser = new EventStreamParser((raw) => {
      const access = accessRevokedOf(raw);
      if (access) {
        if (access.scope !== 'workspace') revoked = true;
        handlers.onRevoked?.(access);
        return;
      }
      const event = parseLiveEvent(raw, parseFrame);
      if (event) handlers.onEvent(event);
    });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
      }
    } finally {
      lastEventId = parser.lastEventId || lastEventId;
      if (parser.retryMilliseconds !== undefined) retryFloor = parser.retryMilliseconds;
      reader.releaseLock();
    }
    return true;
  }

  async function run(): Promise<void> {
    let attempt = 0;
    handlers.onStatus?.('connecting');
    let parseFrame: typeof parseLiveFrame | undefined;
    // Read through a function: the signal changes while awaiting, which flow analysis cannot see.
    const isAborted = () => signal.aborted;
    while (!isAborted()) {
      try {
        parseFrame ??= (await import('@client-portal/events')).parseLiveEvent;
        // A stream that opened and later ended is a normal disconnect: start the backoff again.
        if (await readOnce(parseFrame)) attempt = 0;
      } catch (error) {
        if (isAborted() || error instanceof SessionExpiredError) break;
      }
      if (isAborted() || revoked) break;
      handlers.onStatus?.('reconnecting');
      await sleep(retryDelay(attempt, retryFloor), signal);
      attempt += 1;
    }
    handlers.onStatus?.('closed');
  }

  void run();
  return {
    close: () => {
      controller.abort();
    },
  };
}

/** The live updates' payloads, typed by the event catalogue (the same types the gateway sends). */
export type PostedMessage = LiveData<'message.posted'>;
export type CreatedWorkspace = LiveData<'workspace.created'>;
export type BillingChange = LiveData<'billing.changed'>;
export type WorkspaceChange = LiveData<'workspace.changed'>;
export type ConversationChange = LiveData<'conversation.changed'>;
export type ConversationRead = LiveData<'conversation.read'>;
export type MessageChange = LiveData<'message.changed'>;
export type { LiveEvent };

/**
 * Turns a raw stream event into a typed live update, checked against the catalogue's live schemas: a
 * frame that does not fit (say, from a newer gateway) is ignored rather than guessed at.
 */
export function parseLiveEvent(event: ServerEvent, parseFrame: typeof parseLiveFrame): LiveEvent | null {
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    return null;
  }
  const result = parseFrame(event.type, event.id, data);
  if (!result.success) {
    if (import.meta.env.DEV) console.warn(`live update ignored: ${result.reason}`);
    return null;
  }
  return result.event;
}

/** A posted message as the messages store keeps it (the REST shape); the stream is the viewer's tenant's. */
export function messageOf(posted: PostedMessage): Message {
  return {
    id: posted.messageId,
    tenantId: '',
    workspaceId: posted.workspaceId,
    conversationId: posted.conversationId || posted.workspaceId,
    clientId: posted.clientId,
    author: { ...posted.author },
    body: posted.body,
    createdAt: posted.createdAt,
    // Message actions (issue 12): absent from older events.
    attachments: posted.attachments ?? [],
    mentions: posted.mentions ?? [],
    editedAt: '',
    deletedAt: '',
  };
}
