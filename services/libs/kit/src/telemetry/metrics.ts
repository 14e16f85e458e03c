import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from 'pino';

/** Seconds: from a cached read (1 ms) to a slow export (10 s). */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One consumer's lag by partition, or one outbox's backlog, read when Prometheus scrapes. */
export type LagSource = () => Promise<{ group: string; topic: string; partition: number; lag: number }[]>;
export type BacklogSource = () => Promise<{ collection: string; documents: number }[]>;

/**
 * The metrics of one deployable (a service or the gateway), in its own registry: in tests several
 * services share a process, and each must answer for itself. Names follow the Prometheus conventions
 * (base units, `_total` counters) and the usual gRPC/HTTP exporters' labels, so stock dashboards fit.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly grpcServerHandled: Counter<'grpc_service' | 'grpc_method' | 'grpc_code'>;
  readonly grpcServerDuration: Histogram<'grpc_service' | 'grpc_method'>;
  readonly grpcClientHandled: Counter<'grpc_service' | 'grpc_method' | 'grpc_code'>;
  readonly grpcClientDuration: Histogram<'grpc_service' | 'grpc_method'>;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly eventsConsumed: Counter<'topic' | 'type' | 'outcome'>;
  readonly eventDuration: Histogram<'type'>;
  readonly eventsPublished: Counter<'topic'>;
  readonly eventsDeadLettered: Counter<'topic'>;
  private readonly lagSources = new Set<LagSource>();
  private readonly backlogSources = new Set<BacklogSource>();
  private readonly gaugeSources = new Map<string, () => number>();

  constructor(readonly service: string) {
    const registers = [this.registry];
    // Every series names its deployable (several share a process in tests; Prometheus adds the pod).
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const counter = <Label extends string>(name: string, help: string, labelNames: Label[]) =>
      new Counter<Label>({ name, help, labelNames, registers });
    const histogram = <Label extends string>(name: string, help: string, labelNames: Label[]) =>
      new Histogram<Label>({ name, help, labelNames, buckets: DURATION_BUCKETS, registers });
    const grpcCode = ['grpc_service', 'grpc_method', 'grpc_code'] as const;
    const grpcMethod = ['grpc_service', 'grpc_method'] as const;

    this.grpcServerHandled = counter(
      'grpc_server_handled_total',
      'gRPC calls this process answered, by method and status code',
      [...grpcCode],
    );
    this.grpcServerDuration = histogram(
      'grpc_server_handling_seconds',
      'Time from receiving a gRPC call to answering it',
      [...grpcMethod],
    );
    this.grpcClientHandled = counter(
      'grpc_client_handled_total',
      'gRPC calls this process made to other services, by method and status code',
      [...grpcCode],
    );
    this.grpcClientDuration = histogram(
      'grpc_client_handling_seconds',
      'Time a gRPC call to another service took, answer or error',
      [...grpcMethod],
    );
    this.httpRequests = counter(
      'http_requests_total',
      'HTTP requests answered, by route pattern and status',
      ['method', 'route', 'status'],
    );
    this.httpDuration = histogram(
      'http_request_duration_seconds',
      'Time from receiving an HTTP request to finishing its response',
      ['method', 'route'],
    );
    this.eventsConsumed = counter(
      'events_consumed_total',
      'Events handled by this service: applied, skipped (already processed), retried, dead-lettered',
      ['topic', 'type', 'outcome'],
    );
    this.eventDuration = histogram(
      'event_handling_seconds',
      'Time one event took to handle, retries included',
      ['type'],
    );
    this.eventsPublished = counter(
      'outbox_events_published_total',
      'Events the outbox relay published to Kafka',
      ['topic'],
    );
    this.eventsDeadLettered = counter(
      'events_dead_lettered_total',
      'Events sent to this service’s dead-letter topic',
      ['topic'],
    );

    /** A gauge whose series are read from every registered source at scrape time (a failing source adds none). */
    const sourcedGauge = <Label extends string, Reading>(
      name: string,
      help: string,
      labelNames: Label[],
      sources: Set<() => Promise<Reading[]>>,
      series: (reading: Reading) => [Record<Label, string>, number],
    ) =>
      new Gauge<Label>({
        name,
        help,
        labelNames,
        registers,
        async collect() {
          this.reset();
          const readings = await Promise.all([...sources].map((source) => source().catch(() => [])));
          for (const reading of readings.flat()) this.set(...series(reading));
        },
      });
    sourcedGauge(
      'kafka_consumer_lag',
      'Messages published but not yet consumed, by consumer group, topic and partition (read at scrape)',
      ['group', 'topic', 'partition'],
      this.lagSources,
      (reading) => [
        { group: reading.group, topic: reading.topic, partition: String(reading.partition) },
        reading.lag,
      ],
    );
    sourcedGauge(
      'outbox_backlog_documents',
      'Documents whose outbox still holds events not yet published, by collection (read at scrape)',
      ['collection'],
      this.backlogSources,
      (reading) => [{ collection: reading.collection }, reading.documents],
    );
  }

  /** Adds a consumer's lag to the scrape; returns its removal (on stop). */
  addLagSource(source: LagSource): () => void {
    this.lagSources.add(source);
    return () => this.lagSources.delete(source);
  }

  /** Adds an outbox's backlog to the scrape; returns its removal (on stop). */
  addBacklogSource(source: BacklogSource): () => void {
    this.backlogSources.add(source);
    return () => this.backlogSources.delete(source);
  }

  /** A gauge read at scrape time (live connections); a second call with the same name replaces the reader. */
  gauge(name: string, help: string, read: () => number): void {
    const known = this.gaugeSources.has(name);
    this.gaugeSources.set(name, read);
    if (known) return;
    const sources = this.gaugeSources;
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(sources.get(name)?.() ?? 0);
      },
    });
  }
}

/** One registry per deployable name for the life of the process (a restarted service keeps its counters). */
const metricsByService = new Map<string, ServiceMetrics>();

export function metricsFor(service: string): ServiceMetrics {
  let metrics = metricsByService.get(service);
  if (!metrics) {
    metrics = new ServiceMetrics(service);
    metricsByService.set(service, metrics);
  }
  return metrics;
}

/** The metrics of the service whose request or event is being handled, if any. */
export function knownMetricsFor(service: string | undefined): ServiceMetrics | undefined {
  return service === undefined ? undefined : metricsByService.get(service);
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text format) on its own port, apart from the API: the port is
 * scraped inside the cluster and never exposed through the ingress. 0 binds a free port (tests).
 */
export async function serveMetrics(options: {
  host: string;
  port: number;
  metrics: ServiceMetrics;
  logger: Logger;
}): Promise<MetricsServer> {
  const { registry } = options.metrics;
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: scrape /metrics\n');
      return;
    }
    registry.metrics().then(
      (text) => {
        response.writeHead(200, { 'content-type': registry.contentType }).end(text);
      },
      (error: unknown) => {
        options.logger.warn({ err: error }, 'metrics scrape failed');
        response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  options.logger.info({ port }, 'metrics served on /metrics');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
