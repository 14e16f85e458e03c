import { randomInt, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { infrastructure, passwordToken } from '@client-portal/testing';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

/**
 * Hardening (issue 14, docs/security.md) on the real gateway in front of the six services: the
 * security headers on the API, the web app and the API docs; WWW-Authenticate on every 401; the
 * health check that tells nothing; the per-address limit of the routes taking a secret token; the
 * live stream's per-user cap. (Backpressure with stalled readers: src/live/live-backpressure.test.ts;
 * the CSP against the real app: every browser test, through e2e/support/browser.ts.)
 */

const SIGN_IN_LIMIT = 4;

describe('hardening of the gateway', () => {
  let platform: Platform;
  let base: string;
  let token: string;
  let webDist: string;

  beforeAll(async () => {
    // A stand-in for web/dist, so the file does not depend on the web build.
    webDist = mkdtempSync(path.join(os.tmpdir(), 'hardening-web-'));
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(path.join(webDist, 'assets', 'app.js'), 'export {};');
    platform = await Platform.start({
      webDist,
      gateway: {
        environment: {
          SIGN_IN_RATE_LIMIT_PER_MINUTE: String(SIGN_IN_LIMIT),
          LIVE_MAX_STREAMS_PER_USER: '2',
        },
      },
    });
    base = platform.gateway.url;
    const agency = await createTenant(platform, { name: 'Hardening Agency' });
    token = await passwordToken(agency.owner.email, agency.owner.password);
  }, 240_000);

  afterAll(async () => {
    // Undefined when beforeAll failed early.
    await (platform as Platform | undefined)?.stop();
    rmSync(webDist, { recursive: true, force: true });
  });

  const common = (headers: Headers) => {
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('x-powered-by')).toBeNull();
  };
  const directives = (headers: Headers): Map<string, string> =>
    new Map(
      (headers.get('content-security-policy') ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values.join(' ')]),
    );

  it('sends the security headers on the API, the web app and the API docs, errors included', async () => {
    const api = await fetch(`${base}/api/config`);
    expect(api.status).toBe(200);
    common(api.headers);
    expect(directives(api.headers).get('default-src')).toBe("'none'");
    expect(directives(api.headers).get('frame-ancestors')).toBe("'none'");

    const refused = await fetch(`${base}/api/clients`);
    expect(refused.status).toBe(401);
    common(refused.headers);

    for (const page of ['/', '/app/clients', '/assets/app.js']) {
      const response = await fetch(`${base}${page}`);
      expect(response.status).toBe(200);
      common(response.headers);
      const policy = directives(response.headers);
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('object-src')).toBe("'none'");
      expect(policy.get('frame-ancestors')).toBe("'none'");
      // The app talks to itself, Keycloak (tokens) and the object store (presigned uploads), no more.
      const connect = (policy.get('connect-src') ?? '').split(' ');
      expect(connect.sort()).toEqual(
        [
          "'self'",
          new URL(infrastructure().keycloakUrl).origin,
          new URL(infrastructure().s3Url).origin,
        ].sort(),
      );
    }

    const docs = await fetch(`${base}/api/docs`);
    const html = await docs.text();
    expect(directives(docs.headers).get('script-src')).toBe("'self'");
    // No inline script: the page's set-up is a file its policy admits.
    expect(html).not.toMatch(/<script>/);
    expect(html).toContain('data-spec="/api/openapi.json"');
    const start = await fetch(`${base}/api/docs/start.js`);
    expect(start.status).toBe(200);
    expect(start.headers.get('content-type')).toMatch(/javascript/);
  });

  it('names the Bearer scheme on every 401, and says when the token sent was refused', async () => {
    for (const target of ['/api/clients', '/api/events', '/api/no-such-route']) {
      const anonymous = await fetch(`${base}${target}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="client-portal"');
      const forged = await fetch(`${base}${target}`, { headers: { authorization: 'Bearer not-a-token' } });
      expect(forged.status).toBe(401);
      expect(forged.headers.get('www-authenticate')).toBe(
        'Bearer realm="client-portal", error="invalid_token"',
      );
    }
    // A 401 a caller is allowed to pass is still a 200 with a token: the header is for refusals only.
    const allowed = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('www-authenticate')).toBeNull();
  });

  it('answers a URL past the parser limit with a readable 431 problem, not an empty answer', async () => {
    const response = await fetch(`${base}/api/clients/${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { code: string }).code).toBe('INVALID_ARGUMENT');
  });

  it('answers /api/health with up and nothing else, with or without a token', async () => {
    const callers: Record<string, string>[] = [{}, { authorization: `Bearer ${token}` }];
    for (const headers of callers) {
      const response = await fetch(`${base}/api/health`, { headers });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('limits the routes that take a secret token per address, all of them in one window', async () => {
    const address = `192.0.2.${randomInt(1, 254)}`;
    const from = (ip: string) => ({ 'x-forwarded-for': ip, 'content-type': 'application/json' });
    for (let attempt = 0; attempt < SIGN_IN_LIMIT; attempt++) {
      const guess = await fetch(`${base}/api/invitations/${randomUUID()}`, { headers: from(address) });
      expect(guess.status).toBe(404);
    }
    const refused = await fetch(`${base}/api/team-invitations/${randomUUID()}/accept`, {
      method: 'POST',
      headers: from(address),
      body: JSON.stringify({ password: 'Guessing-2026' }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 429, reason: 'sign_in.rate_limited' });
    // Another address is not held back by this one.
    const other = await fetch(`${base}/api/invitations/${randomUUID()}`, { headers: from('198.51.100.9') });
    expect(other.status).toBe(404);
  });

  it("caps one person's live streams and frees a place when one closes", async () => {
    const controllers: AbortController[] = [];
    const open = () => {
      const controller = new AbortController();
      controllers.push(controller);
      return fetch(`${base}/api/events`, {
        headers: { authorization: `Bearer ${token}` },
        signal: controller.signal,
      });
    };
    try {
      expect((await open()).status).toBe(200);
      expect((await open()).status).toBe(200);
      const third = await open();
      expect(third.status).toBe(429);
      expect(await third.json()).toMatchObject({ reason: 'live.too_many_streams' });
      controllers[0]?.abort();
      const deadline = Date.now() + 15_000;
      let again = 0;
      while (Date.now() < deadline) {
        const attempt = await open();
        again = attempt.status;
        if (again === 200) break;
        await attempt.body?.cancel();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(again).toBe(200);
    } finally {
      for (const controller of controllers) controller.abort();
    }
  });
});
