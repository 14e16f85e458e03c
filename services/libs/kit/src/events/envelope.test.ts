import { createEnvelope, MalformedEventError, parseEnvelope } from './envelope.js';

describe('event envelope', () => {
  const envelope = createEnvelope(
    'billing',
    { type: 'billing.invoice.issued', tenantId: 't1', subject: 'inv-1', data: { number: 'INV-0001' } },
    'corr-1',
  );

  it('carries identity, type, version, tenant, time, producer, subject and correlation', () => {
    expect(envelope).toMatchObject({
      type: 'billing.invoice.issued',
      version: 1,
      tenantId: 't1',
      producer: 'billing',
      subject: 'inv-1',
      correlationId: 'corr-1',
      data: { number: 'INV-0001' },
    });
    expect(envelope.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(envelope.occurredAt)).not.toBeNaN();
  });

  it('round-trips through JSON', () => {
    expect(parseEnvelope(Buffer.from(JSON.stringify(envelope)))).toEqual(envelope);
  });

  it('rejects what is not an envelope, saying why', () => {
    expect(() => parseEnvelope(null)).toThrow(MalformedEventError);
    expect(() => parseEnvelope('{oops')).toThrow(/not JSON/);
    expect(() => parseEnvelope(JSON.stringify({ ...envelope, type: 'InvoiceIssued' }))).toThrow(/type/);
    expect(() => parseEnvelope(JSON.stringify({ ...envelope, tenantId: '' }))).toThrow(/tenantId/);
  });
});
