import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  CORRELATION_HEADER,
  createKafka,
  createLogger,
  Lifecycle,
  newCorrelationId,
  runWithContext,
  toProblemDetails,
  endSpan,
  extractTraceContext,
  metricsFor,
  serveMetrics,
  SpanKind,
  startSpan,
  startTracing,
  withSpanContext,
  currentCorrelationId,
  resolvePackageFile,
  type ErrorCode,
  type Logger,
  type ProblemDetails,
} from '@client-portal/kit';
import type { GatewayConfig } from './config.js';

export { loadGatewayConfig, type GatewayConfig } from './config.js';
import { authenticator, callerOf } from './http/auth.js';
import { createBackends, type Backends } from './http/backends.js';
import { buildOpenApiDocument, DOCS_PAGE, DOCS_START_SCRIPT, mountRoutes } from './http/registrar.js';
import { LiveHub } from './live/live.hub.js';
import { apiRoutes, problemSchema } from './features/api.registry.js';
import { publicRateLimit } from './features/acceptance/public-rate-limit.js';
import { anonymousRateLimits } from './http/rate-limit.js';
import { securityHeaders } from './http/security-headers.js';
import { createPartnerServer } from './partner/server.js';

export interface RunningGateway {
  port: number;
  /** The partner gRPC API's port. */
  partnerPort: number;
  /** Where Prometheus scrapes the gateway (METRICS_PORT); 0 when it serves no metrics. */
  metricsPort: number;
  url: string;
  backends: Backends;
  live: LiveHub;
  logger: Logger;
  stop(): Promise<void>;
}

const CORRELATION_PATTERN = /^[\w.:-]{1,128}$/;

/**
 * The matched route's pattern (`/api/clients/:clientId`), or a fixed label for requests no API route
 * matched (the web app's files, unknown paths), so labels stay few whatever paths are asked for.
 */
function routePattern(request: Request): string {
  const routePath: unknown = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof routePath === 'string') return `${request.baseUrl}${routePath}`;
  return request.originalUrl.startsWith('/api/') ? '/api/(unmatched)' : '(web)';
}

/**
 * Problems Express itself raises before any service is called: an unknown API route (404) and bodies
 * the JSON parser refuses (400 not JSON, 413 too large, 415 unsupported encoding or charset).
 */
function requestProblem(error: unknown): ProblemDetails | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, type } = error as { status?: unknown; type?: unknown };
  const problem = (httpStatus: number, title: string, detail: string, code: ErrorCode): ProblemDetails => ({
    type: `https://client-portal.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status: httpStatus,
    detail,
    code,
    correlationId: currentCorrelationId(),
  });
  if (type === 'route.missing')
    return problem(404, 'Not found', 'There is no such API endpoint', 'NOT_FOUND');
  if (type === 'entity.parse.failed')
    return problem(400, 'Invalid request', 'The request body is not valid JSON', 'INVALID_ARGUMENT');
  if (type === 'entity.too.large')
    return problem(413, 'Request body too large', 'The request body is larger than 1 MB', 'INVALID_ARGUMENT');
  if (typeof type === 'string' && (type.startsWith('encoding.') || type.startsWith('charset.')))
    return problem(
      typeof status === 'number' ? status : 415,
      'Unsupported request body',
      'Send the body as UTF-8 JSON',
      'INVALID_ARGUMENT',
    );
  return undefined;
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers past the 16 KiB
 * limit, bytes that are not HTTP): Node's default answer is an empty 431 or 400, which a client cannot
 * read as the API's problem+json (schemathesis found it with a 20 KB URL). Answered here in that shape.
 */
function answerUnparsableRequest(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    type: 'https://client-portal.dev/problems/invalid-argument',
    title: tooLarge ? 'Request header fields too large' : 'Invalid request',
    status,
    detail: tooLarge
      ? 'The request line and headers are larger than 16 KiB: shorten the URL'
      : 'The request is not valid HTTP',
    code: 'INVALID_ARGUMENT',
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'Content-Type: application/problem+json\r\nX-Content-Type-Options: nosniff\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Wires the gateway: correlation → public routes → bearer auth → API → problem+json; SSE from Kafka. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const lifecycle = new Lifecycle(logger);
  // Registered first, so the final flush of spans runs after everything else has stopped.
  lifecycle.onShutdown(
    'tracing',
    await startTracing({
      service: 'gateway',
      endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
      sampleRatio: config.OTEL_TRACES_SAMPLE_RATIO,
      logger,
    }),
  );
  const metrics = metricsFor('gateway');
  const backends = createBackends(config, logger);
  lifecycle.onShutdown('grpc clients', () => {
    backends.close();
  });
  const live = new LiveHub(createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'gateway', logger }), {
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
    groupId: config.KAFKA_CONSUMER_GROUP,
    logger,
    maxStreamsPerUser: config.LIVE_MAX_STREAMS_PER_USER,
    maxStreams: config.LIVE_MAX_STREAMS,
    maxBufferedBytes: config.LIVE_MAX_BUFFERED_BYTES,
  });
  await live.start();
  lifecycle.onShutdown('live updates', () => live.stop());
  metrics.gauge(
    'live_connections',
    'Open live streams (GET /api/events) on this replica',
    () => live.connections,
  );
  const auth = authenticator(config, backends, logger);
  // Revocation slice: identity.access.revoked (read by this replica's live hub) evicts the principal.
  live.onRevoked((revocation) => {
    auth.evict(revocation.keycloakId, revocation.userId);
    logger.info({ userId: revocation.userId, workspaceId: revocation.workspaceId }, 'access revoked');
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Hardening (docs/security.md): HSTS, nosniff, no framing, referrer policy and a CSP on every answer.
  app.use(
    securityHeaders({
      origins: { keycloakUrl: config.KEYCLOAK_URL, connectOrigins: config.WEB_CONNECT_ORIGINS },
      hstsMaxAgeSeconds: config.HSTS_MAX_AGE_SECONDS,
    }),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    const incoming = request.header(CORRELATION_HEADER);
    const correlationId = incoming && CORRELATION_PATTERN.test(incoming) ? incoming : newCorrelationId();
    response.setHeader(CORRELATION_HEADER, correlationId);
    const started = performance.now();
    // A trace started upstream (an ingress, a browser's traceparent) continues; otherwise one starts here.
    const span = startSpan('gateway', `${request.method} /api`, {
      kind: SpanKind.SERVER,
      parent: extractTraceContext(request.header('traceparent'), request.header('tracestate')),
      attributes: { 'http.request.method': request.method, 'url.path': request.path },
    });
    response.on('finish', () => {
      // The route's pattern, not its path: ids would make a metric series (and a span name) per record.
      const route = routePattern(request);
      const seconds = (performance.now() - started) / 1000;
      metrics.httpRequests.inc({ method: request.method, route, status: String(response.statusCode) });
      metrics.httpDuration.observe({ method: request.method, route }, seconds);
      span?.span.updateName(`${request.method} ${route}`);
      endSpan(span?.span, response.statusCode >= 500 ? `HTTP ${response.statusCode}` : undefined, {
        'http.route': route,
        'http.response.status_code': response.statusCode,
      });
      logger.info(
        {
          correlationId,
          method: request.method,
          path: request.path,
          status: response.statusCode,
          durationMs: Math.round(performance.now() - started),
        },
        'http',
      );
    });
    runWithContext({ correlationId, service: 'gateway' }, () => {
      withSpanContext(span, () => {
        next();
      });
    });
  });
  // The public acceptance routes: rate-limited per address; a PDF to verify arrives as raw bytes.
  app.use('/api/public', publicRateLimit(config.PUBLIC_RATE_LIMIT_PER_MINUTE));
  // Every anonymous route, per address: tight on those taking a secret token (see http/rate-limit.ts).
  app.use(
    '/api',
    anonymousRateLimits(apiRoutes, {
      signInPerMinute: config.SIGN_IN_RATE_LIMIT_PER_MINUTE,
      anonymousPerMinute: config.ANONYMOUS_RATE_LIMIT_PER_MINUTE,
    }),
  );
  app.use('/api/public', express.raw({ type: 'application/pdf', limit: '10mb' }));
  // Stripe signs the exact bytes it sends: its webhook keeps the raw body (the JSON parser then skips it).
  app.use('/api/webhooks/stripe', express.raw({ type: () => true, limit: '1mb' }));
  app.use('/api', express.json({ limit: '1mb' }));

  // Probes and anyone else learn up or down, nothing more (no counts, versions or dependencies).
  app.get('/api/health', (_request, response) => {
    response.setHeader('cache-control', 'no-store');
    response.json({ status: 'ok' });
  });
  // Built once: the declarations do not change while the process runs; only the server URL varies.
  const openApi = buildOpenApiDocument(apiRoutes, { serverUrl: '/api', problemSchema });
  app.get('/api/openapi.json', (request, response) => {
    response.json({
      ...openApi,
      servers: [
        { url: `${request.protocol}://${request.get('host') ?? `127.0.0.1:${config.HTTP_PORT}`}/api` },
      ],
    });
  });
  app.get('/api/docs', (_request, response) => {
    response.type('html').send(DOCS_PAGE);
  });
  // The page's one line of set-up as a file: the docs' CSP allows no inline script.
  app.get('/api/docs/start.js', (_request, response) => {
    response.type('text/javascript').send(DOCS_START_SCRIPT);
  });
  // The page's assets from swagger-ui-dist's folder. Never its main module: that loads the 2 MB browser
  // bundle into the gateway (about 30 MB of memory and a quarter of a second at every start).
  app.use(
    '/api/docs/assets',
    express.static(path.dirname(resolvePackageFile('swagger-ui-dist/package.json')), { index: false }),
  );
  // Every declared route, each with its own access: anonymous ones run without a token.
  app.use(
    '/api',
    mountRoutes(
      apiRoutes,
      {
        backends,
        logger,
        webConfig: {
          keycloakUrl: config.KEYCLOAK_URL,
          realm: config.KEYCLOAK_REALM,
          clientId: config.KEYCLOAK_WEB_CLIENT_ID,
        },
        portalDomain: config.PORTAL_DOMAIN,
        forgetPrincipals: () => {
          auth.forget();
        },
      },
      auth.required,
    ),
  );
  // Unknown API paths need a token too, so they reveal nothing to anonymous callers.
  app.use('/api', auth.required);
  // The live stream is declared (and documented) in the session routes but served by the live hub.
  app.get('/api/events', (request, response) => {
    live.attach(callerOf(request).principal, response, request.tokenExpiresAt ?? Date.now());
  });
  app.use('/api', (request: Request) => {
    throw Object.assign(new Error(`No route ${request.method} ${request.path}`), {
      status: 404,
      type: 'route.missing',
    });
  });
  app.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const problem = requestProblem(error) ?? toProblemDetails(error, currentCorrelationId());
    if (problem.status >= 500) logger.error({ err: error }, 'request failed');
    // RFC 6750: a 401 names the scheme; with a token sent, it says the token was not accepted.
    if (problem.status === 401)
      response.setHeader(
        'www-authenticate',
        request.headers.authorization
          ? 'Bearer realm="client-portal", error="invalid_token"'
          : 'Bearer realm="client-portal"',
      );
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  });

  // The built web app, with its client-side routes answered by index.html.
  const webDist = config.WEB_DIST ? path.resolve(config.WEB_DIST) : '';
  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get(/^(?!\/api\/).*/, (_request, response) => {
      response.sendFile(path.join(webDist, 'index.html'));
    });
  }

  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.HTTP_PORT, config.HTTP_HOST, () => {
      resolve(listening);
    });
  });
  server.on('clientError', answerUnparsableRequest);
  lifecycle.onShutdown(
    'http server',
    () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.HTTP_PORT;
  logger.info({ port }, 'gateway listening');
  let metricsPort = 0;
  if (config.METRICS_PORT !== undefined) {
    const metricsServer = await serveMetrics({
      host: config.HTTP_HOST,
      port: config.METRICS_PORT,
      metrics,
      logger,
    });
    metricsPort = metricsServer.port;
    lifecycle.onShutdown('metrics server', () => metricsServer.close());
  }
  const partner = createPartnerServer(
    {
      host: config.PARTNER_GRPC_HOST,
      port: config.PARTNER_GRPC_PORT,
      tlsCertFile: config.PARTNER_TLS_CERT_FILE,
      tlsKeyFile: config.PARTNER_TLS_KEY_FILE,
      reflection: config.PARTNER_REFLECTION,
      keycloakUrl: config.KEYCLOAK_URL,
      realm: config.KEYCLOAK_REALM,
      audience: config.PARTNER_AUDIENCE,
    },
    backends,
    logger,
  );
  const partnerPort = await partner.start();
  lifecycle.onShutdown('partner gRPC API', () => partner.shutdown(5_000));
  return {
    port,
    partnerPort,
    metricsPort,
    url: `http://${config.HTTP_HOST}:${port}`,
    backends,
    live,
    logger,
    stop: () => lifecycle.shutdown('stop requested'),
  };
}
