import { eventSchemas, type CatalogueEvent } from '@client-portal/events';
import type { EventSubscriptions } from '@client-portal/kit';

/**
 * What billing consumes, in one place: nothing yet. Payments and accepted quotes will arrive here;
 * an empty subscription keeps the wiring in place.
 */
export function billingSubscriptions(): EventSubscriptions<CatalogueEvent> {
  return { topics: [], schemas: eventSchemas, handlers: {} };
}
