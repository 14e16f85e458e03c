import { startOtlpReceiver } from '@client-portal/testing';
import { SpanKind } from '@opentelemetry/api';
import { endSpan, startSpan, startTracing, tracingEnabled } from './tracing.js';

describe('tracing', () => {
  it('records nothing when no endpoint is configured', async () => {
    const stop = await startTracing({ service: 'untraced', endpoint: '' });
    expect(tracingEnabled('untraced')).toBe(false);
    expect(startSpan('untraced', 'GET /x', { kind: SpanKind.SERVER })).toBeUndefined();
    await stop();
  });

  it('exports the spans of a traced service as OTLP/HTTP JSON, flushed on shutdown', async () => {
    const collector = await startOtlpReceiver();
    try {
      const stop = await startTracing({ service: 'traced', endpoint: `${collector.url}/` });
      const started = startSpan('traced', 'POST /api/clients', { kind: SpanKind.SERVER });
      expect(started).toBeDefined();
      endSpan(started?.span);
      await stop();
      expect(tracingEnabled('traced')).toBe(false);
      expect(collector.received).toHaveLength(1);
      const [line] = collector.received;
      expect(line).toMatch(/^\/v1\/traces application\/json /);
      expect(line).toContain('"stringValue":"traced"');
      expect(line).toContain('"name":"POST /api/clients"');
    } finally {
      await collector.close();
    }
  });
});
