import { passwordToken, uniqueName } from '@client-portal/testing';
import { PARTNER_SCOPES as GATEWAY_SCOPES } from '../services/gateway/src/partner/contract.js';
import { PARTNER_SCOPES as IDENTITY_SCOPES } from '../services/identity/src/domain/partner-application.js';
import { Api } from './support/http.js';
import { createPartnerApplication, partnerAccessToken, partnerRpcs } from './support/partner.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface PartnerApp {
  id: string;
  name: string;
  clientId: string;
  scopes: string[];
  rateLimitPerMinute: number;
  status: string;
  secretHint: string;
  lastUsedAt: string;
}
interface PartnerAppSecret {
  application: PartnerApp;
  clientSecret: string;
  tokenUrl: string;
}
interface Problem {
  code: string;
  detail: string;
  violations?: { field: string; code?: string; message: string }[];
}

/** The claims of a token (Keycloak signed it; the gateway's partner server verifies it on each call). */
function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

/**
 * Partner applications (issue 13) through the REST API on the real services and the real Keycloak:
 * who may manage them, what the admin sees (the secret once), tokens by the client-credentials grant,
 * rotation and revocation.
 */
describe('partner applications through the REST API', () => {
  let platform: Platform;
  const as = {} as Record<'owner' | 'admin' | 'manager' | 'member' | 'client' | 'stranger', Api>;

  beforeAll(async () => {
    platform = await Platform.start();
    const api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Partner Agency' });
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const member = await addStaff(platform, agency.tenantId, role);
      as[role] = api.as(await passwordToken(member.email, member.password));
    }
    const client = await as.owner.post<{ id: string }>('/clients', {
      name: 'Globex',
      primaryContact: {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: `${uniqueName('grace')}@globex.test`,
        role: 'decision-maker',
      },
    });
    const contact = await addClientUser(platform, agency.tenantId, client.body.id);
    as.client = api.as(await passwordToken(contact.email, contact.password));
    const other = await createTenant(platform, { name: 'Other Agency' });
    as.stranger = api.as(await passwordToken(other.owner.email, other.owner.password));
  });

  afterAll(async () => {
    // No Keycloak client outlives the test.
    const listed = await as.owner.get<{ applications: PartnerApp[] }>('/partner-apps');
    for (const app of listed.body.applications)
      if (app.status === 'active') await as.owner.post(`/partner-apps/${app.id}/revoke`);
    await platform.stop();
  });

  it('agrees with the published protos on the scopes', () => {
    expect([...IDENTITY_SCOPES]).toEqual([...GATEWAY_SCOPES]);
    expect(new Set(partnerRpcs().map((rpc) => rpc.scope))).toEqual(new Set(GATEWAY_SCOPES));
  });

  it('creates an application whose Keycloak token carries audience, tenant and application; the secret is shown once', async () => {
    const created = await as.admin.post<PartnerAppSecret>('/partner-apps', {
      name: 'Acme Books',
      description: 'Accounting',
      scopes: ['documents:read', 'clients:read'],
    });
    expect(created.status).toBe(201);
    const { application, clientSecret, tokenUrl } = created.body;
    expect(application).toMatchObject({
      name: 'Acme Books',
      scopes: ['clients:read', 'documents:read'],
      rateLimitPerMinute: 600,
      status: 'active',
      secretHint: clientSecret.slice(0, 4),
    });
    expect(tokenUrl).toMatch(/\/realms\/client-portal\/protocol\/openid-connect\/token$/);
    const listed = await as.owner.get<{ applications: PartnerApp[]; availableScopes: string[] }>(
      '/partner-apps',
    );
    expect(listed.body.availableScopes).toEqual([...GATEWAY_SCOPES]);
    expect(listed.body.applications.map((app) => app.id)).toContain(application.id);
    // Neither the secret nor its hash is ever answered again.
    expect(JSON.stringify(listed.body)).not.toContain(clientSecret);
    expect(JSON.stringify(listed.body)).not.toMatch(/secretHash|keycloakId|[0-9a-f]{64}/);
    expect(Object.keys(listed.body.applications[0] ?? {}).sort()).toEqual(
      [
        'clientId',
        'createdAt',
        'createdByName',
        'description',
        'id',
        'lastUsedAt',
        'name',
        'rateLimitPerMinute',
        'revokedAt',
        'scopes',
        'secretHint',
        'secretRotatedAt',
        'status',
      ].sort(),
    );

    const token = await partnerAccessToken(application.clientId, clientSecret);
    const claims = claimsOf(token);
    expect(([] as unknown[]).concat(claims.aud)).toContain('client-portal-partner-api');
    expect(claims).toMatchObject({ azp: application.clientId, partner_app_id: application.id });
    expect(typeof claims.tenant_id).toBe('string');

    // Edit: scopes and rate limit; bad input names the field and changes nothing.
    const changed = await as.owner.put<PartnerApp>(`/partner-apps/${application.id}`, {
      name: 'Acme Books',
      scopes: ['payments:read'],
      rateLimitPerMinute: 60,
    });
    expect(changed.body).toMatchObject({ scopes: ['payments:read'], rateLimitPerMinute: 60 });
    const refused = await as.owner.put<Problem>(`/partner-apps/${application.id}`, {
      name: 'x'.repeat(101),
      scopes: ['payments:delete'],
      rateLimitPerMinute: 7000,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.violations?.map(({ field, code }) => `${field}:${code ?? ''}`)).toEqual([
      'name:too_long',
      'scopes:invalid_value',
      'rate_limit_per_minute:too_big',
    ]);
    expect((await as.owner.get<PartnerApp>(`/partner-apps/${application.id}`)).body).toEqual(changed.body);

    // Rotation: the old secret obtains nothing, the new one does.
    const rotated = await as.owner.post<PartnerAppSecret>(`/partner-apps/${application.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.clientSecret).not.toBe(clientSecret);
    await expect(partnerAccessToken(application.clientId, clientSecret)).rejects.toThrow(
      /unauthorized_client|invalid_client/,
    );
    await partnerAccessToken(application.clientId, rotated.body.clientSecret);

    // Revocation: Keycloak refuses the grant from now on.
    const revoked = await as.admin.post<PartnerApp>(`/partner-apps/${application.id}/revoke`);
    expect(revoked.body.status).toBe('revoked');
    await expect(partnerAccessToken(application.clientId, rotated.body.clientSecret)).rejects.toThrow(
      /unauthorized_client|invalid_client/,
    );
  });

  it('refuses a creation with bad input, naming the fields and keeping nothing', async () => {
    const before = (await as.owner.get<{ applications: PartnerApp[] }>('/partner-apps')).body.applications;
    const refused = await as.owner.post<Problem>('/partner-apps', { name: ' ', scopes: [] });
    expect(refused.status).toBe(400);
    expect(refused.body.violations?.map(({ field, code }) => `${field}:${code ?? ''}`)).toEqual([
      'name:required',
      'scopes:required',
    ]);
    const unknown = await as.owner.post<Problem>('/partner-apps', { name: 'X', scopes: ['clients:delete'] });
    expect(unknown.body.violations?.[0]).toMatchObject({ field: 'scopes', code: 'invalid_value' });
    expect((await as.owner.get<{ applications: PartnerApp[] }>('/partner-apps')).body.applications).toEqual(
      before,
    );
  });

  it('lets owners and admins only; another tenant finds nothing', async () => {
    const app = await createPartnerApplication(as.owner, ['clients:read'], { name: 'Matrix app' });
    const routes: [string, string, unknown?][] = [
      ['GET', '/partner-apps'],
      ['POST', '/partner-apps', { name: 'Nope', scopes: ['clients:read'] }],
      ['GET', `/partner-apps/${app.applicationId}`],
      ['PUT', `/partner-apps/${app.applicationId}`, { name: 'Nope', scopes: ['clients:read'] }],
      ['POST', `/partner-apps/${app.applicationId}/rotate-secret`, {}],
      ['POST', `/partner-apps/${app.applicationId}/revoke`, {}],
    ];
    for (const [method, path, body] of routes) {
      for (const who of ['manager', 'member', 'client'] as const)
        expect([who, method, path, (await as[who].request(method, path, body)).status]).toEqual([
          who,
          method,
          path,
          403,
        ]);
      if (path !== '/partner-apps')
        expect([method, path, (await as.stranger.request(method, path, body)).status]).toEqual([
          method,
          path,
          404,
        ]);
    }
    expect(
      (await as.stranger.get<{ applications: PartnerApp[] }>('/partner-apps')).body.applications,
    ).toEqual([]);
    // Nothing was changed by the refused calls: the original secret still obtains tokens.
    const still = await as.owner.get<PartnerApp>(`/partner-apps/${app.applicationId}`);
    expect(still.body).toMatchObject({ name: 'Matrix app', status: 'active' });
    await partnerAccessToken(app.clientId, app.clientSecret);
    for (const who of ['owner', 'admin'] as const)
      expect((await as[who].get(`/partner-apps/${app.applicationId}`)).status).toBe(200);
  });
});
