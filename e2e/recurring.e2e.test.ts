import {
  eventually,
  infrastructure,
  passwordToken,
  staff,
  testPrincipalSigner,
  uniqueName,
} from '@client-portal/testing';
import { createServiceClient } from '@client-portal/contracts';
import { seedSubscriptions } from '../deploy/local/seed-subscriptions.js';
import type { ServiceRuntime } from '@client-portal/kit';
import type { BillingOptions } from '@client-portal/billing';
import { DocumentRepository } from '../services/billing/src/store/document.repository.js';
import { ReminderRepository } from '../services/billing/src/store/reminder.repository.js';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Subscription {
  id: string;
  clientId: string;
  status: string;
  nextIssueDate: string;
  version: number;
  createdBy: string;
}
interface Run {
  periodStart: string;
  status: string;
  documentId: string;
  documentNumber: string;
}
interface Schedule {
  enabled: boolean;
  stepsDays: number[];
  version: number;
}

const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
type Role = (typeof STAFF_ROLES)[number] | 'client';
const ROLES: Role[] = [...STAFF_ROLES, 'client'];
const DAY_MS = 86_400_000;

type Parties = NonNullable<BillingOptions['parties']>;
const emptyParty = {
  name: '',
  legalName: '',
  address: { street: '', postalCode: '', city: '', country: '' },
  taxId: '',
  email: '',
  phone: '',
};

/** E-mails Mailpit holds for an address (every message, not just the first). */
async function mailsTo(address: string): Promise<{ Subject: string }[]> {
  const query = encodeURIComponent(`to:"${address}"`);
  const response = await fetch(`${infrastructure().mailpitUrl}/api/v1/search?query=${query}&limit=50`);
  return ((await response.json()) as { messages: { Subject: string }[] }).messages;
}

const line = {
  description: 'Monthly retainer',
  unit: 'month',
  quantityMilli: '1000',
  unitPriceMinor: '120000',
  taxRateBasisPoints: 2000,
};

/**
 * Subscriptions and reminders over REST, on the whole platform with TWO billing replicas sharing one
 * database and topic. Days pass through billing's injectable clock, not by waiting.
 */
describe('recurring billing over REST with two billing replicas', () => {
  let platform: Platform;
  let replica: ServiceRuntime | undefined;
  const as = {} as Record<Role | 'otherClient', Api>;
  let tenantId: string;
  let clientId: string;
  let otherClientId: string;
  let offsetDays = 0;
  const clock = () => new Date(Date.now() + offsetDays * DAY_MS);
  const today = () => clock().toISOString().slice(0, 10);
  /** The client's billing recipients, as the profile slice's directory will read them from crm. */
  const recipients = new Map<
    string,
    { email: string; name: string; language: 'en' | 'fr' | 'es' | 'pt' }[]
  >();
  const parties: Parties = {
    seller: (_tenant, tenantName) =>
      Promise.resolve({ ...emptyParty, name: tenantName, legalName: tenantName }),
    buyer: (_tenant, id, clientName) =>
      Promise.resolve({
        party: { ...emptyParty, name: clientName, legalName: clientName },
        language: 'en',
        recipients: recipients.get(id) ?? [],
      }),
  };

  beforeAll(async () => {
    platform = await Platform.start({
      billing: {
        environment: { BILLING_SCHEDULER_INTERVAL_MS: '200', BILLING_SCHEDULER_LEASE_MS: '2000' },
        options: { clock, parties },
      },
    });
    replica = await platform.startBillingReplica();
    const api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Recurring Agency', password: 'Owner-Pass-2026' });
    tenantId = agency.tenantId;
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    otherClientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Hooli' })).body.id;
    const contact = await addClientUser(platform, tenantId, clientId, 'Grace Hopper');
    as.client = api.as(await passwordToken(contact.email, contact.password));
    const rival = await addClientUser(platform, tenantId, otherClientId, 'Gavin Belson');
    as.otherClient = api.as(await passwordToken(rival.email, rival.password));
  }, 240_000);

  afterAll(async () => {
    await replica?.stop();
    await platform.stop();
  });

  const expectStatus = (response: ApiResponse, status: number, label: string) => {
    expect({ label, status: response.status, body: response.status === status ? '' : response.body }).toEqual(
      {
        label,
        status,
        body: '',
      },
    );
  };
  const subscriptionInput = (overrides: Record<string, unknown> = {}) => ({
    currency: 'EUR',
    lines: [line],
    frequency: 'monthly',
    startDate: today(),
    paymentTermDays: 0,
    notes: '',
    ...overrides,
  });
  const runsOf = async (id: string) =>
    (await as.owner.get<{ runs: Run[] }>(`/subscriptions/${id}/runs`)).body.runs;

  it('the permission matrix: documents.edit writes, billing.view reads, billing.configure the schedule, client users their own', async () => {
    const future = new Date(clock().getTime() + 40 * DAY_MS).toISOString().slice(0, 10);
    const created: Subscription[] = [];
    for (const role of ROLES) {
      const response = await as[role].post<Subscription>(
        `/clients/${clientId}/subscriptions`,
        subscriptionInput({ startDate: future, frequency: 'quarterly' }),
      );
      expectStatus(response, ['owner', 'admin', 'manager'].includes(role) ? 201 : 403, `${role} POST`);
      if (response.status === 201) created.push(response.body);
    }
    const subscription = created[0] as Subscription;
    for (const role of ROLES) {
      const read = role === 'client' ? 403 : 200;
      expectStatus(await as[role].get('/subscriptions'), read, `${role} GET /subscriptions`);
      expectStatus(await as[role].get(`/clients/${clientId}/subscriptions`), read, `${role} GET client's`);
      expectStatus(await as[role].get(`/subscriptions/${subscription.id}`), read, `${role} GET one`);
      expectStatus(await as[role].get(`/subscriptions/${subscription.id}/runs`), read, `${role} GET runs`);
      expectStatus(await as[role].get('/billing/reminder-schedule'), read, `${role} GET schedule`);
    }
    for (const role of ROLES) {
      const current = (await as.owner.get<Subscription>(`/subscriptions/${subscription.id}`)).body;
      const edit = await as[role].request<Subscription>('PUT', `/subscriptions/${subscription.id}`, {
        ...subscriptionInput({ startDate: future, frequency: 'quarterly', notes: `by ${role}` }),
        expectedVersion: current.version,
      });
      expectStatus(edit, ['owner', 'admin', 'manager'].includes(role) ? 200 : 403, `${role} PUT`);
      const pause = await as[role].post(`/subscriptions/${subscription.id}/pause`, {
        expectedVersion: edit.status === 200 ? edit.body.version : current.version,
      });
      expectStatus(pause, ['owner', 'admin', 'manager'].includes(role) ? 200 : 403, `${role} pause`);
      if (pause.status === 200) {
        const resumed = await as[role].post<Subscription>(`/subscriptions/${subscription.id}/resume`, {
          expectedVersion: (pause.body as unknown as Subscription).version,
        });
        expectStatus(resumed, 200, `${role} resume`);
      }
      const schedule = (await as.owner.get<Schedule>('/billing/reminder-schedule')).body;
      const put = await as[role].request('PUT', '/billing/reminder-schedule', {
        enabled: true,
        stepsDays: [3, 7, 14],
        expectedVersion: schedule.version,
      });
      expectStatus(put, ['owner', 'admin'].includes(role) ? 200 : 403, `${role} PUT schedule`);
    }
    for (const role of ['member', 'client'] as const)
      expectStatus(
        await as[role].post(`/subscriptions/${subscription.id}/cancel`, { expectedVersion: 1 }),
        403,
        `${role} cancel`,
      );
    // A stale version is told, and the stored state stays.
    const before = (await as.owner.get<Subscription>(`/subscriptions/${subscription.id}`)).body;
    const stale = await as.manager.post(`/subscriptions/${subscription.id}/cancel`, {
      expectedVersion: before.version - 1,
    });
    expectStatus(stale, 409, 'stale cancel');
    expect((await as.owner.get<Subscription>(`/subscriptions/${subscription.id}`)).body).toEqual(before);
    // Client users: their own, nothing internal; another client's answers 404.
    const own = await as.client.get<{ subscriptions: Subscription[] }>('/portal/subscriptions');
    expectStatus(own, 200, 'client GET /portal/subscriptions');
    expect(own.body.subscriptions.map((item) => item.id).sort()).toEqual(
      created.map((item) => item.id).sort(),
    );
    expect(JSON.stringify(own.body)).not.toMatch(/createdBy|version|"updatedAt"/);
    expectStatus(await as.client.get(`/portal/subscriptions/${subscription.id}`), 200, 'client GET own');
    expectStatus(await as.otherClient.get(`/portal/subscriptions/${subscription.id}`), 404, 'other GET');
    expect(
      (await as.otherClient.get<{ subscriptions: Subscription[] }>('/portal/subscriptions')).body
        .subscriptions,
    ).toEqual([]);
    expectStatus(await as.owner.get('/portal/subscriptions'), 403, 'staff GET portal');
    // Cancelled (confirmation is the web's): final.
    const cancelled = await as.owner.post<Subscription>(`/subscriptions/${subscription.id}/cancel`, {
      expectedVersion: before.version,
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', nextIssueDate: '' });
  }, 120_000);

  it('refuses bad input naming each field, and stores nothing', async () => {
    const listed = async () =>
      (await as.owner.get<{ subscriptions: Subscription[] }>(`/clients/${otherClientId}/subscriptions`)).body
        .subscriptions;
    const response = await as.manager.post<{ violations: { field: string; code: string }[] }>(
      `/clients/${otherClientId}/subscriptions`,
      subscriptionInput({
        currency: 'ZZZ',
        endDate: '2000-01-01',
        lines: [{ ...line, quantityMilli: '-1000' }],
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.violations.map(({ field, code }) => `${field}:${code}`)).toEqual([
      'currency:invalid_value',
      'endDate:before_start',
      'lines[0].quantityMilli:too_small',
    ]);
    const current = (await as.owner.get<Schedule>('/billing/reminder-schedule')).body;
    const schedule = await as.admin.request<{ violations: { field: string; code: string }[] }>(
      'PUT',
      '/billing/reminder-schedule',
      { enabled: true, stepsDays: [7, 3, 400], expectedVersion: current.version },
    );
    expect(schedule.status).toBe(400);
    expect(schedule.body.violations.map(({ field, code }) => `${field}:${code}`)).toEqual([
      'stepsDays[1]:not_ascending',
      'stepsDays[2]:invalid_value',
    ]);
    expect((await as.owner.get<Schedule>('/billing/reminder-schedule')).body).toEqual(current);
    expect(await listed()).toEqual([]);
  });

  it('issues each period once and reminds each overdue step once, across two replicas and a restart; a paid invoice is not reminded', async () => {
    const mail = (name: string) => `${uniqueName(name)}@billing.test`;
    const [addressA, addressB, addressC] = [mail('globex'), mail('hooli'), mail('late')];
    const clientC = (await as.owner.post<{ id: string }>('/clients', { name: 'Initech' })).body.id;
    recipients.set(clientId, [{ email: addressA, name: 'Grace Hopper', language: 'en' }]);
    recipients.set(otherClientId, [{ email: addressB, name: 'Gavin Belson', language: 'es' }]);
    recipients.set(clientC, [{ email: addressC, name: 'Bill Lumbergh', language: 'fr' }]);
    const schedule = (await as.owner.get<Schedule>('/billing/reminder-schedule')).body;
    expect(
      (
        await as.admin.request<Schedule>('PUT', '/billing/reminder-schedule', {
          enabled: true,
          stepsDays: [3, 7, 14],
          expectedVersion: schedule.version,
        })
      ).body.stepsDays,
    ).toEqual([3, 7, 14]);

    // Day 0: two subscriptions start today, payable at once: each issues its first invoice, once.
    const a = (await as.manager.post<Subscription>(`/clients/${clientId}/subscriptions`, subscriptionInput()))
      .body;
    const b = (
      await as.manager.post<Subscription>(`/clients/${otherClientId}/subscriptions`, subscriptionInput())
    ).body;
    const [runA] = await eventually(
      () => runsOf(a.id),
      (runs) => runs[0]?.status === 'issued',
    );
    const [runB] = await eventually(
      () => runsOf(b.id),
      (runs) => runs[0]?.status === 'issued',
    );
    expect(runA?.documentNumber).toMatch(/^INV-\d{4}-\d{4}$/);
    // The invoice of B is paid in full (the payments slice records it this way: status paid, paidMinor).
    const documents = new DocumentRepository((platform.runtimes.get('billing') as ServiceRuntime).connection);
    const invoiceB = await documents.find(tenantId, runB?.documentId ?? '');
    if (!invoiceB) throw new Error('the invoice of B was not issued');
    expect(
      await documents.replace(
        { ...invoiceB, status: 'paid', paidMinor: invoiceB.totalMinor, version: invoiceB.version + 1 },
        invoiceB.version,
      ),
    ).toBe(true);

    const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));
    const expectMails = async (address: string, count: number) => {
      await eventually(
        () => mailsTo(address),
        (messages) => messages.length >= count,
        20_000,
      );
      await settle();
      expect(await mailsTo(address)).toHaveLength(count);
    };

    // Day 4: A is 4 days overdue → step 3, once, though two replicas tick every 200 ms.
    offsetDays = 4;
    await expectMails(addressA, 1);
    // Day 8: step 7. One replica is stopped and a new one started meanwhile (a restart).
    offsetDays = 8;
    await expectMails(addressA, 2);
    await replica?.stop();
    replica = await platform.startBillingReplica();
    // C starts on day 8, payable at once; nobody looks at it until day 15 (downtime).
    offsetDays = 8;
    const c = (await as.manager.post<Subscription>(`/clients/${clientC}/subscriptions`, subscriptionInput()))
      .body;
    const [runC] = await eventually(
      () => runsOf(c.id),
      (runs) => runs[0]?.status === 'issued',
    );
    // Day 15: A reaches step 14; C is 7 days overdue: step 7 is sent, step 3 recorded as skipped.
    offsetDays = 15;
    await expectMails(addressA, 3);
    await expectMails(addressC, 1);
    await settle();
    expect(await mailsTo(addressB)).toHaveLength(0);

    const reminders = new ReminderRepository((platform.runtimes.get('billing') as ServiceRuntime).connection);
    const steps = async (invoiceId: string) =>
      (await reminders.stepsOf(tenantId, invoiceId)).map(({ step, outcome }) => `${step}:${outcome}`);
    expect(await steps(runA?.documentId ?? '')).toEqual(['3:sent', '7:sent', '14:sent']);
    expect(await steps(runC?.documentId ?? '')).toEqual(['3:skipped', '7:sent']);
    expect(await steps(runB?.documentId ?? '')).toEqual([]);
    const [latestC] = await mailsTo(addressC);
    expect(latestC?.Subject).toMatch(/^Relance : la facture INV-/);
    // Still one invoice per subscription: the first period only (the next one is a month later).
    for (const id of [a.id, b.id, c.id]) expect(await runsOf(id)).toHaveLength(1);
  }, 180_000);

  it('the demo seed: one subscription for Northwind Traders, started two months ago: three invoices issued by billing; a second run adds nothing', async () => {
    await as.owner.post('/clients', { name: 'Northwind Traders' });
    const port = (name: 'crm' | 'billing') => (platform.runtimes.get(name) as ServiceRuntime).grpcPort;
    const options = { signer: testPrincipalSigner };
    const crm = createServiceClient('crm', `127.0.0.1:${port('crm')}`, options);
    const recurring = createServiceClient('recurring', `127.0.0.1:${port('billing')}`, options);
    try {
      const owner = staff(tenantId, 'owner');
      offsetDays = 0;
      const seed = () =>
        seedSubscriptions({ crm, recurring }, 'Northwind Traders', owner, 'Recurring Agency');
      expect(await seed()).toEqual(['subscription']);
      expect(await seed()).toEqual([]);
      const listed = (
        await as.owner.get<{ subscriptions: (Subscription & { clientName: string })[] }>('/subscriptions')
      ).body.subscriptions;
      const demo = listed.find((subscription) => subscription.clientName === 'Northwind Traders');
      if (!demo) throw new Error('the demo subscription was not created');
      const runs = await eventually(
        () => runsOf(demo.id),
        (all) => all.length === 3 && all.every((run) => run.status === 'issued'),
      );
      expect(new Set(runs.map((run) => run.documentNumber)).size).toBe(3);
    } finally {
      crm.close();
      recurring.close();
    }
  });
});
