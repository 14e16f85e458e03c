import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { currentCorrelationId } from '@client-portal/kit';
import type { AnyRoute } from './route.js';

/** Answers 429 problem+json with Retry-After: the same shape for every limit of the gateway. */
export function tooManyRequests(
  response: Response,
  options: { retryAfterSeconds: number; detail: string; reason: string },
): void {
  response.setHeader('retry-after', String(options.retryAfterSeconds));
  response
    .status(429)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: 'https://client-portal.dev/problems/too-many-requests',
        title: 'Too many requests',
        status: 429,
        detail: options.detail,
        code: 'UNAVAILABLE',
        reason: options.reason,
        correlationId: currentCorrelationId(),
      }),
    );
}

export interface AddressRateLimitOptions {
  perMinute: number;
  /** The problem's `reason` (`public.rate_limited`, `sign_in.rate_limited`, ...). */
  reason: string;
  /** The sentence the caller reads, given the seconds to wait. */
  detail: (retryAfterSeconds: number) => string;
  now?: () => number;
}

/**
 * A fixed one-minute window per client address. In memory, per gateway replica: the limit is per
 * replica, which is enough to blunt guessing and scraping (limits that must be exact across replicas
 * live in the services, claimed by insert: identity's join limits). The address is `request.ip`
 * (`trust proxy` = loopback: behind the ingress, the client's address from X-Forwarded-For).
 */
export function addressRateLimit(options: AddressRateLimitOptions) {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { startedAt: number; count: number }>();
  return (request: Request, response: Response, next: NextFunction): void => {
    const at = now();
    // Forget finished windows now and then so the map stays small.
    if (windows.size > 10_000)
      for (const [key, window] of windows) if (at - window.startedAt >= 60_000) windows.delete(key);
    const key = request.ip ?? 'unknown';
    const window = windows.get(key);
    if (!window || at - window.startedAt >= 60_000) {
      windows.set(key, { startedAt: at, count: 1 });
      next();
      return;
    }
    window.count += 1;
    if (window.count <= options.perMinute) {
      next();
      return;
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + 60_000 - at) / 1000));
    tooManyRequests(response, {
      retryAfterSeconds,
      reason: options.reason,
      detail: options.detail(retryAfterSeconds),
    });
  };
}

/** Which limit an anonymous route gets (none: the Stripe webhook, authenticated by its signature). */
export function anonymousLimitOf(
  route: Pick<AnyRoute, 'access' | 'path'>,
): 'sign-in' | 'anonymous' | undefined {
  if (route.access !== 'anonymous') return undefined;
  if (route.path.startsWith('/webhooks/')) return undefined;
  // A secret in the path (invitation, team invitation, join link, unsubscribe): what a guesser would try.
  if (/:token\b/.test(route.path)) return 'sign-in';
  return 'anonymous';
}

/**
 * Per-address limits on every route a caller reaches without a token, derived from the registry so a
 * new anonymous route is limited the day it is declared: the routes that take a secret token (accepting
 * an invitation sets a password; a join link creates an account) get the tight `sign-in` limit, shared
 * by all of them; the others (settings, logos, public pages) a looser one.
 */
export function anonymousRateLimits(
  routes: readonly Pick<AnyRoute, 'access' | 'path' | 'method'>[],
  limits: { signInPerMinute: number; anonymousPerMinute: number; now?: () => number },
): Router {
  const signIn = addressRateLimit({
    perMinute: limits.signInPerMinute,
    reason: 'sign_in.rate_limited',
    detail: (seconds) => `Too many attempts from this address: try again in ${seconds} s`,
    ...(limits.now ? { now: limits.now } : {}),
  });
  const anonymous = addressRateLimit({
    perMinute: limits.anonymousPerMinute,
    reason: 'anonymous.rate_limited',
    detail: (seconds) => `Too many requests from this address: try again in ${seconds} s`,
    ...(limits.now ? { now: limits.now } : {}),
  });
  const router = express.Router();
  for (const route of routes) {
    const limit = anonymousLimitOf(route);
    if (limit) router[route.method](route.path, limit === 'sign-in' ? signIn : anonymous);
  }
  return router;
}
