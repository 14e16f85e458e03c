import { z } from 'zod';

// This package is imported by the services, the gateway AND the browser: it depends on zod only.

/**
 * The envelope's fields, as the kit's envelope schema (services/libs/kit/src/events/envelope.ts)
 * validates them. Kept as a plain type here so that the browser never loads the kit; the compiler
 * holds the two together, since every typed event must be assignable to the kit's envelope where a
 * service hands the catalogue to its runtime.
 */
export interface EnvelopeFields {
  id: string;
  type: string;
  version: number;
  tenantId: string;
  occurredAt: string;
  producer: string;
  subject: string;
  correlationId: string;
  /** The producer's W3C trace context, when it traces (docs/operations.md). */
  traceparent?: string;
  data: unknown;
}

/** An envelope whose data has been checked against the schema of its type and version. */
export type TypedEnvelope<Type extends string, Version extends number, Data> = Omit<
  EnvelopeFields,
  'type' | 'version' | 'data'
> & { type: Type; version: Version; data: Data };

export type EventCheck<Event> = { success: true; event: Event } | { success: false; reason: string };

/** One event type at one version: who publishes it, what it means, and the schema of its data. */
export interface EventDefinition<
  Type extends string = string,
  Version extends number = number,
  Producer extends string = string,
  Schema extends z.ZodType = z.ZodType,
> {
  type: Type;
  version: Version;
  /** The owning service; it publishes on `<producer>.events`. */
  producer: Producer;
  /** What the envelope's subject (the Kafka key) is for this type. */
  subject: string;
  description: string;
  /** Who reads it today, and what for (documentation only). */
  consumers: string[];
  schema: Schema;
  /** A realistic payload: documents the type and proves the schema accepts what producers write. */
  example: z.input<Schema>;
  /** Checks an envelope of this type and version; the typed event, or the schema's issues. */
  parse(envelope: EnvelopeFields): EventCheck<TypedEnvelope<Type, Version, z.output<Schema>>>;
}

/** The typed envelope of a definition (distributes over a union of definitions). */
export type EventOf<Definition> =
  Definition extends EventDefinition<infer Type, infer Version, string, infer Schema>
    ? TypedEnvelope<Type, Version, z.output<Schema>>
    : never;

/** The zod issues, summarised in one line: `path: message; path: message`. */
export function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(data)'}: ${issue.message}`)
    .join('; ');
}

export function defineEvent<
  const Type extends string,
  const Version extends number,
  const Producer extends string,
  Schema extends z.ZodType,
>(
  definition: Omit<EventDefinition<Type, Version, Producer, Schema>, 'parse'>,
): EventDefinition<Type, Version, Producer, Schema> {
  return {
    ...definition,
    parse(envelope) {
      if (envelope.type !== definition.type || envelope.version !== definition.version)
        return {
          success: false,
          reason: `expected ${definition.type} v${definition.version}, got ${envelope.type} v${envelope.version}`,
        };
      const result = definition.schema.safeParse(envelope.data);
      if (!result.success)
        return {
          success: false,
          reason: `${definition.type} v${definition.version}: ${summarizeIssues(result.error)}`,
        };
      return {
        success: true,
        event: { ...envelope, type: definition.type, version: definition.version, data: result.data },
      };
    },
  };
}

/** Field helpers shared by the schemas, so a rule (an id, an instant) is written once. */
export const fields = {
  id: () => z.string().min(1),
  instant: () => z.iso.datetime().describe('RFC 3339 UTC instant'),
  /** A calendar day, YYYY-MM-DD. */
  day: () => z.iso.date().describe('a calendar day, YYYY-MM-DD'),
  /** The services validate addresses themselves; the contract only refuses what is plainly not one. */
  email: () => z.string().regex(/^[^@\s]+@[^@\s]+$/, 'an e-mail address'),
  /** Integer minor units of a currency (cents): money is never a float. */
  amountMinor: () => z.number().int().describe('integer minor units (cents)'),
  currency: () => z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
};
