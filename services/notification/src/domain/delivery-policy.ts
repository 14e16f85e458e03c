import { createHash } from 'node:crypto';
import type { Channel } from './notification.js';

/**
 * The id of the one notification of an event to one recipient on one channel. It is derived from
 * that triple, so every replica and every redelivery of the event computes the same id: inserting it
 * is the claim (FerretDB's unique `_id` is atomic across replicas, its conditional updates are not).
 * Shaped like a UUID (hex of a SHA-256) so it travels wherever an id does.
 */
export function deliveryId(
  tenantId: string,
  sourceEventId: string,
  channel: Channel,
  recipient: string,
): string {
  const hex = createHash('sha256')
    .update(`${tenantId}\u0000${sourceEventId}\u0000${channel}\u0000${recipient}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** How often and how patiently a failing delivery is tried again. */
export interface RetryPolicy {
  /** Attempts in all, the first included; after the last one the notification is failed. */
  maxAttempts: number;
  /** The wait after the first failure; it doubles after each further one. */
  firstDelayMs: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
}

/**
 * When the attempt after attempt `attempt` (1-based) is due, or undefined when that was the last one:
 * exponential backoff (first delay, doubled each time, capped) so a server that is down is not hammered.
 */
export function nextAttemptAt(policy: RetryPolicy, attempt: number, now: Date): Date | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const delay = Math.min(policy.firstDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return new Date(now.getTime() + delay);
}
