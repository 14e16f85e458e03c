import { createServer, type Server } from 'node:http';
import { SpanKind } from '@opentelemetry/api';
import { endSpan, startSpan, startTracing, tracingEnabled } from './tracing.js';

/** A collector's OTLP/HTTP endpoint in miniature: what arrives on which path, with which content type. */
async function receiver(): Promise<{ server: Server; url: string; received: string[] }> {
  const received: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push(
        `${request.url ?? ''} ${request.headers['content-type'] ?? ''} ${Buffer.concat(chunks).toString()}`,
      );
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    server,
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    received,
  };
}

describe('tracing', () => {
  it('records nothing when no endpoint is configured', async () => {
    const stop = await startTracing({ service: 'untraced', endpoint: '' });
    expect(tracingEnabled('untraced')).toBe(false);
    expect(startSpan('untraced', 'GET /x', { kind: SpanKind.SERVER })).toBeUndefined();
    await stop();
  });

  it('exports the spans of a traced service as OTLP/HTTP JSON, flushed on shutdown', async () => {
    const collector = await receiver();
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
      collector.server.close();
    }
  });
});
