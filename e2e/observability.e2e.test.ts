import {
  eventually,
  OTLP_SPAN_KIND,
  passwordToken,
  startOtlpReceiver,
  type OtlpReceiver,
  type ReceivedSpan,
} from '@client-portal/testing';
import { Api } from './support/http.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

const { server: SERVER, client: CLIENT, consumer: CONSUMER } = OTLP_SPAN_KIND;

/**
 * Observability (issue #14, deliverable 6): one request's trace runs from the gateway through two
 * services' gRPC servers and on, through the event's envelope, into another service's consumer; and
 * every process answers /metrics with its request, error, duration, lag and backlog series.
 */
describe('traces and metrics', () => {
  let platform: Platform;
  let receiver: OtlpReceiver;
  let api: Api;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    platform = await Platform.start({
      environment: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, METRICS_PORT: '0' },
    });
    const agency = await createTenant(platform, { name: 'Traced Agency' });
    api = new Api(platform.url).as(await passwordToken(agency.owner.email, agency.owner.password));
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
    await receiver.close();
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
