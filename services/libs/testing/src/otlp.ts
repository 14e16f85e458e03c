import { createServer, type Server } from 'node:http';

/** One span as the OTLP/HTTP JSON exporter sends it (only the fields tests read). */
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}

/** A span with the service.name of the resource that exported it. */
export interface ReceivedSpan extends OtlpSpan {
  service: string;
}

interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
}

/** OTLP span kinds (the protocol's enum: 0 unspecified, 1 internal, 2 server, …). */
export const OTLP_SPAN_KIND = { server: 2, client: 3, producer: 4, consumer: 5 } as const;

export interface OtlpReceiver {
  server: Server;
  /** Give it as OTEL_EXPORTER_OTLP_ENDPOINT. */
  url: string;
  /** Every post, as "<path> <content type> <body>", in arrival order. */
  received: string[];
  /** The spans of every JSON post to /v1/traces, with their service. */
  spans: ReceivedSpan[];
  close(): Promise<void>;
}

/** A collector's OTLP/HTTP endpoint in miniature, on a free local port. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const received: string[] = [];
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const contentType = request.headers['content-type'] ?? '';
      received.push(`${request.url ?? ''} ${contentType} ${body}`);
      if (request.url === '/v1/traces' && contentType.includes('json')) spans.push(...spansOf(body));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    received,
    spans,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

function spansOf(body: string): ReceivedSpan[] {
  const decoded = JSON.parse(body) as OtlpExport;
  return (decoded.resourceSpans ?? []).flatMap((resourceSpans) => {
    const service =
      resourceSpans.resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value
        .stringValue ?? '?';
    return (resourceSpans.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map((span) => ({ ...span, service })),
    );
  });
}
