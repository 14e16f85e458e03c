import Stripe from 'stripe';
import { infrastructure, passwordToken, waitForMail } from '@client-portal/testing';
import { loadBillingConfig } from '@client-portal/billing';
import { createLogger } from '@client-portal/kit';
import { StripePayments } from '../services/billing/src/application/stripe-payments.js';
import { Api } from './support/http.js';
import { InvoiceFixtures } from './support/payment-fixtures.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

interface CardPayment {
  id: string;
  status: string;
  amountMinor: string;
  currency: string;
  stripePaymentIntentId: string;
  paymentId: string;
}
interface Payment {
  id: string;
  method: string;
  amountMinor: string;
  refundedMinor: string;
  currency: string;
  stripePaymentIntentId: string;
  allocations: { documentId: string; number: string; amountMinor: string; refundedMinor: string }[];
  refunds: { id: string; amountMinor: string; stripeRefundId: string }[];
}
interface Problem {
  code: string;
  detail: string;
  violations?: { field: string; code?: string; message: string }[];
}

const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
type Role = (typeof STAFF_ROLES)[number] | 'client' | 'otherClient';

/** How many e-mails Mailpit holds for one address (the receipt must arrive exactly once). */
async function mailCount(to: string): Promise<number> {
  const query = encodeURIComponent(`to:"${to}"`);
  const response = await fetch(`${infrastructure().mailpitUrl}/api/v1/search?query=${query}`);
  return ((await response.json()) as { messages: unknown[] }).messages.length;
}

/**
 * Payments over REST on the real platform: stripe-mock behind the official SDK, Stripe's webhook
 * played by billing's local sender to the gateway's public endpoint, receipts read back from Mailpit.
 */
describe('payments: card checkouts, signed webhooks recorded once, manual payments, refunds', () => {
  let platform: Platform;
  let api: Api;
  let fixtures: InvoiceFixtures;
  let tenantId: string;
  const as = {} as Record<Role, Api>;
  let payer: Person;
  const globex = { id: '', name: 'Globex' };
  const hooli = { id: '', name: 'Hooli' };

  const invoice = (
    totalMinor: number,
    options: { currency?: string; status?: 'draft' | 'void' | 'paid' } = {},
  ) => fixtures.issue(tenantId, globex, { totalMinor, ...options });
  const payments = async (): Promise<Payment[]> =>
    (await as.owner.get<{ payments: Payment[] }>(`/clients/${globex.id}/payments?pageSize=100`)).body
      .payments;

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    fixtures = new InvoiceFixtures(platform);
    const agency = await createTenant(platform, { name: 'Payments Agency' });
    tenantId = agency.tenantId;
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    globex.id = (await as.owner.post<{ id: string }>('/clients', { name: globex.name })).body.id;
    hooli.id = (await as.owner.post<{ id: string }>('/clients', { name: hooli.name })).body.id;
    payer = await addClientUser(platform, tenantId, globex.id, 'Grace Payer');
    as.client = api.as(await passwordToken(payer.email, payer.password));
    const rival = await addClientUser(platform, tenantId, hooli.id, 'Gavin Belson');
    as.otherClient = api.as(await passwordToken(rival.email, rival.password));
  }, 180_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('refuses overpaying, void/draft/paid invoices, mixed currencies, zero or negative amounts and another client’s invoice, changing nothing', async () => {
    const open = await invoice(10_000);
    const usd = await invoice(3_000, { currency: 'USD' });
    const voided = await invoice(5_000, { status: 'void' });
    const draft = await invoice(5_000, { status: 'draft' });
    const settled = await invoice(5_000, { status: 'paid' });
    const theirs = await fixtures.issue(tenantId, hooli, { totalMinor: 10_000 });
    const pay = (allocations: unknown[]) =>
      as.client.post<Problem>('/payments/card', { allocations, paymentMethod: 'pm_card_visa' });

    const refusals: [unknown[], string, string][] = [
      [[{ documentId: open.id, amountMinor: '10001' }], 'allocations[0].amountMinor', 'too_big'],
      [[{ documentId: open.id, amountMinor: '0' }], 'allocations[0].amountMinor', 'too_small'],
      [[{ documentId: open.id, amountMinor: '-500' }], 'allocations[0].amountMinor', 'too_small'],
      [[{ documentId: voided.id }], 'allocations[0].documentId', 'invalid_value'],
      [[{ documentId: draft.id }], 'allocations[0].documentId', 'invalid_value'],
      [[{ documentId: settled.id }], 'allocations[0].documentId', 'invalid_value'],
      [[{ documentId: open.id }, { documentId: usd.id }], 'allocations[1].documentId', 'invalid_value'],
    ];
    for (const [allocations, field, code] of refusals) {
      const refused = await pay(allocations);
      expect(refused.status).toBe(400);
      expect(refused.body.violations).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, code })]),
      );
    }
    const mixed = await pay([{ documentId: open.id }, { documentId: usd.id }]);
    expect(mixed.body.detail).toMatch(/one currency at a time/);
    expect((await pay([{ documentId: voided.id }])).body.detail).toMatch(/void/);
    expect((await pay([{ documentId: theirs.id }])).status).toBe(404);
    const badCard = await as.client.post<Problem>('/payments/card', {
      allocations: [{ documentId: open.id }],
      paymentMethod: '4242 4242',
    });
    expect(badCard.status).toBe(400);
    expect(badCard.body.violations?.[0]?.field).toBe('paymentMethod');

    // Nothing moved: the invoices are as issued and no payment exists for them.
    for (const document of [open, usd, voided, draft, settled, theirs])
      expect(await fixtures.read(tenantId, document.id)).toEqual(
        expect.objectContaining({ status: document.status, paidMinor: 0, version: 1 }),
      );
    const listed = await payments();
    expect(listed.filter((p) => p.allocations.some((a) => a.documentId === open.id))).toEqual([]);
  });

  it('pays part of an invoice, then the rest: partially paid, then paid (recorded from the signed webhook)', async () => {
    const target = await invoice(12_000);
    const part = await as.client.post<CardPayment>('/payments/card', {
      allocations: [{ documentId: target.id, amountMinor: 4_500 }],
      paymentMethod: 'pm_card_visa',
    });
    expect(part.status).toBe(201);
    expect(part.body).toEqual(
      expect.objectContaining({ status: 'succeeded', amountMinor: '4500', currency: 'EUR' }),
    );
    expect(part.body.stripePaymentIntentId).toMatch(/^pi_/);
    let stored = await fixtures.read(tenantId, target.id);
    expect(stored).toEqual(expect.objectContaining({ status: 'issued', paidMinor: 4_500, paidAt: null }));
    const balances = await as.client.get<{ invoices: { id: string; status: string; dueMinor: string }[] }>(
      `/clients/${globex.id}/invoice-balances`,
    );
    expect(balances.body.invoices.find((i) => i.id === target.id)).toEqual(
      expect.objectContaining({ status: 'partially_paid', dueMinor: '7500' }),
    );

    // More than what is left is refused; the rest is accepted.
    const over = await as.client.post<Problem>('/payments/card', {
      allocations: [{ documentId: target.id, amountMinor: 7_501 }],
      paymentMethod: 'pm_card_visa',
    });
    expect(over.status).toBe(400);
    const rest = await as.client.post<CardPayment>('/payments/card', {
      allocations: [{ documentId: target.id }],
      paymentMethod: 'pm_card_visa',
    });
    expect(rest.body).toEqual(expect.objectContaining({ status: 'succeeded', amountMinor: '7500' }));
    stored = await fixtures.read(tenantId, target.id);
    expect(stored).toEqual(expect.objectContaining({ status: 'paid', paidMinor: 12_000 }));
    expect(stored.paidAt).toBeInstanceOf(Date);

    // The checkout reads back, the history of that invoice has both payments, newest first.
    const checkout = await as.client.get<CardPayment>(`/payments/card/${rest.body.id}`);
    expect(checkout.body.paymentId).toBe(rest.body.paymentId);
    const history = await as.client.get<{ payments: Payment[] }>(
      `/clients/${globex.id}/payments?documentId=${target.id}`,
    );
    expect(history.body.payments.map((p) => p.amountMinor)).toEqual(['7500', '4500']);
    expect(history.body.payments.every((p) => p.method === 'card')).toBe(true);
    expect(JSON.stringify(history.body)).not.toMatch(/recordedBy|createdBy/);
  });

  it('pays several invoices of one currency at once: one payment, one allocation each', async () => {
    const first = await invoice(2_000);
    const second = await invoice(3_300);
    const paid = await as.client.post<CardPayment>('/payments/card', {
      allocations: [{ documentId: first.id }, { documentId: second.id, amountMinor: '1300' }],
      paymentMethod: 'pm_card_visa',
    });
    expect(paid.body).toEqual(expect.objectContaining({ status: 'succeeded', amountMinor: '3300' }));
    const payment = (await payments()).find((p) => p.id === paid.body.paymentId);
    expect(payment?.allocations.map((a) => [a.documentId, a.amountMinor])).toEqual([
      [first.id, '2000'],
      [second.id, '1300'],
    ]);
    expect(await fixtures.read(tenantId, first.id)).toEqual(expect.objectContaining({ status: 'paid' }));
    expect(await fixtures.read(tenantId, second.id)).toEqual(
      expect.objectContaining({ status: 'issued', paidMinor: 1_300 }),
    );
  });

  it('records a replayed webhook once and e-mails the receipt once; refuses bad or missing signatures and records nothing', async () => {
    // A payer of their own, so their Mailpit box holds only this payment's receipt.
    const second = await addClientUser(platform, tenantId, globex.id, 'Rita Replay');
    const replayer = api.as(await passwordToken(second.email, second.password));
    const target = await invoice(8_800);
    const paid = await replayer.post<CardPayment>('/payments/card', {
      allocations: [{ documentId: target.id }],
      paymentMethod: 'pm_card_visa',
    });
    expect(paid.body.status).toBe('succeeded');
    const receipt = await waitForMail(second.email, { subject: 'Receipt' });
    expect(receipt.Text).toContain(target.number);
    expect(receipt.Text).toContain('€88.00');
    expect(receipt.Text).toContain('Card');
    expect(receipt.HTML).toContain(target.number);

    // Stripe delivers the event again (a new delivery of the same intent), and that delivery twice.
    const billing = loadBillingConfig(platform.environment('billing'));
    const stripe = new StripePayments(billing, createLogger('test', 'silent'));
    const delivery = await stripe.sendSucceededWebhook({
      id: paid.body.stripePaymentIntentId,
      amount: 8_800,
      currency: 'EUR',
      metadata: {
        tenant: tenantId,
        client: globex.id,
        checkout: paid.body.id,
        allocations: `${target.id}:8800`,
      },
    });
    expect(delivery.status).toBe(200);
    const replay = await fetch(`${platform.url}/api/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': delivery.signature },
      body: delivery.payload,
    });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true, outcome: 'duplicate' });
    // The same delivery reaching several gateway/billing replicas at once: still one payment.
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () =>
        fetch(`${platform.url}/api/webhooks/stripe`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'stripe-signature': delivery.signature },
          body: delivery.payload,
        }),
      ),
    );
    expect(concurrent.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const ofIntent = (await payments()).filter(
      (p) => p.stripePaymentIntentId === paid.body.stripePaymentIntentId,
    );
    expect(ofIntent).toHaveLength(1);
    expect(await fixtures.read(tenantId, target.id)).toEqual(
      expect.objectContaining({ status: 'paid', paidMinor: 8_800 }),
    );

    // Bad signatures: another secret, a changed body, none at all. Each 400, none recorded.
    const before = (await payments()).length;
    const forged = JSON.stringify({
      ...JSON.parse(delivery.payload),
      id: 'evt_forged_1',
      data: {
        object: {
          id: 'pi_forged_1',
          object: 'payment_intent',
          amount: 100,
          currency: 'eur',
          status: 'succeeded',
          metadata: { tenant: tenantId, client: globex.id, checkout: paid.body.id, allocations: '' },
        },
      },
    });
    const post = (body: string, signature?: string) =>
      fetch(`${platform.url}/api/webhooks/stripe`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(signature ? { 'stripe-signature': signature } : {}),
        },
        body,
      });
    const wrongSecret = Stripe.webhooks.generateTestHeaderString({
      payload: forged,
      secret: 'whsec_not_ours',
    });
    const tampered = delivery.payload.replace('"amount":8800', '"amount":1');
    const stale = Stripe.webhooks.generateTestHeaderString({
      payload: forged,
      secret: billing.STRIPE_WEBHOOK_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    for (const [body, signature] of [
      [forged, wrongSecret],
      [tampered, delivery.signature],
      [forged, stale],
      [forged, undefined],
    ] as const) {
      const refused = await post(body, signature);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as Problem).code).toBe('INVALID_ARGUMENT');
    }
    const claims = platform.runtimes.get('billing')?.connection.collection('payment_claims');
    expect(await claims?.findOne({ _id: 'stripe:evt_forged_1' as never })).toBeNull();
    expect((await payments()).length).toBe(before);

    // However often it was delivered, one receipt.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await mailCount(second.email)).toBe(1);
  });

  it('staff record a manual payment and refund (card through Stripe, manual recorded); never more than paid', async () => {
    const cardInvoice = await invoice(6_000);
    const card = await as.client.post<CardPayment>('/payments/card', {
      allocations: [{ documentId: cardInvoice.id }],
      paymentMethod: 'pm_card_visa',
    });
    const bankInvoice = await invoice(9_000);
    const cashInvoice = await invoice(1_000);
    const today = new Date().toISOString().slice(0, 10);

    const future = await as.manager.post<Problem>(`/clients/${globex.id}/payments`, {
      method: 'bank_transfer',
      paidOn: '2999-01-01',
      allocations: [{ documentId: bankInvoice.id }],
    });
    expect(future.status).toBe(400);
    expect(future.body.violations?.[0]).toEqual(
      expect.objectContaining({ field: 'paidOn', code: 'too_big' }),
    );
    const badMethod = await as.manager.post<Problem>(`/clients/${globex.id}/payments`, {
      method: 'cheque',
      paidOn: today,
      allocations: [{ documentId: bankInvoice.id }],
    });
    expect(badMethod.body.violations?.[0]?.field).toBe('method');
    const wrongClient = await as.manager.post<Problem>(`/clients/${hooli.id}/payments`, {
      method: 'cash',
      paidOn: today,
      allocations: [{ documentId: bankInvoice.id }],
    });
    expect(wrongClient.status).toBe(404);
    expect(await fixtures.read(tenantId, bankInvoice.id)).toEqual(
      expect.objectContaining({ paidMinor: 0, version: 1 }),
    );

    const manual = await as.manager.post<Payment>(`/clients/${globex.id}/payments`, {
      method: 'bank_transfer',
      paidOn: today,
      reference: 'SEPA 2026-11-30 Globex',
      allocations: [{ documentId: bankInvoice.id, amountMinor: '5000' }, { documentId: cashInvoice.id }],
    });
    expect(manual.status).toBe(201);
    expect(manual.body).toEqual(
      expect.objectContaining({
        method: 'bank_transfer',
        amountMinor: '6000',
        reference: 'SEPA 2026-11-30 Globex',
      }),
    );
    expect(await fixtures.read(tenantId, bankInvoice.id)).toEqual(
      expect.objectContaining({ status: 'issued', paidMinor: 5_000 }),
    );
    expect(await fixtures.read(tenantId, cashInvoice.id)).toEqual(
      expect.objectContaining({ status: 'paid' }),
    );

    // A card refund goes through Stripe (re_…); the invoice is due again by that much.
    const cardPaymentId = card.body.paymentId;
    const tooMuch = await as.admin.post<Problem>(`/payments/${cardPaymentId}/refunds`, {
      amountMinor: '6001',
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.violations?.[0]).toEqual(
      expect.objectContaining({ field: 'amountMinor', code: 'too_big' }),
    );
    expect(
      (await as.admin.post<Problem>(`/payments/${cardPaymentId}/refunds`, { amountMinor: '0' })).status,
    ).toBe(400);
    const partial = await as.admin.post<Payment>(`/payments/${cardPaymentId}/refunds`, {
      amountMinor: '2000',
      reason: 'Goodwill',
    });
    expect(partial.status).toBe(201);
    expect(partial.body.refundedMinor).toBe('2000');
    expect(partial.body.refunds[0]?.stripeRefundId).toMatch(/^re_/);
    expect(await fixtures.read(tenantId, cardInvoice.id)).toEqual(
      expect.objectContaining({ status: 'issued', paidMinor: 4_000, paidAt: null }),
    );
    const rest = await as.owner.post<Payment>(`/payments/${cardPaymentId}/refunds`, {});
    expect(rest.body.refundedMinor).toBe('6000');
    expect((await as.owner.post<Problem>(`/payments/${cardPaymentId}/refunds`, {})).status).toBe(409);
    expect(await fixtures.read(tenantId, cardInvoice.id)).toEqual(expect.objectContaining({ paidMinor: 0 }));

    // A manual refund is recorded only; the last allocation (the cash invoice) reopens first.
    const manualRefund = await as.admin.post<Payment>(`/payments/${manual.body.id}/refunds`, {
      amountMinor: '500',
    });
    expect(manualRefund.body.refunds[0]?.stripeRefundId).toBe('');
    expect(manualRefund.body.allocations.map((a) => a.refundedMinor)).toEqual(['0', '500']);
    expect(await fixtures.read(tenantId, cashInvoice.id)).toEqual(
      expect.objectContaining({ status: 'issued', paidMinor: 500 }),
    );
  });

  it('answers every route by role: staff by permission, the client user their own, another client’s user 404', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const roles: Role[] = [...STAFF_ROLES, 'client', 'otherClient'];
    const statuses = async (
      call: (role: Role) => Promise<{ status: number }>,
    ): Promise<Record<string, number>> =>
      Object.fromEntries(
        await Promise.all(
          roles.map(async (role): Promise<[Role, number]> => [role, (await call(role)).status]),
        ),
      );

    expect(await statuses((role) => as[role].get(`/clients/${globex.id}/invoice-balances`))).toEqual({
      owner: 200,
      admin: 200,
      manager: 200,
      member: 200,
      client: 200,
      otherClient: 404,
    });
    expect(await statuses((role) => as[role].get(`/clients/${globex.id}/payments`))).toEqual({
      owner: 200,
      admin: 200,
      manager: 200,
      member: 200,
      client: 200,
      otherClient: 404,
    });
    const checkoutOf = await as.client.post<CardPayment>('/payments/card', {
      allocations: [{ documentId: (await invoice(700)).id }],
      paymentMethod: 'pm_card_visa',
    });
    expect(await statuses((role) => as[role].get(`/payments/card/${checkoutOf.body.id}`))).toEqual({
      owner: 200,
      admin: 200,
      manager: 200,
      member: 200,
      client: 200,
      otherClient: 404,
    });
    const cardInvoices = Object.fromEntries(
      await Promise.all(roles.map(async (role) => [role, (await invoice(900)).id] as const)),
    );
    expect(
      await statuses((role) =>
        as[role].post('/payments/card', {
          allocations: [{ documentId: cardInvoices[role] }],
          paymentMethod: 'pm_card_visa',
        }),
      ),
    ).toEqual({ owner: 403, admin: 403, manager: 403, member: 403, client: 201, otherClient: 404 });
    const manualInvoices = Object.fromEntries(
      await Promise.all(roles.map(async (role) => [role, (await invoice(800)).id] as const)),
    );
    expect(
      await statuses((role) =>
        as[role].post(`/clients/${globex.id}/payments`, {
          method: 'cash',
          paidOn: today,
          allocations: [{ documentId: manualInvoices[role] }],
        }),
      ),
    ).toEqual({ owner: 201, admin: 201, manager: 201, member: 403, client: 403, otherClient: 403 });
    const refundable = await as.owner.post<Payment>(`/clients/${globex.id}/payments`, {
      method: 'other',
      paidOn: today,
      allocations: [{ documentId: (await invoice(6_000)).id }],
    });
    expect(
      await statuses((role) =>
        as[role].post(`/payments/${refundable.body.id}/refunds`, { amountMinor: '100', reason: role }),
      ),
    ).toEqual({ owner: 201, admin: 201, manager: 403, member: 403, client: 403, otherClient: 403 });
    expect((await api.post('/webhooks/stripe', { id: 'evt_x' })).status).toBe(400);
    expect((await as.owner.get('/payments/card/unknown')).status).toBe(404);
    expect((await as.owner.post('/payments/unknown/refunds', {})).status).toBe(404);
  });
});
