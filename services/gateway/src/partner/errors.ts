import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { DomainError, grpcStatusOf, INTERNAL_MESSAGE, isDomainError, type Logger } from '@client-portal/kit';

/** The `domain` of every ErrorInfo the partner API sends. */
export const ERROR_DOMAIN = 'partner.client-portal';

/**
 * A failure only the public API has: RESOURCE_EXHAUSTED (rate limit) and ABORTED (the same idempotency
 * key is being written right now), both with RetryInfo.
 */
export class PartnerError extends Error {
  constructor(
    readonly status: grpc.status,
    message: string,
    readonly reason: string,
    readonly retryAfterMs?: number,
    readonly metadata: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'PartnerError';
  }
}

/** A missing scope: PERMISSION_DENIED naming it (ErrorInfo reason SCOPE_MISSING, metadata.scope). */
export function scopeMissing(scope: string): DomainError {
  return new DomainError(
    'PERMISSION_DENIED',
    `This call needs the scope ${scope}; ask a tenant admin to grant it to the application`,
    [],
    `SCOPE_MISSING:${scope}`,
  );
}

interface RpcTypes {
  status: protobuf.Type;
  errorInfo: protobuf.Type;
  retryInfo: protobuf.Type;
  badRequest: protobuf.Type;
}

let types: RpcTypes | undefined;

function rpcTypes(): RpcTypes {
  types ??= loadRpcTypes();
  return types;
}

/** google.rpc types, declared in code (the standard field numbers), so no file lookup happens per error. */
function loadRpcTypes(): RpcTypes {
  const descriptor = {
    nested: {
      google: {
        nested: {
          protobuf: {
            nested: {
              Any: { fields: { type_url: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } } },
              Duration: { fields: { seconds: { type: 'int64', id: 1 }, nanos: { type: 'int32', id: 2 } } },
            },
          },
          rpc: {
            nested: {
              Status: {
                fields: {
                  code: { type: 'int32', id: 1 },
                  message: { type: 'string', id: 2 },
                  details: { rule: 'repeated', type: 'google.protobuf.Any', id: 3 },
                },
              },
              ErrorInfo: {
                fields: {
                  reason: { type: 'string', id: 1 },
                  domain: { type: 'string', id: 2 },
                  metadata: { keyType: 'string', type: 'string', id: 3 },
                },
              },
              RetryInfo: { fields: { retry_delay: { type: 'google.protobuf.Duration', id: 1 } } },
              BadRequest: {
                fields: { field_violations: { rule: 'repeated', type: 'FieldViolation', id: 1 } },
                nested: {
                  FieldViolation: {
                    fields: { field: { type: 'string', id: 1 }, description: { type: 'string', id: 2 } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
  // A map field (ErrorInfo.metadata) is an IMapField, which fromJSON's declared type does not admit.
  const root = protobuf.Root.fromJSON(descriptor);
  return {
    status: root.lookupType('google.rpc.Status'),
    errorInfo: root.lookupType('google.rpc.ErrorInfo'),
    retryInfo: root.lookupType('google.rpc.RetryInfo'),
    badRequest: root.lookupType('google.rpc.BadRequest'),
  };
}

function any(type: protobuf.Type, value: Record<string, unknown>): { type_url: string; value: Uint8Array } {
  return {
    type_url: `type.googleapis.com/${type.fullName.replace(/^\./, '')}`,
    value: type.encode(type.create(value)).finish(),
  };
}

/** RESOURCE_EXHAUSTED's and ABORTED's reasons are ours; the others come from the DomainError's reason. */
function reasonOf(error: DomainError): { reason: string; metadata: Record<string, string> } {
  const raw = error.reason ?? '';
  if (raw.startsWith('SCOPE_MISSING:'))
    return { reason: 'SCOPE_MISSING', metadata: { scope: raw.slice(14) } };
  const reason = raw
    ? raw.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()
    : error.code === 'INVALID_ARGUMENT' && error.violations.length > 0
      ? 'INVALID_FIELDS'
      : error.code;
  return { reason, metadata: {} };
}

/**
 * The partner API's wire errors: the status code and message as for every gRPC server, plus a
 * google.rpc.Status in `grpc-status-details-bin` carrying ErrorInfo always, BadRequest for field
 * violations and RetryInfo when a retry later will work. Internal trailers are never sent.
 */
export function toPartnerStatus(error: unknown, logger: Logger): grpc.StatusObject {
  const { status, errorInfo, retryInfo, badRequest } = rpcTypes();
  let code: grpc.status;
  let message: string;
  const details: { type_url: string; value: Uint8Array }[] = [];
  if (error instanceof PartnerError) {
    code = error.status;
    message = error.message;
    details.push(any(errorInfo, { reason: error.reason, domain: ERROR_DOMAIN, metadata: error.metadata }));
    if (error.retryAfterMs !== undefined) {
      const ms = Math.max(0, Math.ceil(error.retryAfterMs));
      details.push(
        any(retryInfo, {
          retry_delay: { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 },
        }),
      );
    }
  } else if (isDomainError(error) && error.code !== 'INTERNAL') {
    code = grpcStatusOf(error.code);
    message = error.message;
    const { reason, metadata } = reasonOf(error);
    details.push(any(errorInfo, { reason, domain: ERROR_DOMAIN, metadata }));
    if (error.violations.length > 0)
      details.push(
        any(badRequest, {
          field_violations: error.violations.map((violation) => ({
            field: violation.field,
            description: violation.message,
          })),
        }),
      );
  } else {
    logger.error({ err: error }, 'Unexpected error while handling a partner API call');
    code = grpc.status.INTERNAL;
    message = INTERNAL_MESSAGE;
    details.push(any(errorInfo, { reason: 'INTERNAL', domain: ERROR_DOMAIN, metadata: {} }));
  }
  const metadata = new grpc.Metadata();
  metadata.set(
    'grpc-status-details-bin',
    Buffer.from(status.encode(status.create({ code, message, details })).finish()),
  );
  return { code, details: message, metadata };
}
