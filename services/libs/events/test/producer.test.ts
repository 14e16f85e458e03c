import { EventOutbox, InvalidEventError, type EventEnvelope, type NewEventOf } from '@client-portal/kit';
import { producedEvents, producerSchemas, type ProducedBy } from '../src/index.js';

describe('producers write through the catalogue', () => {
  const outbox = new EventOutbox('crm', 'crm.events', producerSchemas('crm'));
  const [clientCreated] = producedEvents.crm;

  it("stamps the type's current version and keeps only the schema's fields", () => {
    // A domain object with more than the contract carries (no excess-property check on a variable).
    const client = { ...clientCreated.example, internalNote: 'stays home' };
    const entry = outbox.entry({
      type: 'crm.client.created',
      tenantId: 't1',
      subject: client.clientId,
      data: client,
    });
    const envelope = JSON.parse(entry.envelope) as EventEnvelope;
    expect(envelope).toMatchObject({ type: 'crm.client.created', version: 1, producer: 'crm' });
    expect(envelope.data).toEqual(clientCreated.example);
  });

  it('refuses a payload its schema refuses, saying what is wrong', () => {
    // What a producer with a bug would pass: the compiler refuses it, so it arrives here from untyped code.
    const missingName: unknown = { ...clientCreated.example, name: undefined };
    const event = {
      type: 'crm.client.created',
      tenantId: 't1',
      subject: 'c1',
      data: missingName,
    } satisfies NewEventOf<EventEnvelope>;
    const untyped = new EventOutbox<EventEnvelope>('crm', 'crm.events', {
      currentVersion: (type) => producerSchemas('crm').currentVersion(type),
      parse: (envelope) => producerSchemas('crm').parse(envelope),
    });
    expect(() => untyped.entry(event)).toThrow(InvalidEventError);
    expect(() => untyped.entry(event)).toThrow(
      /Invalid crm\.client\.created event: crm\.client\.created v1: name: /,
    );
  });

  it("refuses another service's type: a producer writes only its own", () => {
    const foreign: NewEventOf<ProducedBy<'billing'>> = {
      type: 'billing.invoice.issued',
      tenantId: 't1',
      subject: 'i1',
      data: producedEvents.billing[0].example,
    };
    const untyped = new EventOutbox<EventEnvelope>('crm', 'crm.events', {
      currentVersion: (type) => producerSchemas('crm').currentVersion(type),
      parse: (envelope) => producerSchemas('crm').parse(envelope),
    });
    expect(() => untyped.entry(foreign)).toThrow(
      'Invalid billing.invoice.issued event: the event catalogue has no such type',
    );
  });
});
