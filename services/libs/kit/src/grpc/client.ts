import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';
import { principalMetadata, type Principal } from '../auth/principal.js';
import type { PrincipalSigner } from '../auth/principal-token.js';
import { CORRELATION_HEADER, currentCorrelationId, currentService, newCorrelationId } from '../context.js';
import type { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { knownMetricsFor } from '../telemetry/metrics.js';
import { endSpan, injectTraceContext, SpanKind, startSpan, withSpanContext } from '../telemetry/tracing.js';
import { fromServiceError } from './status.js';

export interface UnaryCallOptions {
  /** Overrides the client's default deadline for this call. */
  deadlineMs?: number;
  /** Sent along; an `x-correlation-id` given here wins over the current context's. */
  metadata?: grpc.Metadata;
  /** Who the call is made for: sent as a short-lived token signed for the called service. */
  principal?: Principal;
  /** Signs `principal` instead of the client's own signer (tests sign with their own key). */
  signer?: PrincipalSigner;
}

/**
 * Turns an API description such as `{ getInvoice(request: GetInvoiceRequest): GetInvoiceResponse }`
 * (the response may be written with or without `Promise`) into the methods a client offers.
 */
export type PromiseClient<Api> = {
  [Method in keyof Api]: Api[Method] extends (request: infer Request) => infer Response
    ? (request: Request, options?: UnaryCallOptions) => Promise<Awaited<Response>>
    : never;
};

export type GrpcClient<Api> = PromiseClient<Api> & {
  /** Closes the channel; calls made afterwards fail. */
  close(): void;
};

export interface GrpcClientOptions {
  /** Every call gets a deadline, so a stuck dependency cannot hold a request forever. */
  deadlineMs?: number;
  /** When given, failed calls are logged: transport trouble at warn, domain answers at debug. */
  logger?: Logger;
  credentials?: grpc.ChannelCredentials;
  channelOptions?: grpc.ChannelOptions;
  /** Signs the principal of calls that carry one. */
  signer?: PrincipalSigner;
  /** The called deployable's name (`crm`): the audience of the principal tokens sent to it. */
  audience?: string;
}

const TRANSPORT_CODES = new Set<ErrorCode>(['UNAVAILABLE', 'DEADLINE_EXCEEDED', 'INTERNAL']);

/**
 * A promise client over a generated service constructor. Method names come from the service
 * definition at runtime, under both spellings grpc-js accepts (`GetInvoice` and `getInvoice`);
 * streaming methods are left out. Outside any request context each call gets a fresh correlation
 * id, so the caller's failure log and the server's lines can still be matched up.
 */
export function createGrpcClient<Api>(
  ServiceClient: grpc.ServiceClientConstructor,
  address: string,
  options: GrpcClientOptions = {},
): GrpcClient<Api> {
  const { deadlineMs: defaultDeadlineMs = 5000, logger } = options;
  const client = new ServiceClient(
    address,
    options.credentials ?? grpc.credentials.createInsecure(),
    options.channelOptions,
  );
  const methods: Record<string, unknown> = {};

  for (const [name, method] of Object.entries(ServiceClient.service)) {
    if (method.requestStream || method.responseStream) continue;
    const [, grpcService = '', grpcMethod = ''] = method.path.split('/');
    const labels = { grpc_service: grpcService, grpc_method: grpcMethod };
    const callMethod = (request: unknown, callOptions: UnaryCallOptions = {}): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const metadata = callOptions.metadata?.clone() ?? new grpc.Metadata();
        if (callOptions.principal) {
          const signer = callOptions.signer ?? options.signer;
          if (!signer || !options.audience) {
            reject(
              new Error(
                `${ServiceClient.serviceName}.${name}: a call with a principal needs a client created with a signer and an audience`,
              ),
            );
            return;
          }
          principalMetadata(callOptions.principal, signer, options.audience, metadata);
        }
        let generatedCorrelationId: string | undefined;
        if (metadata.get(CORRELATION_HEADER).length === 0) {
          const correlationId = currentCorrelationId() ?? (generatedCorrelationId = newCorrelationId());
          metadata.set(CORRELATION_HEADER, correlationId);
        }
        // Counted and traced as the calling service's (the request or event being handled names it).
        const caller = currentService();
        const metrics = knownMetricsFor(caller);
        const span = startSpan(caller, method.path.slice(1), {
          kind: SpanKind.CLIENT,
          attributes: { 'rpc.system': 'grpc', 'rpc.service': grpcService, 'rpc.method': grpcMethod },
        });
        if (span) {
          // The called server continues this trace from the `traceparent` metadata.
          const carrier: Record<string, string> = {};
          withSpanContext(span, () => {
            injectTraceContext(carrier);
          });
          for (const [key, value] of Object.entries(carrier)) metadata.set(key, value);
        }
        const startedAt = performance.now();
        const finish = (code: string, failed: boolean): void => {
          metrics?.grpcClientHandled.inc({ ...labels, grpc_code: code });
          metrics?.grpcClientDuration.observe(labels, (performance.now() - startedAt) / 1000);
          endSpan(span?.span, failed ? code : undefined, { 'rpc.grpc.status_code_name': code });
        };
        const fail = (error: unknown, details: unknown): void => {
          const domainError = fromServiceError(error);
          finish(domainError.code, TRANSPORT_CODES.has(domainError.code));
          if (logger) {
            const fields = {
              method: method.path,
              code: domainError.code,
              durationMs: Math.round(performance.now() - startedAt),
              // Inside a request context the logger adds the id itself.
              ...(generatedCorrelationId === undefined ? {} : { correlationId: generatedCorrelationId }),
            };
            if (TRANSPORT_CODES.has(domainError.code)) {
              logger.warn({ ...fields, details }, 'gRPC call failed');
            } else {
              logger.debug(fields, 'gRPC call answered with an error');
            }
          }
          reject(domainError);
        };
        const deadline = Date.now() + (callOptions.deadlineMs ?? defaultDeadlineMs);
        try {
          client.makeUnaryRequest(
            method.path,
            method.requestSerialize,
            method.responseDeserialize,
            request,
            metadata,
            { deadline },
            (error, response) => {
              if (error) fail(error, error.details);
              else {
                finish('OK', false);
                resolve(response);
              }
            },
          );
        } catch (error) {
          // grpc-js throws synchronously once the client is closed or the request cannot be encoded.
          fail(error, error instanceof Error ? error.message : error);
        }
      });
    for (const methodName of new Set([name, method.originalName ?? name])) {
      if (methodName === 'close') {
        throw new Error(
          `${ServiceClient.serviceName}.${name} clashes with the client's close(); rename the RPC`,
        );
      }
      methods[methodName] = callMethod;
    }
  }
  methods.close = () => {
    client.close();
  };
  return methods as GrpcClient<Api>;
}
