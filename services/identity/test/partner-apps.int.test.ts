import {
  as,
  asService,
  clientCredentialsToken,
  clientUser,
  serviceTestEnvironment,
  staff,
  TEST_PRINCIPAL_KEYS,
  uniqueName,
  verifyRealmToken,
} from '@client-portal/testing';
import { createPrincipalVerifier, parsePrincipalPublicKeys, type ServiceRuntime } from '@client-portal/kit';
import { createServiceClient as contractClient, type ServiceClient } from '@client-portal/contracts';
import { loadIdentityConfig } from '../src/config.js';
import { startIdentity } from '../src/app.js';
import { PartnerIdempotencyService } from '../src/application/partner-idempotency.service.js';
import { PartnerIdempotencyRepository } from '../src/store/partner-idempotency.repository.js';

/** Keycloak's answer to a client-credentials request: the token, or why it refused. */
async function grant(clientId: string, clientSecret: string): Promise<{ status: number; error?: string }> {
  try {
    await clientCredentialsToken({ id: clientId, secret: clientSecret });
    return { status: 200 };
  } catch (error) {
    return { status: 401, error: (error as Error).message };
  }
}

interface Refusal {
  code: string;
  violations: { field: string; code?: string; message: string }[];
}

/** The error a call is refused with (the gRPC client turns it into a DomainError-like object). */
async function refusal(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('the call was not refused');
}

describe('partner applications (issue 13) against the real Keycloak', () => {
  const environment = serviceTestEnvironment('identity');
  let runtime: ServiceRuntime;
  let apps: ServiceClient<'partnerApplications'>;
  let keys: ServiceClient<'partnerIdempotency'>;
  const tenant = uniqueName('tenant');
  const otherTenant = uniqueName('tenant');
  const owner = as(staff(tenant, 'owner'));
  const admin = as(staff(tenant, 'admin'));
  const created: { id: string; tenantId: string }[] = [];

  beforeAll(async () => {
    runtime = await startIdentity(loadIdentityConfig(environment));
    apps = contractClient('partnerApplications', `127.0.0.1:${runtime.grpcPort}`);
    keys = contractClient('partnerIdempotency', `127.0.0.1:${runtime.grpcPort}`);
  });

  afterAll(async () => {
    // No Keycloak client outlives the test.
    for (const app of created)
      await apps
        .revokePartnerApplication({ id: app.id }, as(staff(app.tenantId, 'owner')))
        .catch(() => undefined);
    apps.close();
    keys.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('creates a Keycloak client whose client-credentials token carries the audience, tenant and application; rotates; revokes', async () => {
    const issued = await apps.createPartnerApplication(
      {
        name: '  Acme Books ',
        description: 'Accounting sync',
        scopes: ['documents:read', 'clients:read', 'clients:read'],
      },
      owner,
    );
    created.push({ id: issued.application?.id ?? '', tenantId: tenant });
    const application = issued.application;
    if (!application) throw new Error('no application answered');
    expect(application).toMatchObject({
      name: 'Acme Books',
      description: 'Accounting sync',
      scopes: ['clients:read', 'documents:read'],
      rateLimitPerMinute: 600,
      status: 'active',
      secretHint: issued.clientSecret.slice(0, 4),
      lastUsedAt: '',
    });
    expect(application.clientId).toMatch(/^partner-[0-9a-f]{12}$/);
    expect(issued.clientSecret.length).toBeGreaterThanOrEqual(40);
    expect(issued.tokenUrl).toBe(
      `${environment.KEYCLOAK_URL}/realms/client-portal/protocol/openid-connect/token`,
    );
    // Identity answers neither the secret again nor its hash.
    const listed = await apps.listPartnerApplications({}, admin);
    expect(listed.applications.map((app) => app.id)).toEqual([application.id]);
    expect(JSON.stringify(listed)).not.toContain(issued.clientSecret);
    const stored = await runtime.connection.collection('partner_applications').findOne({});
    expect(JSON.stringify(stored)).not.toContain(issued.clientSecret);
    expect(stored?.secretHash).toMatch(/^[0-9a-f]{64}$/);

    const token = await clientCredentialsToken({ id: application.clientId, secret: issued.clientSecret });
    const { claims } = await verifyRealmToken(token);
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    expect(audiences).toContain('client-portal-partner-api');
    expect(claims).toMatchObject({
      azp: application.clientId,
      tenant_id: tenant,
      partner_app_id: application.id,
    });
    // No browser or password flow: Keycloak refuses a password grant for this client outright.
    const password = await fetch(issued.tokenUrl, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: application.clientId,
        client_secret: issued.clientSecret,
        username: 'nobody@example.test',
        password: 'x',
      }),
    });
    expect(password.status).toBeGreaterThanOrEqual(400);
    await password.body?.cancel();

    // The gateway resolves it in the token's tenant, and it is marked used.
    const credential = await apps.resolvePartnerClient(
      { clientId: application.clientId },
      asService('gateway', tenant),
    );
    expect(credential).toMatchObject({
      applicationId: application.id,
      tenantId: tenant,
      name: 'Acme Books',
      scopes: ['clients:read', 'documents:read'],
      status: 'active',
      rateLimitPerMinute: 600,
    });
    expect(Number(credential.tokensValidAfter)).toBe(0);
    expect((await apps.getPartnerApplication({ id: application.id }, owner)).lastUsedAt).not.toBe('');
    // Only the gateway resolves, and only in the application's tenant.
    await expect(
      apps.resolvePartnerClient({ clientId: application.clientId }, asService('gateway', otherTenant)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      apps.resolvePartnerClient({ clientId: application.clientId }, asService('notification', tenant)),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(apps.resolvePartnerClient({ clientId: application.clientId }, owner)).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });

    // Rotation: a token's iat is in whole seconds, so the old token is issued a second before.
    const oldIat = claims.iat as number;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const rotated = await apps.rotatePartnerSecret({ id: application.id }, admin);
    expect(rotated.clientSecret).not.toBe(issued.clientSecret);
    expect(rotated.application?.secretHint).toBe(rotated.clientSecret.slice(0, 4));
    expect(rotated.application?.secretRotatedAt).not.toBe('');
    expect((await grant(application.clientId, issued.clientSecret)).error).toMatch(
      /unauthorized_client|invalid_client/,
    );
    expect((await grant(application.clientId, rotated.clientSecret)).status).toBe(200);
    const afterRotation = await apps.resolvePartnerClient(
      { clientId: application.clientId },
      asService('gateway', tenant),
    );
    expect(Number(afterRotation.tokensValidAfter)).toBeGreaterThan(oldIat);

    // Revocation: Keycloak forgets the client; identity says revoked.
    const revoked = await apps.revokePartnerApplication({ id: application.id }, owner);
    expect(revoked).toMatchObject({ status: 'revoked' });
    expect(revoked.revokedAt).not.toBe('');
    expect((await grant(application.clientId, rotated.clientSecret)).error).toMatch(
      /invalid_client|unauthorized_client/,
    );
    expect(
      await apps.resolvePartnerClient({ clientId: application.clientId }, asService('gateway', tenant)),
    ).toMatchObject({ status: 'revoked' });
    await expect(apps.rotatePartnerSecret({ id: application.id }, owner)).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
    });
    // Revoking again is harmless (it retries the Keycloak deletion).
    expect(await apps.revokePartnerApplication({ id: application.id }, owner)).toMatchObject({
      status: 'revoked',
    });
  });

  it('refuses bad input naming the field, keeping nothing, and everyone but admins and owners', async () => {
    const before = await apps.listPartnerApplications({}, owner);
    const first = await refusal(
      apps.createPartnerApplication(
        { name: '', scopes: ['clients:read', 'clients:delete'], rateLimitPerMinute: 5 },
        owner,
      ),
    );
    expect(first.code).toBe('INVALID_ARGUMENT');
    expect(first.violations.map(({ field, code }) => `${field}:${code}`)).toEqual([
      'name:required',
      'scopes:invalid_value',
      'rate_limit_per_minute:too_small',
    ]);
    expect(first.violations[1]?.message).toContain('clients:delete');
    const second = await refusal(
      apps.createPartnerApplication({ name: 'X', scopes: [], rateLimitPerMinute: 6001 }, owner),
    );
    expect(second.violations.map(({ field, code }) => `${field}:${code}`)).toEqual([
      'scopes:required',
      'rate_limit_per_minute:too_big',
    ]);
    expect(await apps.listPartnerApplications({}, owner)).toEqual(before);

    const issued = await apps.createPartnerApplication(
      { name: 'CRM sync', scopes: ['clients:write'], rateLimitPerMinute: 10 },
      owner,
    );
    const id = issued.application?.id ?? '';
    created.push({ id, tenantId: tenant });
    const updated = await apps.updatePartnerApplication(
      {
        id,
        name: 'CRM sync 2',
        description: 'd',
        scopes: ['projects:read', 'clients:read'],
        rateLimitPerMinute: 6000,
      },
      admin,
    );
    expect(updated).toMatchObject({
      name: 'CRM sync 2',
      scopes: ['clients:read', 'projects:read'],
      rateLimitPerMinute: 6000,
    });
    await expect(
      apps.updatePartnerApplication({ id, name: 'Y', scopes: ['nope'] }, admin),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await apps.getPartnerApplication({ id }, owner)).toEqual(updated);

    for (const who of [
      as(staff(tenant, 'manager')),
      as(staff(tenant, 'member')),
      as(clientUser(tenant, 'c1', ['w1'])),
    ]) {
      await expect(apps.listPartnerApplications({}, who)).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
      await expect(apps.getPartnerApplication({ id }, who)).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
      await expect(
        apps.createPartnerApplication({ name: 'Z', scopes: ['clients:read'] }, who),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
      await expect(apps.rotatePartnerSecret({ id }, who)).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
      await expect(apps.revokePartnerApplication({ id }, who)).rejects.toMatchObject({
        code: 'PERMISSION_DENIED',
      });
    }
    const stranger = as(staff(otherTenant, 'owner'));
    await expect(apps.getPartnerApplication({ id }, stranger)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(apps.revokePartnerApplication({ id }, stranger)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(apps.rotatePartnerSecret({ id }, stranger)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await apps.listPartnerApplications({}, stranger)).applications).toEqual([]);
    expect((await apps.getPartnerApplication({ id }, owner)).status).toBe('active');
  });

  it('claims an idempotency key once: in progress, replay, mismatch, release, stale and expired claims', async () => {
    const gateway = asService('gateway', tenant);
    const claim = {
      applicationId: 'app-1',
      key: uniqueName('key'),
      method: 'CreateClient',
      requestHash: 'h1',
    };
    expect((await keys.claimIdempotencyKey(claim, gateway)).outcome).toBe('OUTCOME_CLAIMED');
    // Two claims at once while it runs: neither holds it.
    const racing = await Promise.all([
      keys.claimIdempotencyKey(claim, gateway),
      keys.claimIdempotencyKey(claim, gateway),
    ]);
    expect(racing.map((answer) => answer.outcome)).toEqual(['OUTCOME_IN_PROGRESS', 'OUTCOME_IN_PROGRESS']);
    expect((await keys.claimIdempotencyKey({ ...claim, requestHash: 'h2' }, gateway)).outcome).toBe(
      'OUTCOME_MISMATCH',
    );
    expect((await keys.claimIdempotencyKey({ ...claim, method: 'CreateDocument' }, gateway)).outcome).toBe(
      'OUTCOME_MISMATCH',
    );
    await keys.completeIdempotencyKey(
      { applicationId: 'app-1', key: claim.key, responseJson: '{"id":"c-1"}' },
      gateway,
    );
    expect(await keys.claimIdempotencyKey(claim, gateway)).toMatchObject({
      outcome: 'OUTCOME_REPLAY',
      responseJson: '{"id":"c-1"}',
    });
    // Another application's same key is its own.
    expect((await keys.claimIdempotencyKey({ ...claim, applicationId: 'app-2' }, gateway)).outcome).toBe(
      'OUTCOME_CLAIMED',
    );
    // A failed write frees its key.
    await keys.releaseIdempotencyKey({ applicationId: 'app-2', key: claim.key }, gateway);
    expect((await keys.claimIdempotencyKey({ ...claim, applicationId: 'app-2' }, gateway)).outcome).toBe(
      'OUTCOME_CLAIMED',
    );
    // Completing a key nobody holds says so rather than storing an answer.
    await expect(
      keys.completeIdempotencyKey({ applicationId: 'app-3', key: 'k', responseJson: '{}' }, gateway),
    ).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' });
    // Only the gateway.
    await expect(keys.claimIdempotencyKey(claim, owner)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(keys.claimIdempotencyKey(claim, asService('notification', tenant))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });

    // Time passes (the service's clock, on the same database): a claim pending over a minute is taken
    // over; a key older than a day is forgotten.
    const repository = new PartnerIdempotencyRepository(runtime.connection);
    let now = new Date();
    const service = new PartnerIdempotencyService(repository, runtime.logger, () => now);
    // The service checks who signed the principal, as the gRPC layer verified it: sign and verify it so.
    const verifier = createPrincipalVerifier({
      trustedKeys: parsePrincipalPublicKeys(`gateway:${TEST_PRINCIPAL_KEYS.publicKey}`),
    });
    const principal = verifier.verify(gateway.signer.sign(gateway.principal, 'identity'), 'identity');
    const stale = { ...claim, applicationId: 'app-4' };
    expect((await service.claim(principal, stale)).outcome).toBe('OUTCOME_CLAIMED');
    now = new Date(now.getTime() + 30_000);
    expect((await service.claim(principal, stale)).outcome).toBe('OUTCOME_IN_PROGRESS');
    now = new Date(now.getTime() + 31_000);
    expect((await service.claim(principal, stale)).outcome).toBe('OUTCOME_CLAIMED');
    await service.complete(principal, { applicationId: 'app-4', key: claim.key, responseJson: '{"n":1}' });
    now = new Date(now.getTime() + 23 * 3600_000);
    expect((await service.claim(principal, stale)).outcome).toBe('OUTCOME_REPLAY');
    now = new Date(now.getTime() + 2 * 3600_000);
    expect((await service.claim(principal, { ...stale, requestHash: 'other' })).outcome).toBe(
      'OUTCOME_CLAIMED',
    );
  });
});
