import { createServer, type Server } from 'node:http';
import { eventually, passwordToken } from '@client-portal/testing';
import { Api } from './support/http.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

/** What the OTLP/HTTP JSON exporter sends (only the fields this test reads). */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string;
}

/** OTLP span kinds (the protocol's enum: 0 unspecified, 1 internal, …). */
const SERVER = 2;
const CLIENT = 3;
const CONSUMER = 5;

/**
 * A collector in miniature: decodes what the services' real OTLP/HTTP exporters post to /v1/traces
 * and keeps every span with the service.name of its resource.
 */
async function startReceiver(): Promise<{ server: Server; url: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces' && request.headers['content-type']?.includes('json')) {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service =
            resourceSpans.resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value
              .stringValue ?? '?';
          for (const scope of resourceSpans.scopeSpans ?? [])
            for (const span of scope.spans ?? []) spans.push({ ...span, service });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}`, spans };
}

/**
 * Observability (issue #14, deliverable 6): one request's trace runs from the gateway through two
 * services' gRPC servers and on, through the event's envelope, into another service's consumer; and
 * every process answers /metrics with its request, error, duration, lag and backlog series.
 */
describe('traces and metrics', () => {
  let platform: Platform;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let api: Api;

  beforeAll(async () => {
    receiver = await startReceiver();
    platform = await Platform.start({
      environment: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, METRICS_PORT: '0' },
    });
    const agency = await createTenant(platform, { name: 'Traced Agency' });
    api = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
    receiver.server.close();
  });

  it('follows one request from the gateway through two services and into a consumer', async () => {
    const created = await api.post<{ id: string }>('/clients', { name: 'Traced Client Co' });
    expect(created.status).toBe(201);
    const traceOf = (): ReceivedSpan[] | undefined => {
      // The gateway's span of this very request (its route pattern names it) roots the trace.
      const root = receiver.spans.find(
        (span) => span.service === 'gateway' && span.kind === SERVER && span.name === 'POST /api/clients',
      );
      return root && receiver.spans.filter((span) => span.traceId === root.traceId);
    };
    const trace = await eventually(
      () => Promise.resolve(traceOf() ?? []),
      (spans) =>
        new Set(
          spans.filter((span) => span.kind === SERVER && span.service !== 'gateway').map((s) => s.service),
        ).size >= 2 && spans.some((span) => span.kind === CONSUMER),
      60_000,
    );
    const services = new Set(trace.map((span) => span.service));
    expect(services.has('gateway')).toBe(true);
    // identity resolves the caller, crm creates the client: both serve a span of this trace.
    const served = trace.filter((span) => span.kind === SERVER && span.service !== 'gateway');
    expect(new Set(served.map((span) => span.service))).toEqual(expect.objectContaining(new Set(['crm'])));
    expect(served.map((span) => span.name)).toContain('client_portal.crm.v1.CrmService/CreateClient');
    // Every span but the root hangs off another span of the same trace: nothing starts a trace anew.
    const ids = new Set(trace.map((span) => span.spanId));
    const roots = trace.filter((span) => !span.parentSpanId || !ids.has(span.parentSpanId));
    expect(roots.map((span) => `${span.service} ${span.name}`)).toEqual(['gateway POST /api/clients']);
    // The consumer continued crm's server span (the envelope's traceparent), in another service.
    const consumer = trace.find(
      (span) => span.kind === CONSUMER && span.name.startsWith('crm.client.created'),
    );
    expect(consumer).toBeDefined();
    const createClient = served.find((span) => span.name.endsWith('/CreateClient'));
    expect(consumer?.parentSpanId).toBe(createClient?.spanId);
    expect(trace.some((span) => span.kind === CLIENT && span.service === 'gateway')).toBe(true);
  }, 120_000);

  it('serves Prometheus metrics on every process', async () => {
    const scrape = async (port: number): Promise<string> => {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      return response.text();
    };
    expect(platform.gateway.metricsPort).toBeGreaterThan(0);
    const gateway = await scrape(platform.gateway.metricsPort);
    expect(gateway).toMatch(/http_requests_total\{[^}]*method="POST",route="\/api\/clients",status="201"/);
    expect(gateway).toMatch(/http_request_duration_seconds_bucket\{/);
    expect(gateway).toMatch(/grpc_client_handled_total\{[^}]*grpc_method="CreateClient"[^}]*grpc_code="OK"/);
    expect(gateway).toMatch(/^live_connections\{service="gateway"\} 0$/m);
    expect(gateway).toMatch(/process_resident_memory_bytes/);
    const crm = await scrape(platform.runtimes.get('crm')?.metricsPort ?? 0);
    expect(crm).toMatch(/grpc_server_handled_total\{[^}]*grpc_method="CreateClient",grpc_code="OK"/);
    expect(crm).toMatch(/grpc_server_handling_seconds_count\{[^}]*grpc_method="CreateClient"/);
    expect(crm).toMatch(/outbox_backlog_documents\{[^}]*collection="clients"/);
    expect(crm).toMatch(/outbox_events_published_total\{[^}]*topic="[^"]*crm\.events"/);
    // Every consumer's lag, per partition, read from Kafka at scrape time.
    expect(crm).toMatch(/kafka_consumer_lag\{[^}]*group="[^"]*crm"/);
    const notFound = await fetch(`http://127.0.0.1:${platform.gateway.metricsPort}/other`);
    expect(notFound.status).toBe(404);
  }, 60_000);
});
