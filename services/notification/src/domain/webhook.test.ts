import { eventCatalogue, type CatalogueEvent } from '@client-portal/events';
import { DomainError } from '@client-portal/kit';
import {
  nextAttemptAt,
  publicEventOf,
  validateEndpoint,
  verifyWebhookSignature,
  webhookSignature,
  WEBHOOK_SOURCE_TYPES,
} from './webhook.js';

/** The catalogue's own example of a type, as a consumer would read it. */
function exampleOf(type: string, data: Record<string, unknown> = {}): CatalogueEvent {
  const definition = eventCatalogue.find((entry) => entry.type === type);
  if (!definition) throw new Error(`no ${type}`);
  return {
    id: '11111111-2222-4333-8444-555555555555',
    type,
    version: definition.version,
    tenantId: 'tenant-1',
    occurredAt: '2026-11-30T10:00:00.000Z',
    producer: definition.producer,
    subject: 's',
    correlationId: 'c',
    data: definition.schema.parse({ ...(definition.example as object), ...data }) as unknown,
  } as CatalogueEvent;
}

function violationFields(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.violations.map((violation) => violation.field);
    throw error;
  }
  return [];
}

describe('webhook payloads', () => {
  it('maps every source type to a public event carrying the source event id', () => {
    for (const type of WEBHOOK_SOURCE_TYPES) {
      const event = publicEventOf(exampleOf(type, { clientVisible: true }));
      expect(event).toMatchObject({ id: '11111111-2222-4333-8444-555555555555', tenant_id: 'tenant-1' });
    }
  });

  it('never sends internal fields', () => {
    const updated = publicEventOf(exampleOf('crm.client.updated'));
    expect(JSON.stringify(updated)).not.toMatch(/owner|changedBy|changed_by/);
    const paid = publicEventOf(exampleOf('billing.payment.recorded'));
    expect(JSON.stringify(paid)).not.toMatch(/receipt|@/);
    const message = publicEventOf(exampleOf('messaging.message.posted'));
    expect(JSON.stringify(message)).not.toContain('d4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a');
  });

  it('sends no internal message, no message for part of the client, no file not shared', () => {
    expect(publicEventOf(exampleOf('messaging.message.posted', { clientVisible: false }))).toBeUndefined();
    expect(
      publicEventOf(
        exampleOf('messaging.message.posted', { clientAudience: ['d4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a'] }),
      ),
    ).toBeUndefined();
    expect(publicEventOf(exampleOf('portal.file.shared', { clientVisible: false }))).toBeUndefined();
    expect(publicEventOf(exampleOf('portal.task.created'))).toBeUndefined();
  });
});

describe('webhook signatures', () => {
  it('verifies its own signature and refuses a changed body, another secret or an old timestamp', () => {
    const now = Date.parse('2026-11-30T10:00:00Z');
    const timestamp = Math.floor(now / 1000);
    const signature = webhookSignature('whsec_a', timestamp, '{"a":1}');
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature('whsec_a', signature, String(timestamp), '{"a":1}', now)).toBe(true);
    expect(verifyWebhookSignature('whsec_a', signature, String(timestamp), '{"a":2}', now)).toBe(false);
    expect(verifyWebhookSignature('whsec_b', signature, String(timestamp), '{"a":1}', now)).toBe(false);
    expect(verifyWebhookSignature('whsec_a', signature, String(timestamp), '{"a":1}', now + 600_000)).toBe(
      false,
    );
  });
});

describe('webhook retries', () => {
  const schedule = [30_000, 120_000, 600_000];
  const first = new Date('2026-11-30T00:00:00Z');
  it('waits longer after each failure, repeating the last delay', () => {
    expect(nextAttemptAt(schedule, 1, first, first)?.getTime()).toBe(first.getTime() + 30_000);
    expect(nextAttemptAt(schedule, 2, first, first)?.getTime()).toBe(first.getTime() + 120_000);
    expect(nextAttemptAt(schedule, 9, first, first)?.getTime()).toBe(first.getTime() + 600_000);
  });
  it('gives up 24 hours after the first attempt', () => {
    const late = new Date(first.getTime() + 24 * 3_600_000 - 60_000);
    expect(nextAttemptAt(schedule, 5, first, late)).toBeUndefined();
  });
});

describe('webhook endpoint validation', () => {
  it('names each bad field', () => {
    expect(
      violationFields(() => validateEndpoint({ url: '', eventTypes: [], description: '' }, false)),
    ).toEqual(['url', 'eventTypes']);
    expect(
      violationFields(() =>
        validateEndpoint({ url: 'http://hooks.example.com', eventTypes: ['nope'], description: '' }, false),
      ),
    ).toEqual(['url', 'eventTypes[0]']);
    expect(
      violationFields(() =>
        validateEndpoint(
          { url: 'https://a:b@hooks.example.com', eventTypes: ['invoice.paid'], description: '' },
          false,
        ),
      ),
    ).toEqual(['url']);
  });
  it('accepts https, and http only where private targets are allowed', () => {
    expect(() =>
      validateEndpoint(
        { url: 'https://hooks.example.com/x', eventTypes: ['invoice.paid'], description: '' },
        false,
      ),
    ).not.toThrow();
    expect(() =>
      validateEndpoint({ url: 'http://127.0.0.1:9/x', eventTypes: ['invoice.paid'], description: '' }, true),
    ).not.toThrow();
  });
});
