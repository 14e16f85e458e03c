import type { Server } from 'node:http';
import express from 'express';
import { apiRoutes } from '../features/api.registry.js';
import { addressRateLimit, anonymousLimitOf, anonymousRateLimits } from './rate-limit.js';

async function serve(app: express.Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => {
      resolve(listening);
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

describe('rate limits on the routes anyone can call (hardening)', () => {
  it('limits every anonymous route of the registry, tightly those taking a secret token, never the Stripe webhook', () => {
    const anonymous = apiRoutes.filter((route) => route.access === 'anonymous');
    expect(anonymous.length).toBeGreaterThan(5);
    for (const route of anonymous) {
      const limit = anonymousLimitOf(route);
      if (route.path === '/webhooks/stripe') expect(limit).toBeUndefined();
      else if (route.path.includes(':token')) expect(limit).toBe('sign-in');
      else expect(limit).toBe('anonymous');
    }
    // The sign-in family is what it must be: invitation and team invitation acceptance, join links.
    const signIn = anonymous
      .filter((route) => anonymousLimitOf(route) === 'sign-in')
      .map((route) => route.path);
    expect(signIn).toEqual(
      expect.arrayContaining([
        '/invitations/:token',
        '/invitations/:token/accept',
        '/team-invitations/:token/accept',
        '/public/join/:token',
      ]),
    );
    for (const route of apiRoutes.filter((candidate) => candidate.access !== 'anonymous'))
      expect(anonymousLimitOf(route)).toBeUndefined();
  });

  it('answers 429 with Retry-After past the limit, per address, and admits again in the next window', async () => {
    let now = 1_000_000;
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use(
      addressRateLimit({
        perMinute: 3,
        reason: 'test.rate_limited',
        detail: (seconds) => `wait ${seconds} s`,
        now: () => now,
      }),
    );
    app.get('/', (_request, response) => {
      response.json({ ok: true });
    });
    const server = await serve(app);
    try {
      const call = (address: string) => fetch(server.url, { headers: { 'x-forwarded-for': address } });
      for (let attempt = 0; attempt < 3; attempt++) expect((await call('203.0.113.1')).status).toBe(200);
      now += 20_000;
      const refused = await call('203.0.113.1');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('40');
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(await refused.json()).toMatchObject({
        status: 429,
        reason: 'test.rate_limited',
        detail: 'wait 40 s',
      });
      // Another address has its own window.
      expect((await call('203.0.113.2')).status).toBe(200);
      now += 40_000;
      expect((await call('203.0.113.1')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('shares one sign-in window between all the token routes, and leaves staff routes alone', async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use('/api', anonymousRateLimits(apiRoutes, { signInPerMinute: 2, anonymousPerMinute: 1_000 }));
    app.use((_request, response) => {
      response.status(204).end();
    });
    const server = await serve(app);
    try {
      const call = (method: string, path: string) =>
        fetch(`${server.url}/api${path}`, { method, headers: { 'x-forwarded-for': '198.51.100.7' } });
      expect((await call('GET', '/invitations/abc')).status).toBe(204);
      expect((await call('POST', '/team-invitations/def/accept')).status).toBe(204);
      const third = await call('POST', '/invitations/abc/accept');
      expect(third.status).toBe(429);
      expect(await third.json()).toMatchObject({ reason: 'sign_in.rate_limited' });
      // A staff route that looks alike is not limited (it needs a token; the limiter does not apply).
      for (let attempt = 0; attempt < 4; attempt++)
        expect((await call('POST', '/invitations/inv-1/resend')).status).toBe(204);
    } finally {
      await server.close();
    }
  });
});
