import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { pino } from 'pino';
import {
  DomainError,
  ERROR_CODES,
  INTERNAL_MESSAGE,
  type ErrorCode,
  toProblemDetails,
  type FieldViolation,
} from '../errors.js';
import type { Logger } from '../logger.js';
import {
  DOMAIN_ERROR_METADATA_KEY,
  FIELD_VIOLATIONS_METADATA_KEY,
  errorCodeOf,
  fromServiceError,
  grpcStatusOf,
  toServiceError,
} from './status.js';

function memoryLogger(): { logger: Logger; text: () => string } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, destination), text: () => chunks.join('') };
}

/** Shaped the way grpc-js hands a failed call to a client callback. */
function receivedError(status: grpc.StatusObject): grpc.ServiceError {
  return Object.assign(new Error(`${status.code} ${grpc.status[status.code]}: ${status.details}`), status);
}

function roundTrip(error: unknown): DomainError {
  return fromServiceError(receivedError(toServiceError(error, memoryLogger().logger)));
}

describe('grpcStatusOf', () => {
  it.each<[ErrorCode, grpc.status]>([
    ['NOT_FOUND', grpc.status.NOT_FOUND],
    ['INVALID_ARGUMENT', grpc.status.INVALID_ARGUMENT],
    ['FAILED_PRECONDITION', grpc.status.FAILED_PRECONDITION],
    ['ALREADY_EXISTS', grpc.status.ALREADY_EXISTS],
    ['PERMISSION_DENIED', grpc.status.PERMISSION_DENIED],
    ['UNAUTHENTICATED', grpc.status.UNAUTHENTICATED],
    ['UNAVAILABLE', grpc.status.UNAVAILABLE],
    ['DEADLINE_EXCEEDED', grpc.status.DEADLINE_EXCEEDED],
    ['INTERNAL', grpc.status.INTERNAL],
  ])('maps %s to its gRPC status', (code, status) => {
    expect(grpcStatusOf(code)).toBe(status);
  });

  it('covers every error code', () => {
    for (const code of ERROR_CODES) expect(errorCodeOf(grpcStatusOf(code))).toBe(code);
  });
});

describe('errorCodeOf', () => {
  it.each<[grpc.status | number, ErrorCode]>([
    [grpc.status.OUT_OF_RANGE, 'INVALID_ARGUMENT'],
    [grpc.status.ABORTED, 'FAILED_PRECONDITION'],
    [grpc.status.CANCELLED, 'UNAVAILABLE'],
    [grpc.status.RESOURCE_EXHAUSTED, 'UNAVAILABLE'],
    [grpc.status.UNKNOWN, 'INTERNAL'],
    [grpc.status.UNIMPLEMENTED, 'INTERNAL'],
    [grpc.status.DATA_LOSS, 'INTERNAL'],
    [grpc.status.OK, 'INTERNAL'],
    [999, 'INTERNAL'],
  ])('maps status %s to %s', (status, code) => {
    expect(errorCodeOf(status)).toBe(code);
  });
});

describe('toServiceError', () => {
  it('sends a DomainError with its status, message and violations', () => {
    const violations = [{ field: 'email', message: 'Email is not valid' }];
    const status = toServiceError(
      DomainError.invalid('The form has errors', violations),
      memoryLogger().logger,
    );

    expect(status.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(status.details).toBe('The form has errors');
    const sent = status.metadata.get(FIELD_VIOLATIONS_METADATA_KEY)[0];
    expect(JSON.parse(String(sent))).toEqual(violations);
    expect(status.metadata.get(DOMAIN_ERROR_METADATA_KEY)).toEqual(['INVALID_ARGUMENT']);
  });

  it('sends no violations key when there are none', () => {
    const status = toServiceError(DomainError.notFound('Invoice', 'inv_1'), memoryLogger().logger);

    expect(status.code).toBe(grpc.status.NOT_FOUND);
    expect(status.details).toBe('Invoice inv_1 was not found');
    expect(status.metadata.get(FIELD_VIOLATIONS_METADATA_KEY)).toEqual([]);
  });

  it('keeps violations within printable ASCII, as metadata requires', () => {
    const violations = [{ field: 'nom', message: 'Le prénom est obligatoire — 名前 😀' }];
    const status = toServiceError(DomainError.invalid('Erreurs', violations), memoryLogger().logger);

    expect(String(status.metadata.get(FIELD_VIOLATIONS_METADATA_KEY)[0])).toMatch(/^[ -~]+$/);
  });

  it('drops violations that would not fit in trailers rather than losing the error', () => {
    const violations = Array.from({ length: 200 }, (_, index) => ({
      field: `items.${index}.quantity`,
      message: 'Quantity must be a positive whole number',
    }));
    const status = toServiceError(
      DomainError.invalid('Too many problems', violations),
      memoryLogger().logger,
    );
    const sent = String(status.metadata.get(FIELD_VIOLATIONS_METADATA_KEY)[0]);

    expect(sent.length).toBeLessThanOrEqual(4096);
    const parsed: unknown = JSON.parse(sent);
    expect(Array.isArray(parsed) && parsed.length > 0 && parsed.length < 200).toBe(true);
  });

  it('turns an unknown error into INTERNAL with the generic message and logs the original', () => {
    const { logger, text } = memoryLogger();
    const status = toServiceError(new TypeError('Cannot read token of undefined at repository'), logger);

    expect(status.code).toBe(grpc.status.INTERNAL);
    expect(status.details).toBe(INTERNAL_MESSAGE);
    expect(inspect(status, { depth: Infinity })).not.toContain('repository');
    expect(text()).toContain('Cannot read token of undefined at repository');
    expect(text()).toContain('status.test.ts');
  });

  it('treats a DomainError coded INTERNAL like any unknown error', () => {
    const { logger, text } = memoryLogger();
    const status = toServiceError(new DomainError('INTERNAL', 'Ledger totals disagree by 12'), logger);

    expect(status.code).toBe(grpc.status.INTERNAL);
    expect(status.details).toBe(INTERNAL_MESSAGE);
    expect(text()).toContain('Ledger totals disagree by 12');
  });

  it('handles thrown values that are not errors', () => {
    const status = toServiceError('a string', memoryLogger().logger);

    expect(status.code).toBe(grpc.status.INTERNAL);
    expect(status.details).toBe(INTERNAL_MESSAGE);
  });
});

describe('fromServiceError', () => {
  it.each(ERROR_CODES.filter((code) => code !== 'INTERNAL'))('round-trips a %s DomainError', (code) => {
    const violations: FieldViolation[] = [{ field: 'nom', message: 'Le prénom est obligatoire — 名前 😀' }];
    const received = roundTrip(new DomainError(code, `Written for the user: ${code}`, violations));

    expect(received).toBeInstanceOf(DomainError);
    expect(received.code).toBe(code);
    expect(received.message).toBe(`Written for the user: ${code}`);
    expect(received.violations).toEqual(violations);
  });

  it('round-trips the machine reason and the violation codes the web app translates', () => {
    const received = roundTrip(
      DomainError.invalid(
        'Check the fields',
        [
          { field: 'email', message: 'Email is not valid', code: 'invalid_format' },
          { field: 'name', message: 'Name is required' },
        ],
        'client.invalid',
      ),
    );

    expect(received.reason).toBe('client.invalid');
    expect(received.violations).toEqual([
      { field: 'email', message: 'Email is not valid', code: 'invalid_format' },
      { field: 'name', message: 'Name is required' },
    ]);
    expect(toProblemDetails(received)).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'client.invalid',
      violations: [{ field: 'email', code: 'invalid_format' }, { field: 'name' }],
    });
  });

  it('sends no reason for an internal error', () => {
    const problem = toProblemDetails(new DomainError('INTERNAL', 'db down', [], 'store.down'));
    expect(problem.reason).toBeUndefined();
  });

  it('round-trips an unknown error as INTERNAL without its text', () => {
    const received = roundTrip(new Error('connection string mongodb://admin:secret@db'));

    expect(received.code).toBe('INTERNAL');
    expect(received.message).toBe(INTERNAL_MESSAGE);
    expect(inspect(received, { depth: Infinity, showHidden: true })).not.toContain('secret@db');
  });

  it.each<[grpc.status, ErrorCode]>([
    [grpc.status.UNAVAILABLE, 'UNAVAILABLE'],
    [grpc.status.CANCELLED, 'UNAVAILABLE'],
    [grpc.status.DEADLINE_EXCEEDED, 'DEADLINE_EXCEEDED'],
    [grpc.status.UNKNOWN, 'INTERNAL'],
    [grpc.status.INTERNAL, 'INTERNAL'],
    [grpc.status.UNIMPLEMENTED, 'INTERNAL'],
  ])('replaces the transport text of status %s with a generic %s message', (status, code) => {
    const details = 'No connection established. Last error: connect ECONNREFUSED 10.1.2.3:50051';
    const received = fromServiceError(
      receivedError({ code: status, details, metadata: new grpc.Metadata() }),
    );

    expect(received.code).toBe(code);
    expect(received.message).not.toContain('10.1.2.3');
    expect(received.message.length).toBeGreaterThan(0);
    expect(received.cause).toBeDefined();
  });

  it('keeps the text of statuses only servers send, even without the kit marker', () => {
    const received = fromServiceError(
      receivedError({
        code: grpc.status.ALREADY_EXISTS,
        details: 'Slug taken',
        metadata: new grpc.Metadata(),
      }),
    );

    expect(received.code).toBe('ALREADY_EXISTS');
    expect(received.message).toBe('Slug taken');
  });

  it('ignores violations it cannot read', () => {
    const metadata = new grpc.Metadata();
    metadata.set(
      FIELD_VIOLATIONS_METADATA_KEY,
      '[{"field":"email"},{"field":"name","message":"Required"},"x"',
    );
    const malformed = fromServiceError(
      receivedError({ code: grpc.status.INVALID_ARGUMENT, details: 'Invalid', metadata }),
    );
    metadata.set(FIELD_VIOLATIONS_METADATA_KEY, '[{"field":"email"},{"field":"name","message":"Required"}]');
    const partial = fromServiceError(
      receivedError({ code: grpc.status.INVALID_ARGUMENT, details: 'Invalid', metadata }),
    );

    expect(malformed.violations).toEqual([]);
    expect(partial.violations).toEqual([{ field: 'name', message: 'Required' }]);
  });

  it('returns a DomainError unchanged', () => {
    const error = DomainError.forbidden();

    expect(fromServiceError(error)).toBe(error);
  });

  it('turns anything that is not a gRPC status into INTERNAL', () => {
    const received = fromServiceError(new Error('Channel has been shut down'));

    expect(received.code).toBe('INTERNAL');
    expect(received.message).toBe(INTERNAL_MESSAGE);
  });
});
