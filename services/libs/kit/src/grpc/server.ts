import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, protoPath as healthProtoPath, type ServingStatus } from 'grpc-health-check';
import { PRINCIPAL_METADATA_KEY, recordVerifiedPrincipal, type Principal } from '../auth/principal.js';
import type { PrincipalVerifier } from '../auth/principal-token.js';
import { CORRELATION_HEADER, newCorrelationId, runWithContext } from '../context.js';
import { DomainError } from '../errors.js';
import type { Logger } from '../logger.js';
import { metricsFor, type ServiceMetrics } from '../telemetry/metrics.js';
import {
  endSpan,
  extractTraceContext,
  SpanKind,
  startSpan,
  TRACEPARENT,
  withSpanContext,
} from '../telemetry/tracing.js';
import { PROTO_LOADER_OPTIONS, serviceNameOf } from './proto.js';
import { toServiceError } from './status.js';

/** What a handler may know about the call besides its request. */
export interface CallContext {
  /** Full method path, e.g. `/client_portal.billing.v1.BillingService/CreateInvoice`. */
  readonly method: string;
  readonly metadata: grpc.Metadata;
  readonly correlationId: string;
  /** When the caller stops waiting; undefined when it set no deadline. */
  readonly deadline: Date | undefined;
  /**
   * Aborted when the caller cancels or its deadline passes: pass it to slow work so a call nobody
   * waits for stops holding resources. Its reason is a DomainError.
   */
  readonly signal: AbortSignal;
  /** Who the call is made for, verified from its signed token; undefined when the caller sent none. */
  readonly principal: Principal | undefined;
  /** The first string value of a metadata key, if any. */
  get(key: string): string | undefined;
}

/**
 * The defaults make `UnaryHandler` the type every handler is assignable to, so one registration
 * can hold handlers for different request types; write handlers as `UnaryHandler<Req, Res>`.
 */
export type UnaryHandler<Request = never, Response = unknown> = (
  request: Request,
  call: CallContext,
) => Promise<Response>;

export interface GrpcServiceRegistration {
  definition: grpc.ServiceDefinition;
  /** Keyed by the method's proto name (`CreateInvoice`) or its camel-case name (`createInvoice`). */
  handlers: Record<string, UnaryHandler>;
}

export interface GrpcServerOptions {
  /** The deployable's name, for the server's own log lines; also the audience its principal tokens must name. */
  serviceName: string;
  logger: Logger;
  host: string;
  /** 0 binds a free port, which `start()` returns. */
  port: number;
  /** Every package the services come from, so reflection can describe their messages. */
  packageDefinitions: protoLoader.PackageDefinition[];
  services: GrpcServiceRegistration[];
  /** Level of the one line logged per call; debug suits chatty internal APIs. */
  callLogLevel?: 'info' | 'debug';
  /**
   * Checks the signed principal of every call before its handler runs. Without one, a call carrying a
   * principal is refused: nothing here can tell a genuine token from a forged one.
   */
  principals?: PrincipalVerifier;
  /** gRPC server reflection (what grpcurl uses to list and describe methods); on unless false. */
  reflection?: boolean;
  /**
   * What reflection describes, when not `packageDefinitions`: a public API loads its protos again with
   * `keepCase: true` so grpcurl shows (and accepts in JSON) the field names its proto publishes
   * (`page_size`), not the camel-cased ones of the runtime objects. The wire format is the same.
   */
  reflectionDefinitions?: protoLoader.PackageDefinition[];
  serverOptions?: grpc.ServerOptions;
  /**
   * Whose metrics and spans the calls count as, when not `serviceName`: the gateway's partner API is
   * the gateway's (one metrics port, one service in the traces).
   */
  telemetryService?: string;
  /** TLS (grpc.ServerCredentials.createSsl) for a server outsiders reach directly; insecure when absent. */
  credentials?: grpc.ServerCredentials;
  /**
   * What a handler's failure becomes on the wire; toServiceError when absent. A public API uses it to
   * send google.rpc details instead of the internal trailers.
   */
  toStatus?: (error: unknown, logger: Logger) => grpc.StatusObject;
}

export interface GrpcServer {
  /** Binds (insecure unless `credentials`: TLS ends at the mesh or ingress), then reports SERVING. */
  start(): Promise<number>;
  /** Flips the overall health status and every served service's status together. */
  setServing(serving: boolean): void;
  readonly health: HealthImplementation;
  /** NOT_SERVING first so probes and balancers stop sending work, then drain, then force. */
  shutdown(graceMs: number): Promise<void>;
}

const HEALTH_SERVICE_NAME = 'grpc.health.v1.Health';

/**
 * Correlation ids end up in every log line, so a caller-supplied one is accepted only when it
 * looks like an id; anything else is replaced rather than written to the logs.
 */
const ACCEPTABLE_CORRELATION_ID = /^[\w.:-]{1,128}$/;

/** Statuses that say the server failed, as opposed to an answer the caller must act on. */
const SERVER_FAULTS = new Set<grpc.status>([
  grpc.status.UNKNOWN,
  grpc.status.INTERNAL,
  grpc.status.UNAVAILABLE,
  grpc.status.DEADLINE_EXCEEDED,
  grpc.status.DATA_LOSS,
  grpc.status.UNIMPLEMENTED,
]);

const CANCELLED_MESSAGE = 'The caller cancelled this call or stopped waiting for it';

let healthPackageDefinition: protoLoader.PackageDefinition | undefined;

/**
 * grpc-health-check registers Health from its own copy of the proto; reflection needs that proto's
 * descriptors as well, loaded relative to its include root so the file name reads
 * `health/v1/health.proto`.
 */
function loadHealthPackageDefinition(): protoLoader.PackageDefinition {
  healthPackageDefinition ??= protoLoader.loadSync('health/v1/health.proto', {
    ...PROTO_LOADER_OPTIONS,
    includeDirs: [path.resolve(path.dirname(healthProtoPath), '../..')],
  });
  return healthPackageDefinition;
}

function firstString(metadata: grpc.Metadata, key: string): string | undefined {
  const value = metadata.get(key)[0];
  return typeof value === 'string' ? value : undefined;
}

function deadlineOf(deadline: grpc.Deadline): Date | undefined {
  const date = deadline instanceof Date ? deadline : new Date(deadline);
  return Number.isFinite(date.getTime()) ? date : undefined;
}

function statusName(code: grpc.status): string {
  return grpc.status[code];
}

interface CallPolicy {
  logger: Logger;
  callLogLevel: 'info' | 'debug';
  audience: string;
  principals: PrincipalVerifier | undefined;
  toStatus: (error: unknown, logger: Logger) => grpc.StatusObject;
  metrics: ServiceMetrics;
  telemetryService: string;
}

/** `/client_portal.crm.v1.CrmService/GetClient` → its service and method, the labels of its metrics. */
function methodLabels(path: string): { grpc_service: string; grpc_method: string } {
  const [, service = '', method = ''] = path.split('/');
  return { grpc_service: service, grpc_method: method };
}

/**
 * The call's principal from its signed token: verified for this service (the audience) before any
 * handler runs, so no handler can read an unverified one. A call without a token has no principal.
 */
function authenticate(method: string, metadata: grpc.Metadata, policy: CallPolicy): Principal | undefined {
  const tokens = metadata.get(PRINCIPAL_METADATA_KEY);
  if (tokens.length === 0) return undefined;
  try {
    const [token] = tokens;
    if (tokens.length > 1 || typeof token !== 'string')
      throw DomainError.unauthenticated('The caller identity is refused: send exactly one token');
    if (!policy.principals)
      throw DomainError.unauthenticated('The caller identity is refused: this server trusts no issuer');
    const principal = policy.principals.verify(token, policy.audience);
    recordVerifiedPrincipal(metadata, principal);
    return principal;
  } catch (error) {
    // A refused token is a misconfigured caller or someone trying: worth a line of its own (never the token).
    policy.logger.warn(
      { method, reason: error instanceof Error ? error.message : String(error) },
      'principal token refused',
    );
    throw error;
  }
}

function adaptUnaryHandler(
  method: string,
  handler: UnaryHandler,
  policy: CallPolicy,
): grpc.handleUnaryCall<unknown, unknown> {
  const { logger, callLogLevel, metrics } = policy;
  const labels = methodLabels(method);
  return (call, callback) => {
    const startedAt = performance.now();
    // The caller's trace continues here (its client span is this span's parent).
    const span = startSpan(policy.telemetryService, method.slice(1), {
      kind: SpanKind.SERVER,
      parent: extractTraceContext(firstString(call.metadata, TRACEPARENT)),
      attributes: {
        'rpc.system': 'grpc',
        'rpc.service': labels.grpc_service,
        'rpc.method': labels.grpc_method,
      },
    });
    const received = firstString(call.metadata, CORRELATION_HEADER);
    const correlationId =
      received !== undefined && ACCEPTABLE_CORRELATION_ID.test(received) ? received : newCorrelationId();
    const cancellation = new AbortController();
    // grpc-js reports an explicit cancel and a passed deadline alike, so the reason cannot tell them apart.
    const abort = (): void => {
      cancellation.abort(new DomainError('UNAVAILABLE', CANCELLED_MESSAGE));
    };
    if (call.cancelled) abort();
    else call.once('cancelled', abort);
    const respond = async (): Promise<void> => {
      let outcome: { response: unknown } | { status: grpc.StatusObject };
      try {
        const context: CallContext = {
          method,
          metadata: call.metadata,
          correlationId,
          deadline: deadlineOf(call.getDeadline()),
          signal: cancellation.signal,
          principal: authenticate(method, call.metadata, policy),
          get: (key) => firstString(call.metadata, key),
        };
        if (isMalformed(call.request))
          throw new DomainError(
            'INVALID_ARGUMENT',
            `The request is not a valid message for ${method}: ${call.request[MALFORMED]}`,
            [],
            'request.malformed',
          );
        const nul = fieldWithNul(call.request);
        if (nul !== undefined)
          throw DomainError.invalid(
            'Text must not contain the NUL character (U+0000)',
            [{ field: nul, message: 'Must not contain the NUL character (U+0000)', code: 'invalid_format' }],
            'request.nul_character',
          );
        // The request type is the handler's business: grpc-js already decoded it for this method.
        outcome = { response: await handler(call.request as never, context) };
      } catch (error) {
        // Once the caller has gone, whatever the handler threw is the cancellation itself, not a bug,
        // and nobody receives the status: it only names the outcome in the call's log line.
        outcome = {
          status: cancellation.signal.aborted
            ? { code: grpc.status.CANCELLED, details: CANCELLED_MESSAGE, metadata: new grpc.Metadata() }
            : policy.toStatus(error, logger),
        };
      } finally {
        call.off('cancelled', abort);
      }
      const code = 'status' in outcome ? outcome.status.code : grpc.status.OK;
      const seconds = (performance.now() - startedAt) / 1000;
      const durationMs = Math.round(seconds * 10_000) / 10;
      logger[callLogLevel]({ method, code: statusName(code), durationMs }, 'gRPC call');
      metrics.grpcServerHandled.inc({ ...labels, grpc_code: statusName(code) });
      metrics.grpcServerDuration.observe(labels, seconds);
      endSpan(
        span?.span,
        // Server faults mark the span as failed; a refusal (NOT_FOUND, INVALID_ARGUMENT) is an answer.
        SERVER_FAULTS.has(code) ? statusName(code) : undefined,
        { 'rpc.grpc.status_code': code },
      );
      if ('status' in outcome) callback(outcome.status);
      else callback(null, outcome.response);
    };
    runWithContext({ correlationId, service: policy.telemetryService }, () => {
      withSpanContext(span, () => {
        void respond();
      });
    });
  };
}

interface PreparedService {
  name: string;
  definition: grpc.ServiceDefinition;
  implementation: grpc.UntypedServiceImplementation;
}

/** Mistakes in wiring fail the boot, not the first request that happens to hit them. */
function prepareService(registration: GrpcServiceRegistration, policy: CallPolicy): PreparedService {
  const { logger } = policy;
  const { definition, handlers } = registration;
  const name = serviceNameOf(definition);
  const methodKeyByName = new Map<string, string>();
  for (const [key, method] of Object.entries(definition)) {
    methodKeyByName.set(key, key);
    if (typeof method.originalName === 'string') methodKeyByName.set(method.originalName, key);
  }
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const [handlerName, handler] of Object.entries(handlers)) {
    const key = methodKeyByName.get(handlerName);
    const method = key === undefined ? undefined : definition[key];
    if (key === undefined || method === undefined) {
      throw new Error(
        `${name} has no method named ${handlerName}; its methods are ${Object.keys(definition).join(', ')}`,
      );
    }
    if (method.requestStream || method.responseStream) {
      throw new Error(`${name}.${key} is a streaming method; the kit serves unary methods only`);
    }
    if (key in implementation) {
      throw new Error(`${name}.${key} has two handlers; name it once, as ${key} or ${handlerName}`);
    }
    implementation[key] = adaptUnaryHandler(method.path, handler, policy);
  }
  const unimplemented = Object.keys(definition).filter((key) => !(key in implementation));
  if (unimplemented.length > 0) {
    logger.warn(
      { service: name, methods: unimplemented },
      'gRPC methods without a handler answer UNIMPLEMENTED',
    );
  }
  return { name, definition: tolerantDecoding(definition), implementation };
}

/**
 * The path of the first text field holding U+0000, if any. The store (FerretDB on PostgreSQL) cannot
 * keep that character and fails the write ("unsupported Unicode escape sequence"), which reached
 * callers as INTERNAL from whichever handler stored the text (the gRPC fuzzing found six); no
 * legitimate text carries it, so every service refuses it at its door, naming the field.
 */
export function fieldWithNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(request)' : undefined;
  // Bytes fields (file contents, PDFs) are binary: NUL is data there.
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return undefined;
  const entries = Array.isArray(value)
    ? value.map((item, index): [string, unknown] => [`${path}[${String(index)}]`, item])
    : Object.entries(value).map(([key, item]): [string, unknown] => [path ? `${path}.${key}` : key, item]);
  for (const [childPath, item] of entries) {
    const found = fieldWithNul(item, childPath);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Marks a request whose bytes did not decode (see tolerantDecoding). */
const MALFORMED = Symbol('malformed request');

interface MalformedRequest {
  [MALFORMED]: string;
}

function isMalformed(request: unknown): request is MalformedRequest {
  return typeof request === 'object' && request !== null && MALFORMED in request;
}

/**
 * The definition with a request decoder that never throws. grpc-js answers a message it cannot decode
 * (not protobuf, a wrong wire type, a length past the end) with INTERNAL "Error deserializing request",
 * which reads as the server's own failure and would page someone; the fault is the caller's, so the
 * decoder hands the handler adapter a marker instead and it answers INVALID_ARGUMENT (fuzzing found
 * this: docs/fuzzing.md).
 */
function tolerantDecoding(definition: grpc.ServiceDefinition): grpc.ServiceDefinition {
  return Object.fromEntries(
    Object.entries(definition).map(([key, method]) => [
      key,
      {
        ...method,
        requestDeserialize: (bytes: Buffer): unknown => {
          try {
            return method.requestDeserialize(bytes);
          } catch (error) {
            const marker: MalformedRequest = {
              [MALFORMED]: error instanceof Error ? error.message : String(error),
            };
            return marker;
          }
        },
      },
    ]),
  );
}

function formatAddress(host: string, port: number): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
}

export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  const { serviceName, logger, host, port, packageDefinitions, services } = options;
  // A principal token is addressed to one deployable: a token meant for crm is refused by billing.
  const policy: CallPolicy = {
    logger,
    callLogLevel: options.callLogLevel ?? 'info',
    audience: serviceName,
    principals: options.principals,
    toStatus: options.toStatus ?? toServiceError,
    metrics: metricsFor(options.telemetryService ?? serviceName),
    telemetryService: options.telemetryService ?? serviceName,
  };
  const prepared = services.map((registration) => prepareService(registration, policy));
  const healthNames = ['', ...prepared.map((service) => service.name)];

  const server = new grpc.Server(options.serverOptions);
  for (const service of prepared) server.addService(service.definition, service.implementation);

  const health = new HealthImplementation(
    Object.fromEntries(healthNames.map((name): [string, ServingStatus] => [name, 'NOT_SERVING'])),
  );
  health.addToServer(server);

  if (options.reflection ?? true) {
    const reflected: protoLoader.PackageDefinition = {};
    for (const definition of [
      ...(options.reflectionDefinitions ?? packageDefinitions),
      loadHealthPackageDefinition(),
    ]) {
      Object.assign(reflected, definition);
    }
    new ReflectionService(reflected).addToServer(server);
  }

  const setServing = (serving: boolean): void => {
    const status: ServingStatus = serving ? 'SERVING' : 'NOT_SERVING';
    for (const name of healthNames) health.setStatus(name, status);
  };

  return {
    health,
    setServing,
    start: () =>
      new Promise<number>((resolve, reject) => {
        const address = formatAddress(host, port);
        server.bindAsync(
          address,
          options.credentials ?? grpc.ServerCredentials.createInsecure(),
          (error, boundPort) => {
            if (error) {
              reject(error);
              return;
            }
            setServing(true);
            logger.info(
              {
                serviceName,
                host,
                port: boundPort,
                services: [...prepared.map((service) => service.name), HEALTH_SERVICE_NAME],
                reflection: options.reflection ?? true,
                tls: options.credentials !== undefined,
              },
              'gRPC server listening',
            );
            resolve(boundPort);
          },
        );
      }),
    shutdown: (graceMs) =>
      new Promise<void>((resolve) => {
        setServing(false);
        const forceTimer = setTimeout(() => {
          logger.warn(
            { serviceName, graceMs },
            'gRPC calls still running after the grace period; closing them',
          );
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown((error) => {
          clearTimeout(forceTimer);
          if (error) logger.warn({ err: error, serviceName }, 'gRPC server did not shut down cleanly');
          resolve();
        });
      }),
  };
}
