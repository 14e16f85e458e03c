import {
  clientCredentialsToken,
  createRealmUser,
  deleteRealmUser,
  passwordToken,
  uniqueName,
  verifyRealmToken,
} from '../src/index.js';

describe('Keycloak realm client-portal (realm as code)', () => {
  const created: string[] = [];
  afterAll(async () => {
    for (const id of created) await deleteRealmUser(id);
  });

  it('issues a verifiable token to the identity service account (client credentials)', async () => {
    const token = await clientCredentialsToken();
    const { claims } = await verifyRealmToken(token);
    expect(claims.azp).toBe('client-portal-identity');
  });

  it("issues a verifiable token for a realm user's password, carrying tenant, roles and the gateway audience", async () => {
    const email = `${uniqueName('owner')}@agency.test`;
    created.push(
      await createRealmUser({
        email,
        password: 'Correct-Horse-9',
        tenantId: 'tenant-acme',
        roles: ['owner'],
      }),
    );
    const { claims } = await verifyRealmToken(await passwordToken(email, 'Correct-Horse-9'));
    expect(claims.tenant_id).toBe('tenant-acme');
    expect(claims.realm_access?.roles).toContain('owner');
    expect(claims.realm_access?.roles).not.toContain('client');
    expect([claims.aud].flat()).toContain('client-portal-gateway');
    expect(claims.email).toBe(email);
  });

  it('refuses a wrong password and a tampered token', async () => {
    const email = `${uniqueName('client')}@globex.test`;
    created.push(
      await createRealmUser({
        email,
        password: 'Correct-Horse-9',
        tenantId: 'tenant-acme',
        roles: ['client'],
      }),
    );
    await expect(passwordToken(email, 'wrong-password')).rejects.toThrow(/invalid_grant/);

    const token = await passwordToken(email, 'Correct-Horse-9');
    const [header, claims, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(claims ?? '', 'base64url').toString()),
        tenant_id: 'tenant-other',
      }),
    ).toString('base64url');
    await expect(verifyRealmToken(`${header}.${forged}.${signature}`)).rejects.toThrow(/signature/);
  });
});
