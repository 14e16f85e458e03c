import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';

/**
 * Verifying the portal's webhook deliveries (docs/partner-webhooks.md). Each POST carries:
 *   webhook-id         the event's stable id: the same event retried or resent keeps it
 *   webhook-timestamp  when this attempt was signed, Unix seconds
 *   webhook-signature  `v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>` (several, space-separated,
 *                      while a secret is being rotated: any one matching is enough)
 * The HMAC key is the subscription's secret exactly as shown once (`whsec_…`, its UTF-8 bytes).
 */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export type VerifyFailure =
  | 'missing_headers'
  | 'bad_timestamp'
  | 'timestamp_out_of_tolerance'
  | 'no_v1_signature'
  | 'signature_mismatch';

export type VerifyResult = { ok: true; id: string; timestamp: number } | { ok: false; reason: VerifyFailure };

export interface WebhookHeaders {
  id: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
}

export function signatureOf(secret: string, timestamp: string, body: string | Buffer): string {
  return createHmac('sha256', secret)
    .update(`${timestamp}.`)
    .update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
    .digest('hex');
}

/** Constant-time comparison of two hex digests (a length mismatch is simply "different"). */
function sameDigest(expectedHex: string, candidateHex: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  const candidate = Buffer.from(candidateHex, 'hex');
  // A non-hex candidate decodes short; comparing equal lengths only keeps timingSafeEqual from throwing.
  return candidate.length === expected.length && timingSafeEqual(expected, candidate);
}

/**
 * Checks a delivery against the secret over the RAW body (re-serialised JSON would not match), refusing
 * one signed more than `toleranceSeconds` away from now (a replayed capture).
 */
export function verifyWebhook(
  secret: string,
  headers: WebhookHeaders,
  rawBody: string | Buffer,
  options: { now?: Date; toleranceSeconds?: number } = {},
): VerifyResult {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  const signedAt = Number(timestamp);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - signedAt) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS))
    return { ok: false, reason: 'timestamp_out_of_tolerance' };
  const candidates = signature
    .split(/[\s,]+/)
    .filter((entry) => entry.startsWith('v1='))
    .map((entry) => entry.slice(3));
  if (candidates.length === 0) return { ok: false, reason: 'no_v1_signature' };
  const expected = signatureOf(secret, timestamp, rawBody);
  // Every candidate is compared (no early exit), so timing does not tell which one matched.
  const matched = candidates.reduce((found, candidate) => sameDigest(expected, candidate) || found, false);
  return matched ? { ok: true, id, timestamp: signedAt } : { ok: false, reason: 'signature_mismatch' };
}

/**
 * Remembers the webhook ids already handled: deliveries are at least once (a retry after a timeout, a
 * "resend" from the log), so an id seen before is acknowledged and not handled again. Bounded: the oldest
 * ids are forgotten past `capacity` (a real partner keeps them in its database, at least 24 hours).
 */
export class WebhookDeduplicator {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 100_000) {}

  has(id: string): boolean {
    return this.seen.has(id);
  }

  remember(id: string): void {
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
  }
}

/** The public payload of a delivery (docs/partner-webhooks.md). */
export interface WebhookEvent {
  id: string;
  type: string;
  created_at: string;
  tenant_id: string;
  data: Record<string, unknown>;
}

export interface WebhookReceiverOptions {
  secret: string;
  /** Handles an event once; a throw answers 500 so the portal retries it later. */
  onEvent: (event: WebhookEvent) => Promise<void> | void;
  toleranceSeconds?: number;
  deduplicator?: WebhookDeduplicator;
  /** Bodies larger than this are refused (413). */
  maxBodyBytes?: number;
}

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * A tiny HTTP receiver: 401 for a delivery that does not verify, 200 for a duplicate (not handled again),
 * 409 while the same id is being handled, 200 after `onEvent` handled a new one, 500 when it threw (the id
 * is then not remembered: the retry is handled).
 */
export function createWebhookReceiver(options: WebhookReceiverOptions): Server {
  const deduplicator = options.deduplicator ?? new WebhookDeduplicator();
  // Ids being handled right now: a second delivery of one of them (a retry racing a slow handler) is
  // answered 409, which the portal retries later, rather than handled twice.
  const handling = new Set<string>();
  const answer = (status: number, body: Record<string, unknown>) => ({ status, body });
  const handle = async (request: IncomingMessage) => {
    if (request.method !== 'POST') return answer(405, { error: 'method_not_allowed' });
    const raw = await readBody(request, options.maxBodyBytes ?? 1024 * 1024);
    if (!raw) return answer(413, { error: 'too_large' });
    const verified = verifyWebhook(
      options.secret,
      {
        id: header(request, 'webhook-id'),
        timestamp: header(request, 'webhook-timestamp'),
        signature: header(request, 'webhook-signature'),
      },
      raw,
      { toleranceSeconds: options.toleranceSeconds },
    );
    if (!verified.ok) return answer(401, { error: verified.reason });
    if (deduplicator.has(verified.id)) return answer(200, { duplicate: true });
    if (handling.has(verified.id)) return answer(409, { error: 'in_progress' });
    let event: WebhookEvent;
    try {
      event = JSON.parse(raw.toString('utf8')) as WebhookEvent;
    } catch {
      return answer(400, { error: 'invalid_json' });
    }
    handling.add(verified.id);
    try {
      await options.onEvent(event);
      deduplicator.remember(verified.id);
    } finally {
      handling.delete(verified.id);
    }
    return answer(200, { received: true });
  };
  return createServer((request, response) => {
    handle(request)
      .catch(() => answer(500, { error: 'handler_failed' }))
      .then(({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      })
      .catch(() => response.destroy());
  });
}
