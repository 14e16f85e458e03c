/**
 * One error model for every service. Domain code throws DomainError with a code; the gRPC layer
 * turns the code into a status, and the gateway turns the status into problem+json.
 */
export const ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_ARGUMENT',
  'FAILED_PRECONDITION',
  'ALREADY_EXISTS',
  'PERMISSION_DENIED',
  'UNAUTHENTICATED',
  'UNAVAILABLE',
  'DEADLINE_EXCEEDED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A field-level problem, shown next to the field in forms. `code` is a stable machine string
 * (`required`, `too_long`, `invalid_format`, ...) the web app maps to its own translated message;
 * `message` stays as the English fallback.
 */
export interface FieldViolation {
  field: string;
  message: string;
  code?: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly violations: FieldViolation[] = [],
    /** A stable machine string for the specific cause (`client.primary_contact_missing`), finer than `code`. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string, id?: string): DomainError {
    return new DomainError('NOT_FOUND', id ? `${what} ${id} was not found` : `${what} was not found`);
  }

  static invalid(message: string, violations: FieldViolation[] = [], reason?: string): DomainError {
    return new DomainError('INVALID_ARGUMENT', message, violations, reason);
  }

  static precondition(message: string, reason?: string): DomainError {
    return new DomainError('FAILED_PRECONDITION', message, [], reason);
  }

  static conflict(message: string, reason?: string): DomainError {
    return new DomainError('ALREADY_EXISTS', message, [], reason);
  }

  static forbidden(message = 'You are not allowed to do this', reason?: string): DomainError {
    return new DomainError('PERMISSION_DENIED', message, [], reason);
  }

  static unauthenticated(message = 'Authentication is required'): DomainError {
    return new DomainError('UNAUTHENTICATED', message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** The message a client may see: domain messages as written, anything else generic. */
export const INTERNAL_MESSAGE =
  'Something went wrong on our side. Try again, and contact support if it persists.';

const HTTP_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID_ARGUMENT: 400,
  FAILED_PRECONDITION: 409,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  UNAUTHENTICATED: 401,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 504,
  INTERNAL: 500,
};

const TITLES: Record<ErrorCode, string> = {
  NOT_FOUND: 'Not found',
  INVALID_ARGUMENT: 'Invalid request',
  FAILED_PRECONDITION: 'Not possible in the current state',
  ALREADY_EXISTS: 'Already exists',
  PERMISSION_DENIED: 'Forbidden',
  UNAUTHENTICATED: 'Authentication required',
  UNAVAILABLE: 'Service unavailable',
  DEADLINE_EXCEEDED: 'The request took too long',
  INTERNAL: 'Internal error',
};

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

/** RFC 9457 problem details, as the gateway sends them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  reason?: string;
  correlationId?: string;
  violations?: FieldViolation[];
}

export function toProblemDetails(error: unknown, correlationId?: string): ProblemDetails {
  const domain = isDomainError(error) ? error : new DomainError('INTERNAL', INTERNAL_MESSAGE);
  const problem: ProblemDetails = {
    type: `https://client-portal.dev/problems/${domain.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[domain.code],
    status: httpStatusOf(domain.code),
    detail: domain.code === 'INTERNAL' ? INTERNAL_MESSAGE : domain.message,
    code: domain.code,
  };
  if (domain.reason && domain.code !== 'INTERNAL') problem.reason = domain.reason;
  if (correlationId) problem.correlationId = correlationId;
  if (domain.violations.length > 0) problem.violations = domain.violations;
  return problem;
}
