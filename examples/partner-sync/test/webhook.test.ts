import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  createWebhookReceiver,
  signatureOf,
  verifyWebhook,
  type WebhookEvent,
  type WebhookHeaders,
} from '../src/webhook.js';

const SECRET = 'whsec_c2FtcGxlLXNlY3JldC1mb3ItdGVzdHM';
const NOW = new Date('2026-11-30T16:00:00.000Z');
const nowSeconds = String(NOW.getTime() / 1000);
const body = JSON.stringify({
  id: 'evt_1',
  type: 'invoice.paid',
  created_at: NOW.toISOString(),
  tenant_id: 't1',
  data: { id: 'inv_1', total: { amount_minor: 12000, currency: 'EUR' } },
});
/** The signature computed independently of the module under test: HMAC-SHA256 over "<ts>.<body>". */
const reference = (timestamp: string, payload: string, secret = SECRET) =>
  createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
const headers = (overrides: Partial<WebhookHeaders> = {}): WebhookHeaders => ({
  id: 'evt_1',
  timestamp: nowSeconds,
  signature: `v1=${reference(nowSeconds, body)}`,
  ...overrides,
});

describe('verifyWebhook', () => {
  it('accepts the HMAC-SHA256 of "<timestamp>.<raw body>" with the secret, as a string or bytes', () => {
    expect(signatureOf(SECRET, nowSeconds, body)).toBe(reference(nowSeconds, body));
    expect(verifyWebhook(SECRET, headers(), body, { now: NOW })).toEqual({
      ok: true,
      id: 'evt_1',
      timestamp: Number(nowSeconds),
    });
    expect(verifyWebhook(SECRET, headers(), Buffer.from(body), { now: NOW }).ok).toBe(true);
  });

  it('refuses a changed body, another secret, or a signature of another timestamp', () => {
    expect(verifyWebhook(SECRET, headers(), body.replace('12000', '1'), { now: NOW })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
    });
    expect(verifyWebhook('whsec_other', headers(), body, { now: NOW })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
    });
    const earlier = String(Number(nowSeconds) - 10);
    expect(verifyWebhook(SECRET, headers({ timestamp: earlier }), body, { now: NOW })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
    });
  });

  it('refuses a delivery signed more than five minutes away from now, either way', () => {
    const signedAt = (offsetSeconds: number) => {
      const timestamp = String(Number(nowSeconds) + offsetSeconds);
      return headers({ timestamp, signature: `v1=${reference(timestamp, body)}` });
    };
    expect(verifyWebhook(SECRET, signedAt(-300), body, { now: NOW }).ok).toBe(true);
    expect(verifyWebhook(SECRET, signedAt(300), body, { now: NOW }).ok).toBe(true);
    for (const offset of [-301, 301, -86_400])
      expect(verifyWebhook(SECRET, signedAt(offset), body, { now: NOW })).toEqual({
        ok: false,
        reason: 'timestamp_out_of_tolerance',
      });
  });

  it('accepts any one matching v1 signature among several (a secret being rotated)', () => {
    const both = `v1=${reference(nowSeconds, body, 'whsec_old')} v1=${reference(nowSeconds, body)}`;
    expect(verifyWebhook(SECRET, headers({ signature: both }), body, { now: NOW }).ok).toBe(true);
    expect(verifyWebhook('whsec_old', headers({ signature: both }), body, { now: NOW }).ok).toBe(true);
    expect(verifyWebhook('whsec_third', headers({ signature: both }), body, { now: NOW }).ok).toBe(false);
  });

  it('names what is wrong with malformed headers, without throwing', () => {
    const cases: [Partial<WebhookHeaders>, string][] = [
      [{ id: undefined }, 'missing_headers'],
      [{ signature: '' }, 'missing_headers'],
      [{ timestamp: '2026-11-30T16:00:00Z' }, 'bad_timestamp'],
      [{ timestamp: '-5' }, 'bad_timestamp'],
      [{ signature: `v2=${reference(nowSeconds, body)}` }, 'no_v1_signature'],
      [{ signature: 'v1=not-hex' }, 'signature_mismatch'],
      [{ signature: `v1=${reference(nowSeconds, body).slice(0, 32)}` }, 'signature_mismatch'],
    ];
    for (const [override, reason] of cases)
      expect([override, verifyWebhook(SECRET, headers(override), body, { now: NOW })]).toEqual([
        override,
        { ok: false, reason },
      ]);
  });
});

describe('the webhook receiver', () => {
  const received: WebhookEvent[] = [];
  let failNext = false;
  const server = createWebhookReceiver({
    secret: SECRET,
    onEvent: (event) => {
      if (failNext) {
        failNext = false;
        throw new Error('the database is down');
      }
      received.push(event);
    },
  });
  let url = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    // fetch keeps its connections alive: close them, or the server never finishes closing.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const deliver = async (id: string, payload: string, signature?: string) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': timestamp,
        'webhook-signature': signature ?? `v1=${reference(timestamp, payload)}`,
      },
      body: payload,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const event = (id: string) => JSON.stringify({ id, type: 'client.created', data: { id: `c-${id}` } });

  it('handles a verified event once; the same webhook-id again is acknowledged, not handled again', async () => {
    expect(await deliver('evt_a', event('evt_a'))).toEqual({ status: 200, body: { received: true } });
    expect(await deliver('evt_a', event('evt_a'))).toEqual({ status: 200, body: { duplicate: true } });
    expect(await deliver('evt_b', event('evt_b'))).toEqual({ status: 200, body: { received: true } });
    expect(received.map((entry) => entry.id)).toEqual(['evt_a', 'evt_b']);
  });

  it('answers 401 to a bad signature and handles nothing', async () => {
    const before = received.length;
    expect(await deliver('evt_c', event('evt_c'), `v1=${'0'.repeat(64)}`)).toEqual({
      status: 401,
      body: { error: 'signature_mismatch' },
    });
    expect(received).toHaveLength(before);
  });

  it('answers 500 when handling fails, and handles the retry of the same id', async () => {
    failNext = true;
    expect((await deliver('evt_d', event('evt_d'))).status).toBe(500);
    expect(await deliver('evt_d', event('evt_d'))).toEqual({ status: 200, body: { received: true } });
    expect(received.filter((entry) => entry.id === 'evt_d')).toHaveLength(1);
  });
});
