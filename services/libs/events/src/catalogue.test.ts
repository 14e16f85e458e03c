import { randomUUID } from 'node:crypto';
import {
  eventCatalogue,
  eventSchemas,
  producedEvents,
  producerSchemas,
  supersededEvents,
  type EnvelopeFields,
  type EventDefinition,
} from './index.js';

function envelopeOf(
  definition: EventDefinition,
  data: unknown,
  version = definition.version,
): EnvelopeFields {
  return {
    id: randomUUID(),
    type: definition.type,
    version,
    tenantId: 'tenant-1',
    occurredAt: new Date().toISOString(),
    producer: definition.producer,
    subject: 'subject-1',
    correlationId: 'correlation-1',
    data,
  };
}

describe('the event catalogue', () => {
  it('declares each type and version once, named <service>.<entity>.<past-tense verb>', () => {
    const keys = eventCatalogue.map((definition) => `${definition.type}@${definition.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const definition of eventCatalogue) {
      expect(definition.type).toMatch(/^[a-z]+\.[a-z_]+\.[a-z_]+$/);
      expect(definition.version).toBeGreaterThanOrEqual(1);
      expect(definition.description.length).toBeGreaterThan(10);
      expect(definition.subject).not.toBe('');
    }
  });

  it('files every type under the service named by its first segment', () => {
    for (const [producer, definitions] of Object.entries(producedEvents))
      for (const definition of definitions) {
        expect(definition.producer).toBe(producer);
        expect(definition.type.split('.')[0]).toBe(producer);
      }
  });

  it.each(
    eventCatalogue.map((definition) => [`${definition.type} v${definition.version}`, definition] as const),
  )('%s: its example parses, through the consumers’ and its producer’s registry', (_name, definition) => {
    const envelope = envelopeOf(definition, definition.example);
    const check = eventSchemas.parse(envelope);
    expect(check).toEqual({ success: true, event: envelope });
    // A superseded version is still read by consumers, but its producer no longer writes it.
    const current = !(supersededEvents as readonly EventDefinition[]).includes(definition);
    expect(producerSchemas(definition.producer).parse(envelope).success).toBe(current);
  });

  it('refuses a payload missing a field, saying which', () => {
    const [clientCreated] = producedEvents.crm;
    const { name: _name, ...withoutName } = clientCreated.example;
    const check = eventSchemas.parse(envelopeOf(clientCreated, withoutName));
    expect(check.success).toBe(false);
    if (!check.success) expect(check.reason).toMatch(/^crm\.client\.created v1: name: /);
  });

  it('refuses wrong types and nested mistakes with their path', () => {
    const [messagePosted] = producedEvents.messaging;
    const check = eventSchemas.parse(
      envelopeOf(messagePosted, {
        ...messagePosted.example,
        author: { ...messagePosted.example.author, kind: 'robot' },
      }),
    );
    expect(check.success).toBe(false);
    if (!check.success) expect(check.reason).toContain('author.kind');
  });

  it('refuses an unknown version and an unknown type', () => {
    const [invoiceIssued] = producedEvents.billing;
    const unknownVersion = eventSchemas.parse(envelopeOf(invoiceIssued, invoiceIssued.example, 9));
    expect(unknownVersion).toEqual({
      success: false,
      reason: 'billing.invoice.issued has no version 9 (known: v1)',
    });
    const unknownType = eventSchemas.parse({
      ...envelopeOf(invoiceIssued, {}),
      type: 'billing.invoice.lost',
    });
    expect(unknownType).toEqual({
      success: false,
      reason: 'billing.invoice.lost is not in the event catalogue',
    });
  });

  it('gives each producer only its own types, at their current version', () => {
    const crm = producerSchemas('crm');
    expect(crm.currentVersion('crm.client.created')).toBe(1);
    expect(crm.currentVersion('billing.invoice.issued')).toBeUndefined();
    const [invoiceIssued] = producedEvents.billing;
    expect(crm.parse(envelopeOf(invoiceIssued, invoiceIssued.example)).success).toBe(false);
  });

  it('drops keys the schema does not know, so a producer cannot leak extra fields', () => {
    const [workspaceCreated] = producedEvents.portal;
    const check = eventSchemas.parse(
      envelopeOf(workspaceCreated, { ...workspaceCreated.example, internalNote: 'not for the bus' }),
    );
    expect(check.success && check.event.data).toEqual(workspaceCreated.example);
  });
});
