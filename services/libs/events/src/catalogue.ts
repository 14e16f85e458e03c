import { billingEvents } from './billing.events.js';
import { crmEvents } from './crm.events.js';
import type { EnvelopeFields, EventCheck, EventDefinition, EventOf } from './define.js';
import { identityEvents, identitySupersededEvents } from './identity.events.js';
import { messagingEvents } from './messaging.events.js';
import { notificationEvents } from './notification.events.js';
import { inboxEvents } from './inbox.events.js';
import { portalEvents } from './portal.events.js';

/**
 * Every event type at the version its producer writes today, by producer. A breaking change to a
 * payload is a new version: the producer's list gets the new definition, and the old one moves to
 * `supersededEvents`, where consumers still find it for as long as topics may hold such events.
 */
export const producedEvents = {
  identity: identityEvents,
  crm: crmEvents,
  portal: portalEvents,
  billing: billingEvents,
  messaging: messagingEvents,
  // Issue 12, inbox slice: the in-app notifications' events, alongside the e-mail log's.
  notification: [...notificationEvents, ...inboxEvents],
} as const;

/** Older versions that consumers still read. */
export const supersededEvents = [...identitySupersededEvents] as const;

export type Producer = keyof typeof producedEvents;
type CurrentDefinition = (typeof producedEvents)[Producer][number];
// Superseded versions join the union here.
type CatalogueDefinition = CurrentDefinition | (typeof supersededEvents)[number];

/** The whole catalogue: every type at every version still readable, current ones first. */
export const eventCatalogue: readonly CatalogueDefinition[] = [
  ...Object.values(producedEvents).flat(),
  ...supersededEvents,
];

/** Any event a consumer may read, typed by its type and version. */
export type CatalogueEvent = EventOf<CatalogueDefinition>;
export type EventType = CatalogueEvent['type'];
/** The events of one type, at every version still readable. */
export type EventOfType<Type extends EventType> = Extract<CatalogueEvent, { type: Type }>;
/** What a service writes today. */
export type ProducedEvent = EventOf<CurrentDefinition>;
/** What one service writes today. */
export type ProducedBy<Name extends Producer> = EventOf<(typeof producedEvents)[Name][number]>;
/** The data of one type as producers write it today. */
export type EventData<Type extends EventType> = Extract<ProducedEvent, { type: Type }>['data'];

/** The kit's schema lookup (EventSchemaRegistry), met structurally so the kit stays out of the browser. */
export interface EventRegistry<Event> {
  currentVersion(type: string): number | undefined;
  parse(envelope: EnvelopeFields): EventCheck<Event>;
}

/** A lookup over some definitions: by type for the current version, by type and version for checks. */
export function registryOf<const Definitions extends readonly EventDefinition[]>(
  definitions: Definitions,
  superseded: readonly EventDefinition[] = [],
): EventRegistry<EventOf<Definitions[number]>> {
  const current = new Map(definitions.map((definition) => [definition.type, definition.version]));
  const byKey = new Map(
    [...definitions, ...superseded].map((definition) => [
      `${definition.type}@${definition.version}`,
      definition,
    ]),
  );
  return {
    currentVersion: (type) => current.get(type),
    parse(envelope) {
      const definition = byKey.get(`${envelope.type}@${envelope.version}`);
      if (!definition) {
        const known = [...byKey.values()].filter((candidate) => candidate.type === envelope.type);
        return {
          success: false,
          reason:
            known.length === 0
              ? `${envelope.type} is not in the event catalogue`
              : `${envelope.type} has no version ${envelope.version} (known: ${known.map((candidate) => `v${candidate.version}`).join(', ')})`,
        };
      }
      // The definition found checks that type and version and returns its own typed event, a pairing
      // TypeScript cannot follow through the map; hence the one widening, inside the catalogue only.
      return definition.parse(envelope) as EventCheck<EventOf<Definitions[number]>>;
    },
  };
}

/** What consumers validate against: every type at every version still readable. */
export const eventSchemas: EventRegistry<CatalogueEvent> = registryOf(
  Object.values(producedEvents).flat(),
  supersededEvents,
);

/** What each producer's outbox writes through: only its own types, at their current version. */
export function producerSchemas<Name extends Producer>(producer: Name): EventRegistry<ProducedBy<Name>> {
  return registryOf(producedEvents[producer]);
}
