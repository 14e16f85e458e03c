import type { NextFunction, Request, Response } from 'express';
import { currentCorrelationId } from '@client-portal/kit';

/**
 * A fixed one-minute window per client address for the public (unauthenticated) acceptance routes:
 * they render nothing but do read the store and hash uploads, so a script cannot hammer them. In
 * memory, per gateway replica: the limit is per replica, which is enough to blunt abuse (a shared
 * limiter would need a store the platform does not have).
 */
export function publicRateLimit(perMinute: number, now: () => number = Date.now) {
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
    if (window.count <= perMinute) {
      next();
      return;
    }
    const retryAfter = Math.max(1, Math.ceil((window.startedAt + 60_000 - at) / 1000));
    response.setHeader('retry-after', String(retryAfter));
    response
      .status(429)
      .type('application/problem+json')
      .send(
        JSON.stringify({
          type: 'https://client-portal.dev/problems/too-many-requests',
          title: 'Too many requests',
          status: 429,
          detail: `Too many verification requests from this address: try again in ${retryAfter} s`,
          code: 'UNAVAILABLE',
          reason: 'public.rate_limited',
          correlationId: currentCorrelationId(),
        }),
      );
  };
}
