import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type SpanKind,
  type Attributes,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { Logger } from 'pino';

export { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';

/** The W3C header (HTTP), metadata key (gRPC) and envelope field (events) a trace context travels in. */
export const TRACEPARENT = 'traceparent';
const TRACESTATE = 'tracestate';

export interface TracingOptions {
  service: string;
  /** The collector's OTLP/HTTP base URL (`http://collector:4318`); empty: no tracing at all. */
  endpoint: string;
  /** Share of new traces kept (a caller's sampled flag is followed); 1 keeps all. */
  sampleRatio?: number;
  logger?: Logger;
}

/** One process-wide tracer provider per service name: in tests several services share a process. */
interface ServiceTracing {
  tracer: Tracer;
  users: number;
  shutdown(): Promise<void>;
}

const tracings = new Map<string, ServiceTracing>();
const propagator = new W3CTraceContextPropagator();
let contextManagerInstalled = false;

/**
 * Starts exporting this service's spans over OTLP/HTTP (JSON) when an endpoint is configured. Without
 * one nothing is loaded and every span below is the API's no-op: the cost is a map lookup per call.
 * The SDK and the exporter are imported here, lazily, so a process that traces nothing never loads them.
 * Returns the shutdown that flushes what is still buffered.
 */
export async function startTracing(options: TracingOptions): Promise<() => Promise<void>> {
  if (!options.endpoint) return () => Promise.resolve();
  const existing = tracings.get(options.service);
  if (existing) {
    // A second replica of the service in the same process (tests) shares its provider.
    existing.users += 1;
    return () => release(options.service);
  }
  const [{ AsyncLocalStorageContextManager }, sdk, { OTLPTraceExporter }, { resourceFromAttributes }] =
    await Promise.all([
      import('@opentelemetry/context-async-hooks'),
      import('@opentelemetry/sdk-trace'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
    ]);
  if (!contextManagerInstalled) {
    // The active span follows async hops the way the kit's request context does (AsyncLocalStorage).
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    contextManagerInstalled = true;
  }
  const ratio = options.sampleRatio ?? 1;
  const provider = new sdk.TracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.service }),
    sampler: new sdk.ParentBasedSampler({
      root: ratio >= 1 ? new sdk.AlwaysOnSampler() : new sdk.TraceIdRatioBasedSampler(ratio),
    }),
    spanProcessors: [
      new sdk.BatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` }),
        // Small batches sent often: a trace is visible within a second or two, memory stays bounded.
        maxQueueSize: 2048,
        maxExportBatchSize: 256,
        scheduledDelayMillis: 1000,
      }),
    ],
  });
  tracings.set(options.service, {
    tracer: provider.getTracer('@client-portal/kit'),
    users: 1,
    shutdown: () => provider.shutdown(),
  });
  options.logger?.info({ endpoint: options.endpoint, sampleRatio: ratio }, 'tracing exported over OTLP');
  return () => release(options.service);
}

async function release(service: string): Promise<void> {
  const tracing = tracings.get(service);
  if (!tracing) return;
  tracing.users -= 1;
  if (tracing.users > 0) return;
  tracings.delete(service);
  await tracing.shutdown();
}

/** Whether this service records spans (an exporter is configured). */
export function tracingEnabled(service: string | undefined): service is string {
  return service !== undefined && tracings.has(service);
}

/** The W3C trace context of the active span, to put in outgoing metadata or an event envelope. */
export function currentTraceparent(): string | undefined {
  if (!trace.getActiveSpan()) return undefined;
  const carrier: Record<string, string> = {};
  propagator.inject(context.active(), carrier, defaultTextMapSetter);
  return carrier[TRACEPARENT];
}

/** Writes the active trace context into a carrier (HTTP headers, gRPC metadata as a record). */
export function injectTraceContext(carrier: Record<string, string>): void {
  propagator.inject(context.active(), carrier, defaultTextMapSetter);
}

/** The context a received `traceparent` (and `tracestate`) continue; the root context when absent. */
export function extractTraceContext(traceparent: unknown, tracestate?: unknown): Context {
  if (typeof traceparent !== 'string') return ROOT_CONTEXT;
  const carrier: Record<string, string> = { [TRACEPARENT]: traceparent };
  if (typeof tracestate === 'string') carrier[TRACESTATE] = tracestate;
  return propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter);
}

/** The ids log lines carry, when a span is active. */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return trace.isSpanContextValid(span.spanContext()) ? { trace_id: traceId, span_id: spanId } : undefined;
}

export interface SpanOptions {
  kind: SpanKind;
  attributes?: Attributes;
  /** Continue this context (a received traceparent) instead of the active one. */
  parent?: Context;
}

/**
 * Starts a span of `service` (when it traces) and runs `work` with it active. The caller ends it with
 * `endSpan`, since some spans end in a callback (a gRPC answer, an HTTP response's finish).
 */
export function startSpan(
  service: string | undefined,
  name: string,
  options: SpanOptions,
): { span: Span; context: Context } | undefined {
  if (!tracingEnabled(service)) return undefined;
  const tracing = tracings.get(service);
  if (!tracing) return undefined;
  const parent = options.parent ?? context.active();
  const span = tracing.tracer.startSpan(
    name,
    { kind: options.kind, ...(options.attributes ? { attributes: options.attributes } : {}) },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Runs `work` inside the span's context, or as is when there is no span. */
export function withSpanContext<T>(started: { context: Context } | undefined, work: () => T): T {
  return started ? context.with(started.context, work) : work();
}

/** Ends a span with an error status when `error` is given (the message only: details stay in logs). */
export function endSpan(span: Span | undefined, error?: string, attributes?: Attributes): void {
  if (!span) return;
  if (attributes) span.setAttributes(attributes);
  if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error });
  span.end();
}
