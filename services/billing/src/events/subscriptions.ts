import { eventSchemas, type CatalogueEvent, type EventRegistry } from '@client-portal/events';
import type { EventHandlers } from '@client-portal/kit';

/**
 * What billing consumes, in one place: nothing yet. Payments and accepted quotes will arrive here;
 * an empty subscription keeps the wiring in place.
 */
export function billingSubscriptions(): {
  topics: string[];
  schemas: EventRegistry<CatalogueEvent>;
  handlers: EventHandlers<CatalogueEvent>;
} {
  return { topics: [], schemas: eventSchemas, handlers: {} };
}
