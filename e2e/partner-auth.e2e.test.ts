import * as grpc from '@grpc/grpc-js';
import { createLogger, type GrpcServer } from '@client-portal/kit';
import { infrastructure, passwordToken, uniqueName } from '@client-portal/testing';
import { createPartnerServer, type PartnerResource } from '../services/gateway/src/partner/server.js';
import { partnerResources } from '../services/gateway/src/partner/resources/index.js';
import type { PartnerScope } from '../services/gateway/src/partner/contract.js';
import {
  createPartnerApplication,
  partnerAccessToken,
  partnerClient,
  partnerRpcs,
  partnerFailure,
  revokePartnerApplication,
  rotatePartnerSecret,
  type PartnerClients,
  type PartnerRpc,
} from './support/partner.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

const rpcs = partnerRpcs();
const READ_SCOPES = [...new Set(rpcs.map((rpc) => rpc.scope).filter((scope) => scope.endsWith(':read')))];
const WRITE_SCOPES = [...new Set(rpcs.map((rpc) => rpc.scope).filter((scope) => scope.endsWith(':write')))];
const implemented = new Set(partnerResources.map((resource) => resource.service));

/**
 * Until a resource module is merged, its service is served by a stand-in that answers an empty
 * message: the token, rate limit, scope and idempotency checks are the server's, the same for all.
 */
function standIns(): PartnerResource[] {
  const missing = new Map<PartnerRpc['service'], PartnerRpc[]>();
  for (const rpc of rpcs)
    if (!implemented.has(rpc.service)) missing.set(rpc.service, [...(missing.get(rpc.service) ?? []), rpc]);
  return [...missing].map(([service, methods]) => ({
    service,
    methods: () =>
      Object.fromEntries(
        methods.map((rpc) => [
          rpc.method,
          { scope: rpc.scope as PartnerScope, write: rpc.write, handle: () => Promise.resolve({}) },
        ]),
      ),
  }));
}

/** A request every RPC accepts past authentication (writes carry a fresh idempotency key). */
const requestOf = (rpc: PartnerRpc): Record<string, unknown> =>
  rpc.write ? { idempotencyKey: uniqueName('key') } : {};

/**
 * The partner API's authentication and authorisation for EVERY RPC of the published protos, with real
 * Keycloak tokens: no token, a token without the scope, a revoked or rotated-away application, another
 * tenant, the rate limit (RESOURCE_EXHAUSTED with RetryInfo decoded from grpc-status-details-bin).
 */
describe('partner API: tokens, scopes, tenants and rate limits on every RPC', () => {
  let platform: Platform;
  let server: GrpcServer;
  let port: number;
  let tenantA: string;
  let tenantB: string;
  const open: PartnerClients[] = [];
  const created: { tenantId: string; applicationId: string }[] = [];
  /** An application of the tenant, revoked after the file so no Keycloak client outlives the test. */
  const application = async (
    tenantId: string,
    scopes: readonly string[],
    options: { name?: string; rateLimitPerMinute?: number } = {},
  ) => {
    const app = await createPartnerApplication({ platform, tenantId }, scopes, options);
    created.push({ tenantId, applicationId: app.applicationId });
    return app;
  };
  const clientFor = (token: string | null): PartnerClients => {
    const client = partnerClient(port, token);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    platform = await Platform.start();
    tenantA = (await createTenant(platform, { name: 'Agency A' })).tenantId;
    tenantB = (await createTenant(platform, { name: 'Agency B' })).tenantId;
    server = createPartnerServer(
      {
        host: '127.0.0.1',
        port: 0,
        tlsCertFile: '',
        tlsKeyFile: '',
        reflection: false,
        keycloakUrl: infrastructure().keycloakUrl,
        realm: 'client-portal',
        audience: 'client-portal-partner-api',
      },
      platform.gateway.backends,
      createLogger('partner-auth-test', 'warn'),
      [...partnerResources, ...standIns()],
    );
    port = await server.start();
  }, 240_000);

  afterAll(async () => {
    for (const client of open) client.close();
    for (const app of created)
      await revokePartnerApplication(platform, app.tenantId, app.applicationId).catch(() => undefined);
    await server.shutdown(1000);
    await platform.stop();
  });

  it('reads every RPC and its scope from the protos; real resources declare the same scopes', () => {
    expect(rpcs.length).toBeGreaterThanOrEqual(20);
    for (const resource of partnerResources) {
      const methods = resource.methods(platform.gateway.backends);
      for (const rpc of rpcs.filter((candidate) => candidate.service === resource.service)) {
        expect([rpc.method, methods[rpc.method]?.scope]).toEqual([rpc.method, rpc.scope]);
        expect([rpc.method, Boolean(methods[rpc.method]?.write)]).toEqual([rpc.method, rpc.write]);
      }
    }
  });

  it('refuses a call without a token, and a token that is not a partner token, on every RPC', async () => {
    const anonymous = clientFor(null);
    const user = await createTenant(platform, { name: 'Agency C' });
    const userToken = await passwordToken(user.owner.email, user.owner.password);
    const withUserToken = clientFor(userToken);
    for (const rpc of rpcs) {
      const none = await anonymous[rpc.service].fail(rpc.method, requestOf(rpc));
      expect([rpc.method, grpc.status[none.code], none.errorInfo?.reason]).toEqual([
        rpc.method,
        'UNAUTHENTICATED',
        'TOKEN_MISSING',
      ]);
      const staffToken = await withUserToken[rpc.service].fail(rpc.method, requestOf(rpc));
      expect([rpc.method, grpc.status[staffToken.code]]).toEqual([rpc.method, 'UNAUTHENTICATED']);
    }
  });

  it('lets each scope through to its own RPCs only: every other RPC is refused naming its scope', async () => {
    // One application per scope, holding that scope alone: the matrix of scopes × RPCs, each cell
    // expected from the scope the RPC's proto comment publishes.
    const scopes = [...new Set(rpcs.map((rpc) => rpc.scope))];
    const holders = await Promise.all(
      scopes.map(async (scope) => {
        const app = await application(tenantA, [scope], { name: `Only ${scope}` });
        return { scope, client: clientFor(await partnerAccessToken(app.clientId, app.clientSecret)) };
      }),
    );
    const cells: string[] = [];
    const expected: string[] = [];
    for (const { scope, client } of holders)
      for (const rpc of rpcs) {
        let code = 'OK';
        let named: string | undefined;
        try {
          await client[rpc.service].call(rpc.method, requestOf(rpc));
        } catch (error) {
          code = grpc.status[(error as grpc.ServiceError).code];
          if (code === 'PERMISSION_DENIED') {
            const refused = await client[rpc.service].fail(rpc.method, requestOf(rpc));
            named = refused.errorInfo?.metadata.scope;
            expect(refused.message).toContain(rpc.scope);
          }
        }
        // With its scope a call gets past authentication and authorisation (a real resource may still
        // refuse the empty request as invalid, or find nothing); without it, PERMISSION_DENIED naming it.
        const passed = !['UNAUTHENTICATED', 'PERMISSION_DENIED', 'UNIMPLEMENTED'].includes(code);
        cells.push(`${scope} ${rpc.service}/${rpc.method}: ${passed ? 'passes' : `${code} ${named ?? ''}`}`);
        expected.push(
          `${scope} ${rpc.service}/${rpc.method}: ${rpc.scope === scope ? 'passes' : `PERMISSION_DENIED ${rpc.scope}`}`,
        );
      }
    expect(cells).toEqual(expected);
  });

  it('refuses the next call once the application is revoked, or its secret rotated', async () => {
    const app = await application(tenantA, [...READ_SCOPES, ...WRITE_SCOPES]);
    const token = await partnerAccessToken(app.clientId, app.clientSecret);
    const client = clientFor(token);
    const [first] = rpcs;
    if (!first) throw new Error('no RPC');
    await client[first.service].call(first.method, requestOf(first)).catch((error: unknown) => {
      expect(['UNAUTHENTICATED', 'PERMISSION_DENIED']).not.toContain(
        grpc.status[(error as grpc.ServiceError).code],
      );
    });
    // Rotation: tokens are stamped in whole seconds, so rotate a second after this one was issued.
    const other = await application(tenantA, READ_SCOPES);
    const oldToken = clientFor(await partnerAccessToken(other.clientId, other.clientSecret));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const rotated = await rotatePartnerSecret(platform, tenantA, other.applicationId);
    const read = rpcs.find((rpc) => rpc.scope.endsWith(':read'));
    if (!read) throw new Error('no read RPC');
    const stale = await oldToken[read.service].fail(read.method, {});
    expect(grpc.status[stale.code]).toBe('UNAUTHENTICATED');
    expect(stale.message).toContain('rotated');
    const fresh = clientFor(await partnerAccessToken(other.clientId, rotated));
    await fresh[read.service].call(read.method, {}).catch((error: unknown) => {
      expect(['UNAUTHENTICATED', 'PERMISSION_DENIED']).not.toContain(
        grpc.status[(error as grpc.ServiceError).code],
      );
    });
    await revokePartnerApplication(platform, tenantA, app.applicationId);
    for (const rpc of rpcs) {
      const refused = await client[rpc.service].fail(rpc.method, requestOf(rpc));
      expect([rpc.method, grpc.status[refused.code]]).toEqual([rpc.method, 'UNAUTHENTICATED']);
    }
  });

  it('answers NOT_FOUND to a tenant-B token asking tenant A ids', async () => {
    const b = await application(tenantB, [...READ_SCOPES, ...WRITE_SCOPES]);
    const fromB = clientFor(await partnerAccessToken(b.clientId, b.clientSecret));
    const a = await application(tenantA, ['clients:write', 'clients:read']);
    const fromA = clientFor(await partnerAccessToken(a.clientId, a.clientSecret));
    const created = await fromA.ClientService.call<{ id: string }>('CreateClient', {
      idempotencyKey: uniqueName('key'),
      name: 'Tenant A client',
    });
    const refused = await fromB.ClientService.fail('GetClient', { id: created.id });
    expect(grpc.status[refused.code]).toBe('NOT_FOUND');
  });

  it('runs a write once per idempotency key, answers the first result to a replay, and frees the key of a refused write', async () => {
    const app = await application(tenantA, ['clients:write', 'clients:read']);
    const clients = clientFor(await partnerAccessToken(app.clientId, app.clientSecret)).ClientService;
    const name = uniqueName('Idempotent Co');
    const key = uniqueName('key');
    const first = await clients.call<{ id: string; name: string }>('CreateClient', {
      idempotencyKey: key,
      name,
    });
    const replay = await clients.call<{ id: string; name: string }>('CreateClient', {
      idempotencyKey: key,
      name,
    });
    expect(replay).toEqual(first);
    const listed = await clients.call<{ clients: { id: string; name: string }[] }>('ListClients', {
      options: { pageSize: 100 },
    });
    expect(listed.clients.filter((client) => client.name === name).map((client) => client.id)).toEqual([
      first.id,
    ]);

    // The same key for another request is refused, naming the key; so is a write without one.
    const reused = await clients.fail('CreateClient', { idempotencyKey: key, name: `${name} bis` });
    expect([grpc.status[reused.code], reused.errorInfo?.reason]).toEqual([
      'INVALID_ARGUMENT',
      'IDEMPOTENCY_KEY_REUSED',
    ]);
    expect(reused.fieldViolations.map((violation) => violation.field)).toEqual(['idempotency_key']);
    const keyless = await clients.fail('CreateClient', { name: `${name} ter` });
    expect(keyless.fieldViolations.map((violation) => violation.field)).toEqual(['idempotency_key']);

    // A refused write did not happen: its key is free for the corrected request.
    const retryKey = uniqueName('key');
    const refused = await clients.fail('CreateClient', { idempotencyKey: retryKey, name: '' });
    expect(grpc.status[refused.code]).toBe('INVALID_ARGUMENT');
    expect(refused.fieldViolations.map((violation) => violation.field)).toContain('name');
    const corrected = await clients.call<{ name: string }>('CreateClient', {
      idempotencyKey: retryKey,
      name: `${name} quater`,
    });
    expect(corrected.name).toBe(`${name} quater`);

    // A malformed page token is refused naming it, with google.rpc.BadRequest.
    const badPage = await clients.fail('ListClients', { options: { pageToken: 'not-a-token' } });
    expect([grpc.status[badPage.code], badPage.fieldViolations.map((violation) => violation.field)]).toEqual([
      'INVALID_ARGUMENT',
      ['options.page_token'],
    ]);
  });

  it('answers RESOURCE_EXHAUSTED with RetryInfo past the rate limit', async () => {
    const app = await application(tenantA, READ_SCOPES, {
      rateLimitPerMinute: 10,
    });
    const client = clientFor(await partnerAccessToken(app.clientId, app.clientSecret));
    const read = rpcs.find((rpc) => rpc.scope.endsWith(':read'));
    if (!read) throw new Error('no read RPC');
    const codes: string[] = [];
    for (let call = 0; call < 12; call++) {
      try {
        await client[read.service].call(read.method, {});
        codes.push('OK');
      } catch (error) {
        const failure = partnerFailure(error);
        codes.push(grpc.status[failure.code]);
        if (failure.code === grpc.status.RESOURCE_EXHAUSTED) {
          expect(failure.errorInfo?.reason).toBe('RATE_LIMITED');
          expect(failure.retryDelayMs).toBeGreaterThan(0);
        }
      }
    }
    expect(codes.filter((code) => code === 'RESOURCE_EXHAUSTED').length).toBeGreaterThanOrEqual(1);
    expect(codes.slice(0, 10)).not.toContain('RESOURCE_EXHAUSTED');
  });
});
