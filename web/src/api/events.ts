import { accessToken, SessionExpiredError } from '../auth/keycloak';
import type { Message } from './messaging';

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

export interface EventStreamHandlers {
  onEvent: (event: ServerEvent) => void;
  onStatus?: (status: EventStreamStatus) => void;
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

  async function readOnce(): Promise<boolean> {
    const token = await accessToken();
    const headers = new Headers({ Accept: 'text/event-stream', 'Cache-Control': 'no-cache' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (lastEventId) headers.set('Last-Event-ID', lastEventId);
    const response = await fetch('/api/events', { headers, signal, cache: 'no-store' });
    if (!response.ok || !response.body) return false;
    handlers.onStatus?.('open');
    const parser = new EventStreamParser(handlers.onEvent);
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
    while (!signal.aborted) {
      try {
        // A stream that opened and later ended is a normal disconnect: start the backoff again.
        if (await readOnce()) attempt = 0;
      } catch (error) {
        if (signal.aborted || error instanceof SessionExpiredError) break;
      }
      if (signal.aborted) break;
      handlers.onStatus?.('reconnecting');
      await sleep(retryDelay(attempt, retryFloor), signal);
      attempt += 1;
    }
    handlers.onStatus?.('closed');
  }

  void run();
  return { close: () => controller.abort() };
}

/** An invoice as the live stream announces it (the billing.invoice.issued payload). */
export interface IssuedInvoice {
  invoiceId: string;
  clientId: string;
  clientName: string;
  number: string;
  currency: string;
  totalMinor: string;
  status: string;
  issuedAt: string;
  dueDate: string;
}

export interface CreatedWorkspace {
  workspaceId: string;
  clientId: string;
  clientName: string;
  name: string;
}

export type LiveEvent =
  | { type: 'message.posted'; message: Message }
  | { type: 'invoice.issued'; invoice: IssuedInvoice }
  | { type: 'workspace.created'; workspace: CreatedWorkspace };

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function toMessage(data: Record<string, unknown>): Message | null {
  const id = text(data.id) || text(data.messageId);
  const workspaceId = text(data.workspaceId);
  if (!id || !workspaceId) return null;
  const author = record(data.author) ?? {};
  return {
    id,
    tenantId: text(data.tenantId),
    workspaceId,
    clientId: text(data.clientId),
    author: {
      userId: text(author.userId),
      displayName: text(author.displayName),
      kind: text(author.kind),
    },
    body: text(data.body),
    createdAt: text(data.createdAt),
  };
}

function toIssuedInvoice(data: Record<string, unknown>): IssuedInvoice | null {
  const invoiceId = text(data.invoiceId) || text(data.id);
  const clientId = text(data.clientId);
  if (!invoiceId || !clientId) return null;
  const total = record(data.total);
  return {
    invoiceId,
    clientId,
    clientName: text(data.clientName),
    number: text(data.number),
    currency: text(data.currency) || text(total?.currency),
    totalMinor: text(data.totalMinor) || text(total?.amountMinor),
    status: text(data.status) || 'issued',
    issuedAt: text(data.issuedAt),
    dueDate: text(data.dueDate),
  };
}

function toCreatedWorkspace(data: Record<string, unknown>): CreatedWorkspace | null {
  const workspaceId = text(data.workspaceId) || text(data.id);
  if (!workspaceId) return null;
  return {
    workspaceId,
    clientId: text(data.clientId),
    clientName: text(data.clientName),
    name: text(data.name),
  };
}

/**
 * Turns a raw stream event into a typed one. Tolerates the producer's full type name
 * (`messaging.message.posted`) and a payload still wrapped in its event envelope.
 */
export function parseLiveEvent(event: ServerEvent): LiveEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.data);
  } catch {
    return null;
  }
  let data = record(parsed);
  if (!data) return null;
  const wrapped = record(data.data);
  if (wrapped && typeof data.type === 'string') data = wrapped;
  const type = event.type.replace(/^(messaging|billing|portal)\./, '');
  switch (type) {
    case 'message.posted': {
      const message = toMessage(data);
      return message ? { type, message } : null;
    }
    case 'invoice.issued': {
      const invoice = toIssuedInvoice(data);
      return invoice ? { type, invoice } : null;
    }
    case 'workspace.created': {
      const workspace = toCreatedWorkspace(data);
      return workspace ? { type, workspace } : null;
    }
    default:
      return null;
  }
}
