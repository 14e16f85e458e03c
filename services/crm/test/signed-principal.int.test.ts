import {
  as,
  serviceTestEnvironment,
  staff,
  TEST_PRINCIPAL_KEYS,
  testPrincipalSigner,
  uniqueName,
} from '@client-portal/testing';
import {
  createPrincipalSigner,
  DEVELOPMENT_PRINCIPAL_KEYS,
  generatePrincipalKeyPair,
  PRINCIPAL_METADATA_KEY,
  principalMetadata,
  servicePrincipal,
  type DomainError,
  type Principal,
  type ServiceRuntime,
} from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import { loadCrmConfig } from '../src/config.js';
import { startCrm } from '../src/app.js';

/**
 * The principal is a signed token: crm, a real service over gRPC, acts only for principals signed by an
 * issuer it trusts, for crm, and still current. Anything else is UNAUTHENTICATED before a handler runs.
 */
describe('crm refuses every principal that is not signed for it', () => {
  const environment = serviceTestEnvironment('crm');
  let runtime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  const tenant = uniqueName('tenant');
  const owner = staff(tenant, 'owner');
  // What an attacker reaching the port would claim: a service principal passes every access check.
  const intruder: Principal = servicePrincipal('intruder', tenant);

  // Call options carrying exactly this text as the principal token.
  const withToken = (token: string) => ({
    metadata: principalMetadata(owner, { issuer: 'raw', sign: () => token }, 'crm'),
  });
  const attempt = (name: string, options: { metadata: ReturnType<typeof principalMetadata> }) =>
    crm.createClient({ name, industry: '', notes: '' }, options);

  /** How a call failed: its code and message (it must fail). */
  const refusal = async (call: Promise<unknown>): Promise<{ code: string; message: string }> => {
    try {
      await call;
    } catch (error) {
      const { code, message } = error as DomainError;
      return { code, message };
    }
    throw new Error('the call was accepted');
  };

  beforeAll(async () => {
    runtime = await startCrm(loadCrmConfig(environment));
    crm = createServiceClient('crm', `127.0.0.1:${runtime.grpcPort}`);
  });
  afterAll(async () => {
    crm.close();
    await runtime.connection.dropDatabase();
    await runtime.stop();
  });

  it('acts for a principal signed by a trusted issuer for crm', async () => {
    const created = await crm.createClient({ name: 'Signed Corp', industry: '', notes: '' }, as(owner));
    expect(created).toMatchObject({ name: 'Signed Corp', tenantId: tenant, ownerUserId: owner.userId });
    // The gateway's way: a client created with a signer, the principal given per call.
    const gatewayLike = createServiceClient('crm', `127.0.0.1:${runtime.grpcPort}`, {
      signer: createPrincipalSigner({ issuer: 'gateway', privateKey: TEST_PRINCIPAL_KEYS.privateKey }),
    });
    try {
      const { clients } = await gatewayLike.listClients({}, { principal: owner });
      expect(clients.map((client) => client.name)).toEqual(['Signed Corp']);
    } finally {
      gatewayLike.close();
    }
  });

  it('refuses the unsigned base64 JSON principal callers used to send', async () => {
    const forged = Buffer.from(JSON.stringify(intruder)).toString('base64url');
    expect(await refusal(attempt('Forged Ltd', withToken(forged)))).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/not a signed token/) as string,
    });
  });

  it('refuses an expired token', async () => {
    const past = createPrincipalSigner({
      issuer: 'test',
      privateKey: TEST_PRINCIPAL_KEYS.privateKey,
      now: () => Date.now() - 5 * 60_000,
    });
    expect(await refusal(attempt('Expired Ltd', withToken(past.sign(owner, 'crm'))))).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/expired/) as string,
    });
  });

  it('refuses a token signed with another key, the public development key included', async () => {
    for (const privateKey of [generatePrincipalKeyPair().privateKey, DEVELOPMENT_PRINCIPAL_KEYS.privateKey]) {
      const stranger = createPrincipalSigner({ issuer: 'gateway', privateKey });
      expect(await refusal(attempt('Stranger Ltd', withToken(stranger.sign(intruder, 'crm'))))).toEqual({
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/no trusted key/) as string,
      });
    }
  });

  it('refuses a token addressed to another service', async () => {
    const forBilling = principalMetadata(owner, testPrincipalSigner, 'billing');
    expect(await refusal(attempt('Misrouted Ltd', { metadata: forBilling }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/another service/) as string,
    });
  });

  it('refuses a token whose principal was changed after signing, and a call carrying two tokens', async () => {
    const [header, , signature] = testPrincipalSigner.sign(owner, 'crm').split('.');
    const now = Math.floor(Date.now() / 1000);
    const claims = Buffer.from(
      JSON.stringify({ iss: 'test', aud: 'crm', iat: now, exp: now + 60, principal: intruder }),
    ).toString('base64url');
    await expect(
      attempt('Tampered Ltd', withToken(`${header}.${claims}.${signature}`)),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const twice = principalMetadata(owner, testPrincipalSigner, 'crm');
    twice.add(PRINCIPAL_METADATA_KEY, testPrincipalSigner.sign(intruder, 'crm'));
    await expect(attempt('Twice Ltd', { metadata: twice })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('will not start in production with the development keys (the default when none are set)', async () => {
    const { PRINCIPAL_PUBLIC_KEYS: _trusted, ...withoutKeys } = environment;
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(startCrm(loadCrmConfig({ ...withoutKeys, GRPC_PORT: '0' }))).rejects.toThrow(
        /PRINCIPAL_PUBLIC_KEYS: the development key is public and refused when NODE_ENV=production/,
      );
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('did nothing for any refused call', async () => {
    const { clients } = await crm.listClients({}, as(owner));
    expect(clients.map((client) => client.name)).toEqual(['Signed Corp']);
  });
});
