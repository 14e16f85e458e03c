import { passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import { demoLogoPng } from '../deploy/local/demo-logo.js';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Branding {
  tenantSlug: string;
  portalName: string;
  primaryColor: string;
  accentColor: string;
  defaultLanguage: string;
  subdomain: string;
  logo: { contentType: string; size: number; sha256: string } | null;
  version: number;
  publicPath: string;
  subdomainUrl: string;
  logoUrl: string;
}
interface Problem {
  detail?: string;
  violations?: { field: string; code?: string; message: string }[];
}

const ROLES = ['owner', 'admin', 'manager', 'member', 'client'] as const;
type Role = (typeof ROLES)[number];

const violationsOf = (response: ApiResponse): string[] =>
  ((response.body as Problem).violations ?? []).map(
    (violation) => `${violation.field}:${violation.code ?? ''}`,
  );

const valid = {
  portalName: 'Acme Client Portal',
  primaryColor: '#0B5E55',
  accentColor: '#7a2e8f',
  defaultLanguage: 'fr',
  subdomain: '',
};

/**
 * Branding over REST on the real platform: the permission matrix, contrast refusals naming the
 * measured ratio, sub-domains (invalid, reserved, taken, freed when changed), the logo sniffed from its
 * bytes, and the public routes revealing nothing but name, logo, colours and language.
 */
describe('branding over REST', () => {
  let platform: Platform;
  let api: Api;
  const as = {} as Record<Role, Api>;
  let rival: Api;
  const slug = uniqueName('brand').replaceAll('_', '-').toLowerCase();
  const rivalSlug = uniqueName('rival').replaceAll('_', '-').toLowerCase();
  const label = `acme-${Date.now().toString(36)}`;

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    const { tenantId, owner } = await createTenant(platform, { name: 'Acme Agency', slug });
    as.owner = api.as(await passwordToken(owner.email, owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    const clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    const contact = await addClientUser(platform, tenantId, clientId, 'Dana Scully');
    as.client = api.as(await passwordToken(contact.email, contact.password));
    const other = await createTenant(platform, { name: 'Rival Agency', slug: rivalSlug });
    rival = api.as(await passwordToken(other.owner.email, other.owner.password));
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('answers every route for every role as the permission matrix says', async () => {
    const statuses: Record<string, Partial<Record<Role, number>>> = {};
    const record = (route: string, role: Role, response: ApiResponse): void => {
      statuses[route] = { ...statuses[route], [role]: response.status };
    };
    for (const role of ROLES) {
      const caller = as[role];
      const current = (await as.owner.get<Branding>('/branding')).body;
      record('GET branding', role, await caller.get('/branding'));
      record(
        'PUT branding',
        role,
        await caller.put('/branding', { ...valid, expectedVersion: current.version }),
      );
      record('PUT logo', role, await caller.upload('PUT', '/branding/logo', demoLogoPng(), 'image/png'));
      record('GET subdomain check', role, await caller.get(`/branding/subdomains/${label}`));
      record('DELETE logo', role, await caller.delete('/branding/logo'));
    }
    expect(statuses).toEqual({
      // Everyone of the tenant reads it (the portal applies it for client users).
      'GET branding': { owner: 200, admin: 200, manager: 200, member: 200, client: 200 },
      'PUT branding': { owner: 200, admin: 200, manager: 403, member: 403, client: 403 },
      'PUT logo': { owner: 200, admin: 200, manager: 403, member: 403, client: 403 },
      'GET subdomain check': { owner: 200, admin: 200, manager: 403, member: 403, client: 403 },
      'DELETE logo': { owner: 200, admin: 200, manager: 403, member: 403, client: 403 },
    });
  });

  it('refuses colours that fail WCAG AA contrast, naming the field, the rule and the ratio, and keeps what was stored', async () => {
    const before = (await as.admin.get<Branding>('/branding')).body;
    const refused = await as.admin.put('/branding', {
      ...valid,
      primaryColor: '#FFD700',
      accentColor: '#ff9999',
      defaultLanguage: 'de',
      portalName: 'x'.repeat(101),
      expectedVersion: before.version,
    });
    expect(refused.status).toBe(400);
    expect(violationsOf(refused).sort()).toEqual(
      [
        'primaryColor:contrast_too_low',
        'accentColor:contrast_too_low',
        'defaultLanguage:invalid_value',
        'portalName:too_long',
      ].sort(),
    );
    const messages = Object.fromEntries(
      ((refused.body as Problem).violations ?? []).map((violation) => [violation.field, violation.message]),
    );
    // Gold under white text: 1.40:1; light pink on white: 2.04:1.
    expect(messages.primaryColor).toBe(
      'White text on the primary colour: the contrast ratio is 1.40:1, WCAG AA needs at least 4.5:1',
    );
    expect(messages.accentColor).toBe(
      'The accent colour on white: the contrast ratio is 2.04:1, WCAG AA needs at least 4.5:1',
    );
    const badFormat = await as.admin.put('/branding', {
      ...valid,
      primaryColor: 'blue',
      accentColor: '#12345',
      expectedVersion: before.version,
    });
    expect(violationsOf(badFormat).sort()).toEqual([
      'accentColor:invalid_format',
      'primaryColor:invalid_format',
    ]);
    expect((await as.admin.get<Branding>('/branding')).body).toEqual(before);

    const saved = await as.admin.put<Branding>('/branding', { ...valid, expectedVersion: before.version });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      primaryColor: '#0b5e55',
      accentColor: '#7a2e8f',
      defaultLanguage: 'fr',
    });
    expect(saved.body.version).toBe(before.version + 1);
    const stale = await as.owner.put('/branding', {
      ...valid,
      portalName: 'Late',
      expectedVersion: before.version,
    });
    expect(stale.status).toBe(409);
    expect((await as.admin.get<Branding>('/branding')).body.portalName).toBe('Acme Client Portal');
  });

  it('claims a sub-domain once across the platform: invalid and reserved refused, a taken one refused, a changed one freed', async () => {
    const version = async (caller: Api) => (await caller.get<Branding>('/branding')).body.version;
    for (const [subdomain, code] of [
      ['ab', 'too_short'],
      ['Acme_Studio', 'invalid_format'],
      ['-acme', 'invalid_format'],
      ['a'.repeat(64), 'too_long'],
      ['www', 'reserved'],
      ['login', 'reserved'],
    ] as const) {
      const refused = await as.owner.put('/branding', {
        ...valid,
        subdomain,
        expectedVersion: await version(as.owner),
      });
      expect([subdomain, refused.status, violationsOf(refused)]).toEqual([
        subdomain,
        400,
        [`subdomain:${code}`],
      ]);
      const check = await as.owner.get<{ available: boolean; reason: string }>(
        `/branding/subdomains/${encodeURIComponent(subdomain)}`,
      );
      expect(check.body).toMatchObject({
        available: false,
        reason: subdomain === 'Acme_Studio' ? 'invalid_format' : code,
      });
    }

    const claimed = await as.owner.put<Branding>('/branding', {
      ...valid,
      subdomain: label,
      expectedVersion: await version(as.owner),
    });
    expect(claimed.status).toBe(200);
    expect(claimed.body.subdomain).toBe(label);
    expect(claimed.body.subdomainUrl).toBe(`https://${label}.portal.localhost/`);
    expect(claimed.body.publicPath).toBe(`/p/${slug}`);

    // Another tenant: told it is taken, by the check and by the save, and its branding is unchanged.
    expect((await rival.get(`/branding/subdomains/${label}`)).body).toMatchObject({
      available: false,
      reason: 'taken',
    });
    const rivalBefore = (await rival.get<Branding>('/branding')).body;
    const taken = await rival.put('/branding', {
      ...valid,
      subdomain: label,
      expectedVersion: rivalBefore.version,
    });
    expect(taken.status).toBe(409);
    expect((taken.body as Problem).detail).toBe(`The sub-domain “${label}” is already taken`);
    expect(violationsOf(taken)).toEqual(['subdomain:taken']);
    expect((await rival.get<Branding>('/branding')).body).toEqual(rivalBefore);
    // Its holder sees it as available (it is its own).
    expect((await as.owner.get(`/branding/subdomains/${label}`)).body).toMatchObject({ available: true });

    // The holder moves to another label: the old one is free for the rival.
    const moved = await as.owner.put<Branding>('/branding', {
      ...valid,
      subdomain: `${label}-new`,
      expectedVersion: claimed.body.version,
    });
    expect(moved.status).toBe(200);
    const rivalClaims = await rival.put<Branding>('/branding', {
      ...valid,
      portalName: 'Rival portal',
      subdomain: label,
      expectedVersion: rivalBefore.version,
    });
    expect(rivalClaims.status).toBe(200);
    expect(rivalClaims.body.subdomain).toBe(label);
  });

  it('recognises the logo from its bytes: a renamed text file and an oversized image are refused, a PNG is served publicly with caching headers', async () => {
    const before = (await as.owner.get<Branding>('/branding')).body;
    const text = await as.owner.upload('PUT', '/branding/logo', Buffer.from('not really a png'), 'image/png');
    expect(text.status).toBe(400);
    expect(violationsOf(text)).toEqual(['logo:invalid_format']);
    const big = Buffer.concat([demoLogoPng(), Buffer.alloc(520 * 1024)]);
    const oversized = await as.owner.upload('PUT', '/branding/logo', big, 'image/png');
    expect(oversized.status).toBe(400);
    expect(violationsOf(oversized)).toEqual(['logo:too_big']);
    expect((await as.owner.get<Branding>('/branding')).body).toEqual(before);

    const png = demoLogoPng();
    const uploaded = await as.owner.upload<Branding>(
      'PUT',
      '/branding/logo',
      png,
      'application/octet-stream',
    );
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.logo).toMatchObject({ contentType: 'image/png', size: png.length });
    expect(uploaded.body.logoUrl).toMatch(new RegExp(`^/api/branding/logos/${slug}\\?v=[0-9a-f]{16}$`));

    // Public: no token; the versioned URL is cached for good, the ETag answers 304.
    const response = await fetch(`${platform.url}${uploaded.body.logoUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
    const etag = response.headers.get('etag') ?? '';
    const again = await fetch(`${platform.url}${uploaded.body.logoUrl}`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect((await fetch(`${platform.url}/api/branding/logos/${rivalSlug}`)).status).toBe(404);
  });

  it('answers the public branding by slug, sub-domain or Host with nothing but name, logo, colours and language', async () => {
    const mine = (await as.owner.get<Branding>('/branding')).body;
    const expected = {
      slug,
      name: 'Acme Client Portal',
      primaryColor: '#0b5e55',
      accentColor: '#7a2e8f',
      defaultLanguage: 'fr',
      logoUrl: mine.logoUrl,
    };
    const bySlug = await fetch(`${platform.url}/api/public/branding?slug=${slug}`);
    expect(bySlug.status).toBe(200);
    // Exactly these keys: no tenant id, no sub-domain, no version, no staff.
    expect(await bySlug.json()).toEqual(expected);
    const bySubdomain = await fetch(`${platform.url}/api/public/branding?subdomain=${mine.subdomain}`);
    expect(await bySubdomain.json()).toEqual(expected);
    // The Host header (through a trusted local proxy: X-Forwarded-Host) names the tenant.
    const byHost = await fetch(`${platform.url}/api/public/branding`, {
      headers: { 'x-forwarded-host': `${mine.subdomain}.portal.localhost` },
    });
    expect(await byHost.json()).toEqual(expected);
    for (const query of ['slug=nobody-here', 'subdomain=nobody-here', '']) {
      const unknown = await fetch(`${platform.url}/api/public/branding?${query}`);
      expect([query, unknown.status]).toEqual([query, 404]);
    }
  });

  it("dresses the tenant's e-mails in its logo, colours and name (identity.branding.changed → notification's read model)", async () => {
    const branding = (await as.owner.get<Branding>('/branding')).body;
    expect(branding.logo).not.toBeNull();
    // identity's event reaches notification's read model: every later e-mail of the tenant wears it.
    const email = `${uniqueName('newcomer')}@acme.test`;
    const deadline = Date.now() + 30_000;
    let html = '';
    // The branding events were published before; the first invitation may still race the read model.
    while (Date.now() < deadline && !html.includes('data-brand="header"')) {
      const invited = await as.owner.post('/team/invitations', {
        email,
        displayName: 'Nina Newcomer',
        role: 'member',
      });
      expect([200, 201, 409]).toContain(invited.status);
      html = (await waitForMail(email, { timeoutMs: 30_000 })).HTML;
      if (!html.includes('data-brand="header"')) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(html).toContain('data-brand="header"');
    expect(html).toContain('Acme Client Portal');
    expect(html).toContain(`/api/branding/logos/${slug}?v=${branding.logo?.sha256.slice(0, 16) ?? ''}`);
    // The call to action in the primary colour, not the platform's blue.
    expect(html).toContain('background:#0b5e55');
    expect(html).not.toContain('background:#2563eb');
  });
});
