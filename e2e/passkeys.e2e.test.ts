import { passwordToken, uniqueName } from '@client-portal/testing';
import { DocumentFixtures } from './support/acceptance-fixtures.js';
import { codeFlowToken } from './support/browser-flow-token.js';
import { Api } from './support/http.js';
import { InvoiceFixtures } from './support/payment-fixtures.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

interface Settings {
  tenantId: string;
  stepUpMaxAgeSeconds: number;
  version: number;
  updatedAt: string;
  updatedBy: string;
}
interface Problem {
  status: number;
  detail: string;
  reason?: string;
  violations?: { field: string; code?: string }[];
}

const STAFF = ['owner', 'admin', 'manager', 'member'] as const;
type Role = (typeof STAFF)[number] | 'client' | 'anonymous';

const pdf = (text: string): Buffer => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Step-up over REST on the real platform (Keycloak tokens and their auth_time, identity's security
 * settings, billing and portal refusing a stale sign-in): the settings' permission matrix and bad
 * input, then accepting a quote, approving a deliverable and paying with a sign-in older than the
 * tenant's limit (refused with auth.step_up_required, nothing changed) and after a fresh sign-in.
 */
describe('passkeys-stepup: security settings and step-up over REST', () => {
  const run = uniqueName('run').replaceAll('_', '-');
  let platform: Platform;
  let api: Api;
  const as = {} as Record<Role, Api>;
  let tenantId: string;
  let otherTenant: { tenantId: string; owner: Person };
  let clientId: string;
  let workspaceId: string;
  let grace: Person;

  const settings = (who: Api) => who.get<Settings & Problem>('/security-settings');
  const save = (who: Api, body: object) => who.put<Settings & Problem>('/security-settings', body);
  /**
   * A token whose auth_time is now: a sign-in through Keycloak's form, as in the browser (a password
   * grant's token carries no auth_time, and a tenant with a limit refuses it: fails closed).
   */
  const freshClient = async (): Promise<Api> => api.as(await codeFlowToken(grace.email, grace.password));

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    as.anonymous = api;
    const agency = await createTenant(platform, { name: 'Step-up Agency' });
    tenantId = agency.tenantId;
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    const globex = await as.owner.post<{ id: string; contacts: { id: string }[] }>('/clients', {
      name: 'Globex',
      primaryContact: {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: `grace@${run}.globex.test`,
        role: 'decision-maker',
      },
    });
    clientId = globex.body.id;
    workspaceId = (await as.owner.post<{ workspace: { id: string } }>(`/clients/${clientId}/portal`, {})).body
      .workspace.id;
    grace = await addClientUser(platform, tenantId, clientId, 'Grace Hopper', {
      contactId: globex.body.contacts[0]?.id ?? '',
      workspaceIds: [workspaceId],
    });
    // The matrix's client user is not Grace: the gateway caches a principal (with the tenant's limit)
    // for a few seconds, and Grace's first request must come after the next test sets the limit.
    const dana = await addClientUser(platform, tenantId, clientId, 'Dana Client', {
      workspaceIds: [workspaceId],
    });
    as.client = api.as(await passwordToken(dana.email, dana.password));
    otherTenant = await createTenant(platform, { name: 'Other Agency' });
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('lets staff read the settings and only admins and owners change them; bad input names the field and changes nothing', async () => {
    for (const role of STAFF) {
      const read = await settings(as[role]);
      expect(read.status).toBe(200);
      expect(read.body).toEqual({
        tenantId,
        stepUpMaxAgeSeconds: 0,
        version: 0,
        updatedAt: '',
        updatedBy: '',
      });
    }
    expect((await settings(as.client)).status).toBe(403);
    expect((await settings(as.anonymous)).status).toBe(401);
    for (const role of ['manager', 'member', 'client'] as const)
      expect((await save(as[role], { stepUpMaxAgeSeconds: 600, expectedVersion: 0 })).status).toBe(403);
    expect((await save(as.anonymous, { stepUpMaxAgeSeconds: 600, expectedVersion: 0 })).status).toBe(401);

    const refusals: [unknown, string][] = [
      [-1, 'too_small'],
      [604_801, 'too_big'],
    ];
    for (const [value, code] of refusals) {
      const refused = await save(as.admin, { stepUpMaxAgeSeconds: value, expectedVersion: 0 });
      expect(refused.status).toBe(400);
      expect(refused.body.violations).toEqual([
        expect.objectContaining({ field: 'stepUpMaxAgeSeconds', code }),
      ]);
    }
    for (const value of [1.5, 'ten', null]) {
      const refused = await save(as.admin, { stepUpMaxAgeSeconds: value, expectedVersion: 0 });
      expect(refused.status).toBe(400);
      expect(refused.body.violations?.map((violation) => violation.field)).toContain('stepUpMaxAgeSeconds');
    }
    expect((await settings(as.owner)).body.version).toBe(0);

    const saved = await save(as.admin, { stepUpMaxAgeSeconds: 900, expectedVersion: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(expect.objectContaining({ stepUpMaxAgeSeconds: 900, version: 1 }));
    expect(saved.body.updatedBy).not.toBe('');
    // A save based on an old read is refused and changes nothing.
    const stale = await save(as.owner, { stepUpMaxAgeSeconds: 60, expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.reason).toBe('security_settings.changed');
    expect((await settings(as.member)).body).toEqual(
      expect.objectContaining({ stepUpMaxAgeSeconds: 900, version: 1 }),
    );
    // Another tenant's settings are its own.
    const other = api.as(await passwordToken(otherTenant.owner.email, otherTenant.owner.password));
    expect((await settings(other)).body).toEqual(
      expect.objectContaining({ tenantId: otherTenant.tenantId, stepUpMaxAgeSeconds: 0, version: 0 }),
    );
    // Off again for the next test, which sets its own limit.
    expect((await save(as.owner, { stepUpMaxAgeSeconds: 0, expectedVersion: 1 })).status).toBe(200);
  });

  it('refuses accepting a quote, approving a deliverable and paying with a sign-in older than the limit, then accepts after a fresh sign-in', async () => {
    const quotes = new DocumentFixtures(platform);
    const invoices = new InvoiceFixtures(platform);
    const quote = await quotes.issue({
      tenantId,
      tenantName: 'Step-up Agency',
      clientId,
      clientName: 'Globex',
    });
    const invoice = await invoices.issue(tenantId, { id: clientId, name: 'Globex' }, { totalMinor: 5_000 });
    const deliverable = (
      await as.manager.post<{ id: string }>(`/workspaces/${workspaceId}/deliverables`, { title: 'Logo' })
    ).body;
    const ticket = await as.manager.post<{ uploadId: string; uploadUrl: string; contentType: string }>(
      `/deliverables/${deliverable.id}/uploads`,
      { fileName: 'logo.pdf', contentType: 'application/pdf', sizeBytes: pdf('logo').length },
    );
    await fetch(ticket.body.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': ticket.body.contentType },
      body: pdf('logo'),
    });
    expect(
      (await as.manager.post(`/deliverables/${deliverable.id}/uploads/${ticket.body.uploadId}/complete`, {}))
        .status,
    ).toBe(200);

    // The API takes seconds (the screen minutes): 3 s lets the test see a sign-in grow old.
    const version = (await settings(as.owner)).body.version;
    expect((await save(as.owner, { stepUpMaxAgeSeconds: 3, expectedVersion: version })).status).toBe(200);
    const stale = await freshClient();
    await sleep(4_000);
    const accept = (who: Api) =>
      who.post<Problem>(`/quotes/${quote.id}/accept`, { signerName: 'Grace Hopper', comment: '' });
    const approve = (who: Api) =>
      who.post<Problem>(`/deliverables/${deliverable.id}/decisions`, { version: 1, decision: 'approve' });
    const pay = (who: Api) =>
      who.post<Problem>('/payments/card', {
        allocations: [{ documentId: invoice.id, amountMinor: 5_000 }],
        paymentMethod: 'pm_card_visa',
      });
    for (const attempt of [accept, approve, pay]) {
      const refused = await attempt(stale);
      expect(refused.status).toBe(401);
      expect(refused.body.reason).toBe('auth.step_up_required');
      expect(refused.body.detail).toMatch(/sign in again/);
    }
    // Nothing happened: the quote is still open, the deliverable undecided, the invoice unpaid.
    expect(await quotes.find(tenantId, quote.id)).toEqual(expect.objectContaining({ status: 'issued' }));
    expect(await invoices.read(tenantId, invoice.id)).toEqual(expect.objectContaining({ paidMinor: 0 }));
    expect((await as.owner.get<{ status: string }>(`/deliverables/${deliverable.id}`)).body.status).not.toBe(
      'approved',
    );
    // A token without auth_time (the password grant of the tests' own client) counts as not recent.
    const noAuthTime = api.as(await passwordToken(grace.email, grace.password));
    expect((await accept(noAuthTime)).body.reason).toBe('auth.step_up_required');
    // Asking for changes and reading stay possible with the old sign-in: only the commitments are guarded.
    expect((await stale.get(`/deliverables/${deliverable.id}`)).status).toBe(200);

    // A fresh sign-in (a new auth_time) goes through, each within the limit.
    expect((await accept(await freshClient())).status).toBe(200);
    expect((await approve(await freshClient())).status).toBe(201);
    expect((await pay(await freshClient())).status).toBe(201);
    expect(await quotes.find(tenantId, quote.id)).toEqual(expect.objectContaining({ status: 'accepted' }));
    expect(await invoices.read(tenantId, invoice.id)).toEqual(expect.objectContaining({ paidMinor: 5_000 }));
  }, 60_000);
});
