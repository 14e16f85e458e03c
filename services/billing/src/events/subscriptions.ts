import type { EventHandler } from '@client-portal/kit';

/**
 * What billing consumes, in one place: nothing yet. Payments and accepted quotes will arrive here;
 * an empty subscription keeps the wiring in place.
 */
export function billingSubscriptions(): { topics: string[]; handlers: Record<string, EventHandler> } {
  return { topics: [], handlers: {} };
}
