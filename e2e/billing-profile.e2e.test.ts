import { extractPdfText, passwordToken } from '@client-portal/testing';
import { demoLogoPng } from '../deploy/local/demo-logo.js';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Profile {
  profile: Record<string, unknown> & {
    tradingName: string;
    payment: { iban: string; bic: string; bankName: string; text: string };
    taxRates: { basisPoints: number; label: string }[];
  };
  logo: { contentType: string; size: number; sha256: string } | null;
  version: number;
}
interface Details {
  clientId: string;
  details: {
    legalName: string;
    address: { street: string; postalCode: string; city: string; country: string };
    taxId: string;
    recipients: { email: string; name: string }[];
    language: string;
  };
  version: number;
  fallback: { name: string };
}
interface Problem {
  violations?: { field: string; code?: string }[];
}

const ROLES = ['owner', 'admin', 'manager', 'member', 'client', 'otherClient'] as const;
type Role = (typeof ROLES)[number];

const profileFields = {
  tradingName: 'Acme Studio',
  legalName: 'Acme Studio SAS',
  address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'France' },
  taxId: 'FR40303265045',
  email: 'billing@acme.example',
  phone: '+33 1 23 45 67 89',
  website: 'https://acme.example',
  payment: { bankName: 'BNP Paribas', iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'BNPAFRPP', text: '' },
  paymentTermDays: 30,
  defaultNotes: 'Thank you for your business.',
  defaultTerms: 'Payment within 30 days.',
  footer: 'Acme Studio SAS — RCS Paris 123 456 789',
  taxRates: [
    { basisPoints: 2000, label: '20 %' },
    { basisPoints: 550, label: '5,5 %' },
    { basisPoints: 0, label: '0 %' },
  ],
};

const fieldsOf = (response: ApiResponse): string[] =>
  ((response.body as Problem).violations ?? []).map(
    (violation) => `${violation.field}:${violation.code ?? ''}`,
  );

/**
 * The billing profile and client billing details over REST, on the real platform: every route for
 * every role, validation that names the field and keeps what was stored, optimistic concurrency, logo
 * type sniffing, and the preview PDF printing what was saved.
 */
describe('billing profile and client billing details over REST', () => {
  let platform: Platform;
  const as = {} as Record<Role, Api>;
  let clientId: string;
  let otherClientId: string;

  beforeAll(async () => {
    platform = await Platform.start();
    const api = new Api(platform.url);
    const { tenantId, owner } = await createTenant(platform, {
      name: 'Profile Agency',
      password: 'Owner-Pass-2026',
    });
    as.owner = api.as(await passwordToken(owner.email, owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Łódź Żółć Studio' })).body.id;
    otherClientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Hooli' })).body.id;
    const contact = await addClientUser(platform, tenantId, clientId, 'Agnieszka Nowak');
    as.client = api.as(await passwordToken(contact.email, contact.password));
    const rival = await addClientUser(platform, tenantId, otherClientId, 'Gavin Belson');
    as.otherClient = api.as(await passwordToken(rival.email, rival.password));
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('answers every route for every role as the permission matrix says', async () => {
    const statuses: Record<string, Record<Role, number>> = {};
    const record = (route: string, role: Role, status: number): void => {
      statuses[route] = { ...(statuses[route] ?? ({} as Record<Role, number>)), [role]: status };
    };
    for (const role of ROLES) {
      const caller = as[role];
      const current = (await as.owner.get<Profile>('/billing/profile')).body;
      record('GET profile', role, (await caller.get('/billing/profile')).status);
      record(
        'PUT profile',
        role,
        (await caller.put('/billing/profile', { profile: profileFields, expectedVersion: current.version }))
          .status,
      );
      record(
        'PUT logo',
        role,
        (await caller.upload('PUT', '/billing/profile/logo', demoLogoPng(), 'image/png')).status,
      );
      record('GET logo', role, (await caller.get('/billing/profile/logo')).status);
      record('GET preview', role, (await caller.get('/billing/profile/preview.pdf?language=fr')).status);
      const details = await caller.get<Details>(`/clients/${clientId}/billing-details`);
      record('GET details', role, details.status);
      const version = (await as.owner.get<Details>(`/clients/${clientId}/billing-details`)).body.version;
      record(
        'PUT details',
        role,
        (
          await caller.put(`/clients/${clientId}/billing-details`, {
            details: { legalName: 'Łódź Żółć Studio Sp. z o.o.', taxId: 'PL1234567890', language: 'fr' },
            expectedVersion: version,
          })
        ).status,
      );
      // Last, so the logo stays for the next role's GET.
      record('DELETE logo', role, (await caller.delete('/billing/profile/logo')).status);
      await as.owner.upload('PUT', '/billing/profile/logo', demoLogoPng(), 'image/png');
    }
    expect(statuses).toEqual({
      'GET profile': { owner: 200, admin: 200, manager: 200, member: 200, client: 403, otherClient: 403 },
      'PUT profile': { owner: 200, admin: 200, manager: 403, member: 403, client: 403, otherClient: 403 },
      'PUT logo': { owner: 200, admin: 200, manager: 403, member: 403, client: 403, otherClient: 403 },
      // The logo is printed on every client's documents: anyone of the tenant may fetch it.
      'GET logo': { owner: 200, admin: 200, manager: 200, member: 200, client: 200, otherClient: 200 },
      'GET preview': { owner: 200, admin: 200, manager: 200, member: 200, client: 403, otherClient: 403 },
      'GET details': { owner: 200, admin: 200, manager: 200, member: 200, client: 200, otherClient: 404 },
      'PUT details': { owner: 200, admin: 200, manager: 200, member: 403, client: 200, otherClient: 404 },
      'DELETE logo': { owner: 200, admin: 200, manager: 403, member: 403, client: 403, otherClient: 403 },
    });
  });

  it('refuses bad input naming each field, and keeps the stored profile as it was', async () => {
    const before = (await as.admin.get<Profile>('/billing/profile')).body;
    const refused = await as.admin.put('/billing/profile', {
      expectedVersion: before.version,
      profile: {
        ...profileFields,
        tradingName: '',
        email: 'not-an-address',
        website: 'not a site',
        payment: { ...profileFields.payment, iban: 'FR76 3000 6000 0112 3456 7890 188', bic: 'XX' },
        paymentTermDays: 400,
        footer: 'x'.repeat(501),
        taxRates: [
          { basisPoints: 2000, label: '20 %' },
          { basisPoints: 2000, label: 'again' },
          { basisPoints: 12_000, label: '120 %' },
        ],
      },
    });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused).sort()).toEqual(
      [
        'tradingName:required',
        'email:invalid_format',
        'website:invalid_format',
        'payment.iban:invalid_format',
        'payment.bic:invalid_format',
        'paymentTermDays:invalid_value',
        'footer:too_long',
        'taxRates[1].basisPoints:duplicate',
        'taxRates[2].basisPoints:invalid_value',
      ].sort(),
    );
    expect((await as.admin.get<Profile>('/billing/profile')).body).toEqual(before);

    // The IBAN is kept without spaces; a second save from the same version is told it changed.
    expect(before.profile.payment.iban).toBe('FR7630006000011234567890189');
    const saved = await as.admin.put<Profile>('/billing/profile', {
      profile: { ...profileFields, footer: 'First save wins' },
      expectedVersion: before.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(before.version + 1);
    const stale = await as.owner.put('/billing/profile', {
      profile: { ...profileFields, footer: 'Second save loses' },
      expectedVersion: before.version,
    });
    expect(stale.status).toBe(409);
    expect((await as.admin.get<Profile>('/billing/profile')).body.profile.footer).toBe('First save wins');
  });

  it('recognises the logo from its bytes: a renamed text file is refused, a PNG comes back as sent', async () => {
    const before = (await as.admin.get<Profile>('/billing/profile')).body;
    expect(before.logo?.contentType).toBe('image/png');
    const renamed = await as.admin.upload(
      'PUT',
      '/billing/profile/logo',
      Buffer.from('just text, named logo.png'),
      'image/png',
    );
    expect(renamed.status).toBe(400);
    expect(fieldsOf(renamed)).toEqual(['logo:invalid_format']);
    const huge = Buffer.concat([demoLogoPng(), Buffer.alloc(1024 * 1024)]);
    const tooBig = await as.admin.upload('PUT', '/billing/profile/logo', huge, 'application/octet-stream');
    expect(tooBig.status).toBe(400);
    expect(fieldsOf(tooBig)).toEqual(['logo:too_big']);
    expect((await as.admin.get<Profile>('/billing/profile')).body.logo).toEqual(before.logo);

    // A JPEG sent as octet-stream is stored as a JPEG.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
    const uploaded = await as.admin.upload<Profile>(
      'PUT',
      '/billing/profile/logo',
      jpeg,
      'application/octet-stream',
    );
    expect(uploaded.body.logo).toMatchObject({ contentType: 'image/jpeg', size: jpeg.length });
    const served = await as.client.get<Buffer>('/billing/profile/logo');
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.compare(served.body, jpeg)).toBe(0);
    await as.admin.upload('PUT', '/billing/profile/logo', demoLogoPng(), 'image/png');
    expect((await as.member.get<Buffer>('/billing/profile/logo')).body.equals(demoLogoPng())).toBe(true);
  });

  it('keeps client billing details per client: validation, fallback to crm, a client user edits only their own', async () => {
    const before = (await as.manager.get<Details>(`/clients/${clientId}/billing-details`)).body;
    expect(before.fallback.name).toBe('Łódź Żółć Studio');
    const refused = await as.manager.put(`/clients/${clientId}/billing-details`, {
      expectedVersion: before.version,
      details: {
        legalName: 'x'.repeat(201),
        recipients: [
          { email: 'faktury@lodz.example', name: 'Accounts' },
          { email: 'FAKTURY@lodz.example', name: 'Twice' },
          { email: 'nope', name: '' },
        ],
        language: 'pl',
      },
    });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused).sort()).toEqual(
      [
        'legalName:too_long',
        'recipients[1].email:duplicate',
        'recipients[2].email:invalid_format',
        'language:invalid_value',
      ].sort(),
    );
    expect((await as.manager.get<Details>(`/clients/${clientId}/billing-details`)).body).toEqual(before);

    const saved = await as.manager.put<Details>(`/clients/${clientId}/billing-details`, {
      expectedVersion: before.version,
      details: {
        legalName: 'Łódź Żółć Studio Sp. z o.o.',
        address: { street: 'ul. Piotrkowska 1', postalCode: '90-001', city: 'Łódź', country: 'Polska' },
        taxId: 'PL1234567890',
        recipients: [{ email: 'faktury@lodz.example', name: 'Księgowość' }],
        language: 'fr',
      },
    });
    expect(saved.status).toBe(200);

    // The client user changes the address; the legal name and language they send are not theirs to set.
    const mine = await as.client.put<Details>(`/clients/${clientId}/billing-details`, {
      expectedVersion: saved.body.version,
      details: {
        legalName: 'Something else',
        address: { street: 'ul. Nowa 5', postalCode: '90-002', city: 'Łódź', country: 'Polska' },
        taxId: 'PL1234567890',
        recipients: [{ email: 'faktury@lodz.example', name: 'Księgowość' }],
        language: 'en',
      },
    });
    expect(mine.status).toBe(200);
    expect(mine.body.details).toMatchObject({
      legalName: 'Łódź Żółć Studio Sp. z o.o.',
      language: 'fr',
      address: { street: 'ul. Nowa 5' },
    });
    const stale = await as.manager.put(`/clients/${clientId}/billing-details`, {
      expectedVersion: saved.body.version,
      details: saved.body.details,
    });
    expect(stale.status).toBe(409);
    expect((await as.otherClient.get(`/clients/${clientId}/billing-details`)).status).toBe(404);
    expect((await as.manager.get('/clients/no-such-client/billing-details')).status).toBe(404);
  });

  it('previews a PDF with the saved profile, in the language asked', async () => {
    const current = (await as.admin.get<Profile>('/billing/profile')).body;
    await as.admin.put('/billing/profile', {
      profile: { ...profileFields, tradingName: 'Ελληνικά Studio', footer: 'Мы рады помочь' },
      expectedVersion: current.version,
    });
    const preview = await as.member.get<Buffer>('/billing/profile/preview.pdf?language=pt&kind=invoice');
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    const text = (await extractPdfText(preview.body)).pages.join('\n');
    for (const expected of [
      'Fatura',
      'Ελληνικά Studio',
      'Acme Studio SAS',
      'FR40303265045',
      'FR76 3000 6000 0112 3456 7890 189',
      'BNPAFRPP',
      'Мы рады помочь',
      'Thank you for your business.',
      'IVA 5,5 %',
      'Página 1 de 1',
    ])
      expect(text).toContain(expected);
    const refused = await as.member.get('/billing/profile/preview.pdf?language=de');
    expect(refused.status).toBe(400);
  });
});
