import { addressRateLimit } from '../../http/rate-limit.js';

/**
 * A fixed one-minute window per client address for the public (unauthenticated) routes under
 * /api/public: they render nothing but do read the store and hash uploads, so a script cannot hammer
 * them. In memory, per gateway replica (see addressRateLimit).
 */
export function publicRateLimit(perMinute: number, now: () => number = Date.now) {
  return addressRateLimit({
    perMinute,
    now,
    reason: 'public.rate_limited',
    detail: (seconds) => `Too many verification requests from this address: try again in ${seconds} s`,
  });
}
