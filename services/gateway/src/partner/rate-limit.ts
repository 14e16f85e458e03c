import * as grpc from '@grpc/grpc-js';
import { PartnerError } from './errors.js';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Per-application rate limits: a token bucket holding a minute's allowance, refilled continuously, so a
 * partner may burst up to its limit and then proceeds at its steady rate. Each gateway replica keeps its
 * own buckets (docs/partner-api.md: with N replicas behind a balancer an application gets up to N times
 * its limit in the worst case; the limit protects the services, not billing).
 */
export class PartnerRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one call's token, or throws RESOURCE_EXHAUSTED with RetryInfo (when the next token comes). */
  take(applicationId: string, perMinute: number): void {
    const now = this.now();
    const rate = perMinute / 60_000;
    const bucket = this.buckets.get(applicationId) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(applicationId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return;
    }
    const retryAfterMs = Math.ceil((1 - bucket.tokens) / rate);
    throw new PartnerError(
      grpc.status.RESOURCE_EXHAUSTED,
      `Rate limit of ${perMinute} calls per minute reached; retry in ${Math.ceil(retryAfterMs / 1000)} s`,
      'RATE_LIMITED',
      retryAfterMs,
      { limit_per_minute: String(perMinute) },
    );
  }
}
