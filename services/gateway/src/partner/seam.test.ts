import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { DomainError, createLogger } from '@client-portal/kit';
import { nextPageToken, readListOptions } from './call.js';
import type { Backends } from '../http/backends.js';
import {
  PARTNER_PROTO_FILES,
  PARTNER_SCOPES,
  PARTNER_SERVICES,
  partnerServiceDefinition,
} from './contract.js';
import { partnerResources } from './resources/index.js';
import { PartnerError, scopeMissing, toPartnerStatus } from './errors.js';
import { PartnerRateLimiter } from './rate-limit.js';

const logger = createLogger('test', 'silent');

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Decodes what a partner's gRPC library would find in `grpc-status-details-bin`. */
function detailsOf(status: grpc.StatusObject) {
  const root = protobuf.loadSync([
    `${__dirname}/../../../../proto/google/rpc/status.proto`,
    `${__dirname}/../../../../proto/google/rpc/error_details.proto`,
  ]);
  const [bytes] = status.metadata.get('grpc-status-details-bin');
  if (!(bytes instanceof Buffer)) throw new Error('no google.rpc.Status trailer');
  const decoded = root.lookupType('google.rpc.Status').decode(bytes) as unknown as {
    code: number;
    message: string;
    details: { type_url: string; value: Uint8Array }[];
  };
  const byType = new Map<string, Record<string, unknown>>();
  for (const detail of decoded.details) {
    const name = detail.type_url.replace('type.googleapis.com/', '');
    const type = root.lookupType(name);
    byType.set(name, type.toObject(type.decode(detail.value), { longs: Number }));
  }
  return { code: decoded.code, message: decoded.message, byType };
}

describe('partner API list options', () => {
  it('defaults the page size to 50 and refuses sizes and dates it cannot use, naming the field', () => {
    expect(readListOptions(undefined, 'ListClients', {})).toEqual({
      pageSize: 50,
      innerToken: '',
      updatedSince: '',
    });
    const error = refusal(() =>
      readListOptions({ pageSize: 101, updatedSince: 'yesterday' }, 'ListClients', {}),
    );
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.violations.map((violation) => violation.field)).toEqual([
      'options.page_size',
      'options.updated_since',
    ]);
    expect(
      readListOptions({ updatedSince: '2026-11-30T17:00:00+01:00' }, 'ListClients', {}).updatedSince,
    ).toBe('2026-11-30T16:00:00.000Z');
  });

  it('gives back the inner token only to the same list with the same filters', () => {
    const window = readListOptions({ updatedSince: '2026-11-01T00:00:00Z' }, 'ListClients', {
      status: 'active',
    });
    const token = nextPageToken('inner-cursor', 'ListClients', { status: 'active' }, window);
    expect(token).not.toContain('inner-cursor');
    expect(
      readListOptions({ pageToken: token, updatedSince: '2026-11-01T00:00:00Z' }, 'ListClients', {
        status: 'active',
      }).innerToken,
    ).toBe('inner-cursor');
    for (const [options, list, filters] of [
      [{ pageToken: token, updatedSince: '2026-11-01T00:00:00Z' }, 'ListProjects', { status: 'active' }],
      [{ pageToken: token, updatedSince: '2026-11-01T00:00:00Z' }, 'ListClients', { status: 'prospect' }],
      [{ pageToken: token }, 'ListClients', { status: 'active' }],
      [{ pageToken: 'not-a-token' }, 'ListClients', { status: 'active' }],
    ] as const) {
      const error = refusal(() => readListOptions(options, list, filters));
      expect(error.violations).toEqual([expect.objectContaining({ field: 'options.page_token' })]);
    }
    expect(nextPageToken('', 'ListClients', {}, window)).toBe('');
  });
});

describe('partner API errors on the wire', () => {
  it('sends field violations as google.rpc.BadRequest and a stable reason as ErrorInfo', () => {
    const status = toPartnerStatus(
      DomainError.invalid('The client is not valid', [{ field: 'name', message: 'is required' }]),
      logger,
    );
    expect(status.code).toBe(grpc.status.INVALID_ARGUMENT);
    const { byType } = detailsOf(status);
    expect(byType.get('google.rpc.BadRequest')).toEqual({
      fieldViolations: [{ field: 'name', description: 'is required' }],
    });
    expect(byType.get('google.rpc.ErrorInfo')).toMatchObject({
      reason: 'INVALID_FIELDS',
      domain: 'partner.client-portal',
    });
    // Nothing of the internal trailers goes out.
    expect(status.metadata.get('x-field-violations')).toEqual([]);
  });

  it('names the missing scope, and tells when to retry after the rate limit', () => {
    const denied = toPartnerStatus(scopeMissing('documents:write'), logger);
    expect(denied.code).toBe(grpc.status.PERMISSION_DENIED);
    expect(denied.details).toContain('documents:write');
    expect(detailsOf(denied).byType.get('google.rpc.ErrorInfo')).toMatchObject({
      reason: 'SCOPE_MISSING',
      metadata: { scope: 'documents:write' },
    });
    const limited = toPartnerStatus(
      new PartnerError(grpc.status.RESOURCE_EXHAUSTED, 'slow down', 'RATE_LIMITED', 2500),
      logger,
    );
    expect(detailsOf(limited).byType.get('google.rpc.RetryInfo')).toEqual({
      retryDelay: { seconds: 2, nanos: 500_000_000 },
    });
  });

  it('hides what a bug says behind INTERNAL', () => {
    const status = toPartnerStatus(new Error('mongo at 10.0.0.3 refused'), logger);
    expect(status.code).toBe(grpc.status.INTERNAL);
    expect(JSON.stringify(detailsOf(status))).not.toContain('10.0.0.3');
  });
});

describe('partner API rate limit', () => {
  it('lets a burst of a minute through, then refuses with the wait until the next call', () => {
    let now = 0;
    const limiter = new PartnerRateLimiter(() => now);
    for (let call = 0; call < 60; call++) limiter.take('app', 60);
    let refused: unknown;
    try {
      limiter.take('app', 60);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(PartnerError);
    expect((refused as PartnerError).retryAfterMs).toBe(1000);
    // Another application has its own allowance.
    limiter.take('other', 60);
    now += 1000;
    limiter.take('app', 60);
  });
});

/** Each partner method's scope as its proto comment publishes it ("Scope: `clients:read`. …"). */
function publishedScopes(): Map<string, string> {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => `${__dirname}/../../../../proto/${target}`;
  root.loadSync(PARTNER_PROTO_FILES as unknown as string[], { alternateCommentMode: true });
  const scopes = new Map<string, string>();
  for (const service of PARTNER_SERVICES) {
    for (const method of root.lookupService(`client_portal.partner.v1.${service}`).methodsArray) {
      scopes.set(
        `${service}/${method.name}`,
        /^Scope: `([a-z]+:[a-z]+)`/.exec(method.comment ?? '')?.[1] ?? '',
      );
    }
  }
  return scopes;
}

describe('partner API contract', () => {
  it('publishes one known scope in every method comment', () => {
    const scopes = publishedScopes();
    expect(scopes.size).toBeGreaterThan(20);
    for (const [method, scope] of scopes)
      expect([method, PARTNER_SCOPES.includes(scope as never)]).toEqual([method, true]);
  });

  it('enforces, for every implemented method, the scope its comment publishes, and writes are idempotent', () => {
    const scopes = publishedScopes();
    for (const resource of partnerResources) {
      const definition = partnerServiceDefinition(resource.service);
      const methods = resource.methods({} as Backends);
      for (const [name, method] of Object.entries(methods)) {
        expect([name, name in definition]).toEqual([name, true]);
        expect([name, method.scope]).toEqual([name, scopes.get(`${resource.service}/${name}`)]);
        expect([name, method.write === true]).toEqual([name, method.scope.endsWith(':write')]);
      }
    }
  });
});
