import * as grpc from '@grpc/grpc-js';
import {
  DomainError,
  INTERNAL_MESSAGE,
  isDomainError,
  type ErrorCode,
  type FieldViolation,
} from '../errors.js';
import type { Logger } from '../logger.js';

/** Trailing metadata key carrying a DomainError's field violations as JSON. */
export const FIELD_VIOLATIONS_METADATA_KEY = 'x-field-violations';

/**
 * Trailing metadata key set by kit servers on every DomainError they send. It lets a client keep a
 * message a handler wrote on purpose ("The payment provider is down") while replacing the text
 * grpc-js writes for transport failures, which names internal addresses and timings.
 */
export const DOMAIN_ERROR_METADATA_KEY = 'x-domain-error';

/** Trailing metadata key carrying a DomainError's machine `reason`, so it survives the hop to the gateway. */
export const ERROR_REASON_METADATA_KEY = 'x-error-reason';

/**
 * grpc-js refuses the whole call when trailers exceed the client's limit (8 KiB by default), so
 * violations that would not fit are dropped rather than losing the error itself.
 */
const MAX_VIOLATIONS_METADATA_LENGTH = 4096;

const TO_GRPC: Record<ErrorCode, grpc.status> = {
  NOT_FOUND: grpc.status.NOT_FOUND,
  INVALID_ARGUMENT: grpc.status.INVALID_ARGUMENT,
  FAILED_PRECONDITION: grpc.status.FAILED_PRECONDITION,
  ALREADY_EXISTS: grpc.status.ALREADY_EXISTS,
  PERMISSION_DENIED: grpc.status.PERMISSION_DENIED,
  UNAUTHENTICATED: grpc.status.UNAUTHENTICATED,
  UNAVAILABLE: grpc.status.UNAVAILABLE,
  DEADLINE_EXCEEDED: grpc.status.DEADLINE_EXCEEDED,
  INTERNAL: grpc.status.INTERNAL,
};

/**
 * Statuses no kit server sends still arrive from grpc-js itself or from other servers. Each lands
 * on the domain code whose meaning for the caller is closest: "try again later" for transport
 * trouble, "our fault" for anything that signals a bug or a deployment mismatch.
 */
const FROM_GRPC: Partial<Record<number, ErrorCode>> = {
  [grpc.status.NOT_FOUND]: 'NOT_FOUND',
  [grpc.status.INVALID_ARGUMENT]: 'INVALID_ARGUMENT',
  [grpc.status.OUT_OF_RANGE]: 'INVALID_ARGUMENT',
  [grpc.status.FAILED_PRECONDITION]: 'FAILED_PRECONDITION',
  [grpc.status.ABORTED]: 'FAILED_PRECONDITION',
  [grpc.status.ALREADY_EXISTS]: 'ALREADY_EXISTS',
  [grpc.status.PERMISSION_DENIED]: 'PERMISSION_DENIED',
  [grpc.status.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [grpc.status.UNAVAILABLE]: 'UNAVAILABLE',
  [grpc.status.CANCELLED]: 'UNAVAILABLE',
  [grpc.status.RESOURCE_EXHAUSTED]: 'UNAVAILABLE',
  [grpc.status.DEADLINE_EXCEEDED]: 'DEADLINE_EXCEEDED',
};

/** Statuses that only a server's own code produces, so their details were written for the caller. */
const CALLER_FACING_STATUSES = new Set<number>([
  grpc.status.NOT_FOUND,
  grpc.status.INVALID_ARGUMENT,
  grpc.status.OUT_OF_RANGE,
  grpc.status.FAILED_PRECONDITION,
  grpc.status.ABORTED,
  grpc.status.ALREADY_EXISTS,
  grpc.status.PERMISSION_DENIED,
  grpc.status.UNAUTHENTICATED,
]);

/** Used when the received text was not written for the caller, or is missing. */
const GENERIC_MESSAGES: Record<ErrorCode, string> = {
  NOT_FOUND: 'What you asked for was not found.',
  INVALID_ARGUMENT: 'The request is not valid.',
  FAILED_PRECONDITION: 'This is not possible in the current state.',
  ALREADY_EXISTS: 'This already exists.',
  PERMISSION_DENIED: 'You are not allowed to do this.',
  UNAUTHENTICATED: 'Authentication is required.',
  UNAVAILABLE: 'A service we depend on is unavailable right now. Try again in a moment.',
  DEADLINE_EXCEEDED: 'The request took too long. Try again in a moment.',
  INTERNAL: INTERNAL_MESSAGE,
};

export function grpcStatusOf(code: ErrorCode): grpc.status {
  return TO_GRPC[code];
}

export function errorCodeOf(status: number): ErrorCode {
  return FROM_GRPC[status] ?? 'INTERNAL';
}

/** Metadata values must be printable ASCII, so anything else travels as a JSON \u escape. */
function toAsciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function encodeViolations(violations: FieldViolation[], logger: Logger): string | undefined {
  for (let kept = violations.length; kept > 0; kept--) {
    const encoded = toAsciiJson(violations.slice(0, kept));
    if (encoded.length <= MAX_VIOLATIONS_METADATA_LENGTH) {
      if (kept < violations.length) {
        logger.warn(
          { sent: kept, total: violations.length },
          'Field violations truncated to fit gRPC trailers',
        );
      }
      return encoded;
    }
  }
  return undefined;
}

/**
 * What a handler's failure becomes on the wire. Domain errors keep their code, message and
 * violations; anything else is a bug whose details belong in the log and never in a response.
 */
export function toServiceError(error: unknown, logger: Logger): grpc.StatusObject {
  const metadata = new grpc.Metadata();
  if (isDomainError(error) && error.code !== 'INTERNAL') {
    metadata.set(DOMAIN_ERROR_METADATA_KEY, error.code);
    if (error.reason && /^[\x20-\x7e]{1,200}$/.test(error.reason))
      metadata.set(ERROR_REASON_METADATA_KEY, error.reason);
    const violations = encodeViolations(error.violations, logger);
    if (violations !== undefined) metadata.set(FIELD_VIOLATIONS_METADATA_KEY, violations);
    return { code: grpcStatusOf(error.code), details: error.message, metadata };
  }
  logger.error({ err: error }, 'Unexpected error while handling a gRPC call');
  return { code: grpc.status.INTERNAL, details: INTERNAL_MESSAGE, metadata };
}

function isFieldViolation(value: unknown): value is FieldViolation {
  return (
    typeof value === 'object' &&
    value !== null &&
    'field' in value &&
    typeof value.field === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

function decodeViolations(metadata: grpc.Metadata | undefined): FieldViolation[] {
  const raw = metadata?.get(FIELD_VIOLATIONS_METADATA_KEY)[0];
  if (typeof raw !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed)
      ? parsed
          .filter(isFieldViolation)
          .map(({ field, message, code }) =>
            typeof code === 'string' ? { field, message, code } : { field, message },
          )
      : [];
  } catch {
    return [];
  }
}

interface ReceivedStatus {
  code: number;
  details?: unknown;
  metadata?: unknown;
}

function isReceivedStatus(error: unknown): error is ReceivedStatus {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number';
}

/**
 * What a client's failed call becomes for the code that made it. The original error stays
 * reachable as `cause` for logs; the message is safe to pass on to an end user.
 */
export function fromServiceError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  if (!isReceivedStatus(error)) {
    const domainError = new DomainError('INTERNAL', INTERNAL_MESSAGE);
    domainError.cause = error;
    return domainError;
  }
  const code = errorCodeOf(error.code);
  const metadata = error.metadata instanceof grpc.Metadata ? error.metadata : undefined;
  const sentOnPurpose =
    CALLER_FACING_STATUSES.has(error.code) || metadata?.get(DOMAIN_ERROR_METADATA_KEY)[0] === code;
  const details = typeof error.details === 'string' ? error.details : '';
  const message = code !== 'INTERNAL' && sentOnPurpose && details !== '' ? details : GENERIC_MESSAGES[code];
  const reason = metadata?.get(ERROR_REASON_METADATA_KEY)[0];
  const domainError = new DomainError(
    code,
    message,
    decodeViolations(metadata),
    code !== 'INTERNAL' && typeof reason === 'string' ? reason : undefined,
  );
  domainError.cause = error;
  return domainError;
}
