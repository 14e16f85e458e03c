import { randomUUID } from 'node:crypto';
import { passwordToken, waitForMail } from '@client-portal/testing';
import { DocumentRepository } from '../services/billing/src/store/document.repository.js';
import { EventPublisher } from './support/activity-fixtures.js';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';

interface Product {
  id: string;
  name: string;
  reference: string;
  status: string;
  version: number;
  unitPriceMinor: string;
}
interface Order {
  id: string;
  number: string;
  status: string;
  currency: string;
  totalMinor: string;
  subtotalMinor: string;
  taxMinor: string;
  version: number;
  convertedKind: string;
  convertedDocumentId: string;
  lines: { productId: string; unitPriceMinor: string; totalMinor: string; taxMinor: string }[];
}
interface Kpis {
  currencies: {
    currency: string;
    salesReceivedThisYearMinor: string;
    pendingPaymentMinor: string;
    quotesAwaitingCount: number;
    averageInvoiceMinor: string;
    productsPerInvoiceHundredths: number;
    averageDaysToPayTenths: number;
    invoicesThisYear: number;
  }[];
}
interface Problem {
  detail: string;
  violations?: { field: string; code: string }[];
}

const STAFF_ROLES = ['owner', 'admin', 'manager', 'member'] as const;
type Role = (typeof STAFF_ROLES)[number] | 'client' | 'otherClient';
const ROLES: Role[] = [...STAFF_ROLES, 'client', 'otherClient'];
const MANAGERS: Role[] = ['owner', 'admin', 'manager'];
const ADMINS: Role[] = ['owner', 'admin'];
const STAFF: Role[] = [...STAFF_ROLES];

/** Keys a client user's answer must never carry. */
const INTERNAL_KEY =
  /^(version|createdBy|placedBy|status_internal|convertedDocumentId|cancelReason|tenantId|createdAt|updatedAt)$/;
function internalKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => internalKeys(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(INTERNAL_KEY.test(key) ? [`${path}.${key}`] : []),
    ...internalKeys(inner, `${path}.${key}`),
  ]);
}

/** The item at `index`, or a failure naming what was missing. */
function at<T>(items: T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index} among ${items.length}`);
  return item;
}

async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await read();
  }
  return last;
}

/**
 * The catalog, its portal switch, client orders, their conversion into drafts and the client KPIs,
 * through the gateway on the real platform, for every route and every role.
 */
describe('catalog, orders and client KPIs over REST', () => {
  let platform: Platform;
  let documents: DocumentRepository;
  let publisher: EventPublisher;
  const as = {} as Record<Role, Api>;
  const people = {} as Record<'owner' | 'admin' | 'manager' | 'member', Person>;
  let tenantId: string;
  let clientId: string;
  let otherClientId: string;
  let design: Product;
  let licence: Product;

  const expectStatus = (response: ApiResponse, status: number, label: string) => {
    expect({ label, status: response.status }).toEqual({ label, status });
  };
  const products = async () =>
    (await as.owner.get<{ products: Product[] }>('/catalog/products?includeArchived=true')).body.products;
  const place = (api: Api, body: unknown) => api.post<Order & Problem>('/portal/catalog/orders', body);

  beforeAll(async () => {
    platform = await Platform.start();
    const billing = platform.runtimes.get('billing');
    if (!billing) throw new Error('billing is not running');
    documents = new DocumentRepository(billing.connection);
    publisher = new EventPublisher(platform);
    const api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Catalog Agency', password: 'Owner-Pass-2026' });
    tenantId = agency.tenantId;
    people.owner = agency.owner;
    as.owner = api.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      people[role] = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(people[role].email, people[role].password));
    }
    clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    otherClientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Hooli' })).body.id;
    const contact = await addClientUser(platform, tenantId, clientId, 'Grace Hopper');
    as.client = api.as(await passwordToken(contact.email, contact.password));
    const rival = await addClientUser(platform, tenantId, otherClientId, 'Gavin Belson');
    as.otherClient = api.as(await passwordToken(rival.email, rival.password));
  }, 240_000);

  afterAll(async () => {
    await publisher.close();
    await platform.stop();
  });

  it('catalog rules: fields named on refusal, nothing stored, unique reference, stale edits refused', async () => {
    const created = await as.manager.post<Product>('/catalog/products', {
      name: 'Design day',
      description: 'A day of a senior designer',
      kind: 'service',
      unit: 'day',
      unitPriceMinor: '65000',
      currency: 'EUR',
      taxRateBasisPoints: 2000,
      reference: 'DES-DAY',
    });
    expect(created.status).toBe(201);
    design = created.body;
    licence = (
      await as.manager.post<Product>('/catalog/products', {
        name: 'Font licence',
        kind: 'product',
        unit: 'unit',
        unitPriceMinor: 1999,
        currency: 'EUR',
        taxRateBasisPoints: 550,
        reference: 'FONT-1',
      })
    ).body;

    const invalid = await as.manager.post<Problem>('/catalog/products', {
      name: '',
      kind: 'gadget',
      unitPriceMinor: '-5',
      currency: 'ZZZ',
      taxRateBasisPoints: 12000,
      reference: 'bad ref',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.violations?.map(({ field, code }) => `${field}:${code}`)).toEqual([
      'name:required',
      'kind:invalid_value',
      'unitPriceMinor:too_small',
      'currency:invalid_value',
      'taxRateBasisPoints:too_big',
      'reference:invalid_format',
    ]);
    const duplicate = await as.manager.post<Problem>('/catalog/products', {
      name: 'Another',
      kind: 'service',
      unitPriceMinor: 1,
      currency: 'EUR',
      taxRateBasisPoints: 0,
      reference: 'des-day',
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.violations).toEqual([
      expect.objectContaining({ field: 'reference', code: 'not_unique' }),
    ]);
    expect((await products()).map((product) => product.name)).toEqual(['Design day', 'Font licence']);

    // Two edits from the same version: the second is told, and loses nothing of the first.
    const edit = (api: Api, name: string) =>
      api.request<Product & Problem>('PUT', `/catalog/products/${design.id}`, {
        expectedVersion: design.version,
        name,
        description: '',
        kind: 'service',
        unit: 'day',
        unitPriceMinor: '65000',
        currency: 'EUR',
        taxRateBasisPoints: 2000,
        reference: 'DES-DAY',
      });
    const first = await edit(as.manager, 'Design day (senior)');
    const second = await edit(as.admin, 'Overwrite');
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    design = first.body;
    const badEdit = await as.manager.request<Problem>('PUT', `/catalog/products/${design.id}`, {
      expectedVersion: design.version,
      name: 'Design day (senior)',
      kind: 'service',
      unitPriceMinor: '65000',
      currency: 'EUR',
      taxRateBasisPoints: -1,
      reference: 'FONT-1',
    });
    expect(badEdit.status).toBe(400);
    expect((await as.owner.get<Product>(`/catalog/products/${design.id}`)).body).toEqual(design);

    const search = await as.member.get<{ products: Product[] }>('/catalog/products?search=font');
    expect(search.body.products.map((product) => product.reference)).toEqual(['FONT-1']);
    const byReference = await as.member.get<{ products: Product[] }>('/catalog/products?search=des-');
    expect(byReference.body.products.map((product) => product.name)).toEqual(['Design day (senior)']);
  });

  it('while the catalog is off, client users get 404 on every catalog and order route', async () => {
    expect((await as.owner.get<{ portalEnabled: boolean }>('/catalog/settings')).body.portalEnabled).toBe(
      false,
    );
    for (const role of ['client', 'otherClient'] as const) {
      expectStatus(await as[role].get('/portal/catalog'), 404, `${role} browse`);
      expectStatus(await as[role].get('/portal/catalog/orders'), 404, `${role} orders`);
      expectStatus(
        await place(as[role], { lines: [{ productId: design.id, quantityMilli: 1000 }] }),
        404,
        `${role} order`,
      );
      expectStatus(await as[role].get(`/portal/catalog/orders/${randomUUID()}`), 404, `${role} one order`);
    }
  });

  it('permission matrix: products, settings, switch', async () => {
    for (const role of ROLES) {
      const staff = STAFF.includes(role);
      expectStatus(await as[role].get('/catalog/products'), staff ? 200 : 403, `${role} list products`);
      expectStatus(
        await as[role].get(`/catalog/products/${design.id}`),
        staff ? 200 : 403,
        `${role} product`,
      );
      expectStatus(await as[role].get('/catalog/settings'), staff ? 200 : 403, `${role} settings`);
      const create = await as[role].post('/catalog/products', {
        name: `By ${role}`,
        kind: 'service',
        unitPriceMinor: 100,
        currency: 'EUR',
        taxRateBasisPoints: 0,
        reference: `BY-${role}`,
      });
      expectStatus(create, MANAGERS.includes(role) ? 201 : 403, `${role} create`);
      const target = (await products()).find((product) => product.reference === 'BY-owner');
      const archive = await as[role].post<Product>(`/catalog/products/${target?.id ?? 'x'}/archive`, {
        expectedVersion: target?.version ?? 0,
        archived: true,
      });
      expectStatus(archive, MANAGERS.includes(role) ? 200 : 403, `${role} archive`);
      if (archive.status === 200)
        await as.owner.post(`/catalog/products/${target?.id ?? 'x'}/archive`, {
          expectedVersion: archive.body.version,
          archived: false,
        });
      const update = await as[role].request('PUT', `/catalog/products/${target?.id ?? 'x'}`, {
        expectedVersion: -1,
        name: 'x',
        kind: 'service',
        unitPriceMinor: 1,
        currency: 'EUR',
        taxRateBasisPoints: 0,
        reference: 'BY-owner',
      });
      // Allowed roles reach the version check (409); the others are refused first.
      expectStatus(update, MANAGERS.includes(role) ? 409 : 403, `${role} update`);
      const switchOff = await as[role].request('PUT', '/catalog/settings', { portalEnabled: false });
      expectStatus(switchOff, ADMINS.includes(role) ? 200 : 403, `${role} switch`);
    }
    // Archive the by-role products but one, which stays archived: client users never see it.
    for (const product of await products())
      if (product.reference.startsWith('BY-'))
        await as.owner.post(`/catalog/products/${product.id}/archive`, {
          expectedVersion: product.version,
          archived: true,
        });
    const enabled = await as.admin.request<{ portalEnabled: boolean }>('PUT', '/catalog/settings', {
      portalEnabled: true,
    });
    expect(enabled.body.portalEnabled).toBe(true);
  });

  it('the client browses active products only, without internal fields', async () => {
    const browse = await as.client.get<{ products: Product[] }>('/portal/catalog');
    expect(browse.status).toBe(200);
    expect(browse.body.products.map((product) => product.reference)).toEqual(['DES-DAY', 'FONT-1']);
    expect(internalKeys(browse.body)).toEqual([]);
    expect(JSON.stringify(browse.body)).not.toMatch(/"status"|archived/);
    for (const role of STAFF) expectStatus(await as[role].get('/portal/catalog'), 403, `${role} portal`);
  });

  /** The client's orders (the first, then two placed concurrently) and the other client's two. */
  let orders: Order[] = [];
  let otherOrders: Order[] = [];

  it('orders take prices from the catalog, are numbered without gaps and e-mail the owners and admins', async () => {
    const first = await place(as.client, {
      lines: [
        { productId: design.id, quantityMilli: 1500, unitPriceMinor: '1', taxRateBasisPoints: 0 },
        { productId: licence.id, quantityMilli: '3000', totalMinor: '0' },
      ],
      note: 'Before the launch, please.',
      totalMinor: '1',
    });
    expect(first.status).toBe(201);
    // 1.5 × 650.00 = 975.00 + 20 %; 3 × 19.99 = 59.97 + 5.5 % (3.30).
    expect(first.body).toMatchObject({
      currency: 'EUR',
      subtotalMinor: String(97_500 + 5_997),
      taxMinor: String(19_500 + 330),
      totalMinor: String(97_500 + 5_997 + 19_500 + 330),
    });
    expect(first.body.lines.map((line) => line.unitPriceMinor)).toEqual(['65000', '1999']);
    expect(internalKeys(first.body)).toEqual([]);
    const year = new Date().getUTCFullYear();
    expect(first.body.number).toBe(`ORD-${year}-0001`);

    const refused = await place(as.client, {
      lines: [
        { productId: design.id, quantityMilli: 0 },
        { productId: randomUUID(), quantityMilli: 1000 },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.violations?.map(({ field, code }) => `${field}:${code}`)).toEqual([
      'lines[0].quantityMilli:too_small',
      'lines[1].productId:invalid_value',
    ]);
    const archived = (await products()).find((product) => product.status === 'archived');
    expect(
      (await place(as.client, { lines: [{ productId: archived?.id ?? '', quantityMilli: 1000 }] })).status,
    ).toBe(400);

    // Concurrent orders from two clients: every number once, none skipped (the refusals took none).
    const concurrent = await Promise.all(
      [as.client, as.otherClient, as.client, as.otherClient].map((api) =>
        place(api, { lines: [{ productId: licence.id, quantityMilli: 1000 }] }),
      ),
    );
    expect(concurrent.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    expect(concurrent.map((response) => response.body.number).sort()).toEqual(
      [2, 3, 4, 5].map((sequence) => `ORD-${year}-000${sequence}`),
    );
    orders = [first.body, at(concurrent, 0).body, at(concurrent, 2).body];
    otherOrders = [at(concurrent, 1).body, at(concurrent, 3).body];

    for (const person of [people.owner, people.admin]) {
      const mail = await waitForMail(person.email, { subject: first.body.number, timeoutMs: 30_000 });
      expect(mail.Subject).toBe(`New order ${first.body.number} from Globex`);
      expect(mail.Text).toContain('Grace Hopper (Globex)');
      expect(mail.Text).toContain('Before the launch, please.');
      expect(mail.HTML).toContain(`/app/billing/orders/${first.body.id}`);
    }
  });

  it('permission matrix: orders (staff list, open, convert, cancel; clients see their own)', async () => {
    const mine = at(orders, 0);
    for (const role of ROLES) {
      const staff = STAFF.includes(role);
      expectStatus(await as[role].get('/catalog/orders'), staff ? 200 : 403, `${role} list orders`);
      expectStatus(await as[role].get(`/catalog/orders/${mine.id}`), staff ? 200 : 403, `${role} order`);
      const convert = await as[role].post(`/catalog/orders/${mine.id}/convert`, {
        expectedVersion: -1,
        kind: 'quote',
      });
      expectStatus(convert, MANAGERS.includes(role) ? 409 : 403, `${role} convert (stale)`);
      const cancel = await as[role].post(`/catalog/orders/${mine.id}/cancel`, { expectedVersion: -1 });
      expectStatus(cancel, MANAGERS.includes(role) ? 409 : 403, `${role} cancel (stale)`);
      const own = await as[role].get(`/portal/catalog/orders/${mine.id}`);
      expectStatus(own, role === 'client' ? 200 : role === 'otherClient' ? 404 : 403, `${role} portal order`);
    }
    const list = await as.client.get<{ orders: Order[] }>('/portal/catalog/orders');
    expect(list.body.orders.map((order) => order.number).sort()).toEqual(
      orders.map((order) => order.number).sort(),
    );
    const rivals = await as.otherClient.get<{ orders: Order[] }>('/portal/catalog/orders');
    expect(rivals.body.orders.map((order) => order.id).sort()).toEqual(
      otherOrders.map((order) => order.id).sort(),
    );
    expect(internalKeys(list.body)).toEqual([]);
    const staffList = await as.member.get<{ orders: Order[] }>(
      `/catalog/orders?status=new&clientId=${clientId}`,
    );
    expect(staffList.body.orders).toHaveLength(3);
  });

  it('an order becomes a draft once; a cancelled order cannot be converted', async () => {
    const staffView = async (order: Order) => (await as.owner.get<Order>(`/catalog/orders/${order.id}`)).body;
    const order = await staffView(at(orders, 0));
    const converted = await as.manager.post<Order>(`/catalog/orders/${order.id}/convert`, {
      expectedVersion: order.version,
      kind: 'quote',
    });
    expect(converted.status).toBe(200);
    expect(converted.body).toMatchObject({ status: 'converted', convertedKind: 'quote' });
    const draft = await documents.find(tenantId, converted.body.convertedDocumentId);
    expect(draft).toMatchObject({
      kind: 'quote',
      status: 'draft',
      clientId,
      currency: 'EUR',
      source: { kind: 'order', id: order.id },
      subtotalMinor: 97_500 + 5_997,
      taxMinor: 19_500 + 330,
      totalMinor: 97_500 + 5_997 + 19_500 + 330,
    });
    expect(
      draft?.lines.map(({ productId, unit, quantityMilli }) => ({ productId, unit, quantityMilli })),
    ).toEqual([
      { productId: design.id, unit: 'day', quantityMilli: 1500 },
      { productId: licence.id, unit: 'unit', quantityMilli: 3000 },
    ]);
    const again = await as.admin.post<Problem>(`/catalog/orders/${order.id}/convert`, {
      expectedVersion: converted.body.version,
      kind: 'invoice',
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('already turned into a quote');

    // Two conversions at once: one draft, one refusal.
    const racing = await staffView(at(orders, 1));
    const race = await Promise.all(
      (['invoice', 'delivery_note'] as const).map((kind) =>
        as.manager.post<Order>(`/catalog/orders/${racing.id}/convert`, {
          expectedVersion: racing.version,
          kind,
        }),
      ),
    );
    expect(race.map((response) => response.status).sort()).toEqual([200, 409]);
    const winner = at(
      race.filter((response) => response.status === 200),
      0,
    ).body;
    expect((await documents.find(tenantId, winner.convertedDocumentId))?.status).toBe('draft');
    const drafts = await documents.list(
      tenantId,
      { clientId },
      DocumentRepository.listOrder.read({ pageSize: 100 }),
    );
    expect(drafts.documents.filter((document) => document.source.id === racing.id)).toHaveLength(1);

    const doomed = await staffView(at(orders, 2));
    const cancelled = await as.manager.post<Order>(`/catalog/orders/${doomed.id}/cancel`, {
      expectedVersion: doomed.version,
      reason: 'Duplicate',
    });
    expect(cancelled.body.status).toBe('cancelled');
    const late = await as.manager.post(`/catalog/orders/${doomed.id}/convert`, {
      expectedVersion: cancelled.body.version,
      kind: 'invoice',
    });
    expect(late.status).toBe(409);
    const seen = await as.client.get<Order>(`/portal/catalog/orders/${doomed.id}`);
    expect(seen.body.status).toBe('cancelled');
  });

  it('KPIs per currency move with billing events; only staff and the client itself read them', async () => {
    const empty = await as.client.get<Kpis>(`/clients/${clientId}/kpis`);
    expect(empty.status).toBe(200);
    expect(empty.body.currencies).toEqual([]);

    const now = new Date();
    const issued = (
      kind: 'invoice' | 'quote',
      currency: string,
      totalMinor: number,
      lineCount: number,
      dueDate = '',
    ) => {
      const documentId = randomUUID();
      return publisher
        .publish('billing', {
          type: 'billing.document.issued',
          tenantId,
          subject: documentId,
          data: {
            documentId,
            kind,
            clientId,
            clientName: 'Globex',
            number: `${kind === 'quote' ? 'QUO' : 'INV'}-${documentId.slice(0, 4)}`,
            currency,
            totalMinor,
            lineCount,
            issuedAt: now.toISOString(),
            dueDate,
            sourceDocumentId: '',
          },
        })
        .then(() => documentId);
    };
    const euroInvoice = await issued('invoice', 'EUR', 10_000, 2);
    await issued('invoice', 'EUR', 5_000, 3);
    await issued('invoice', 'USD', 7_000, 1);
    await issued('quote', 'EUR', 3_000, 1, '2999-12-31');
    const paymentId = randomUUID();
    await publisher.publish('billing', {
      type: 'billing.payment.recorded',
      tenantId,
      subject: paymentId,
      data: {
        paymentId,
        clientId,
        clientName: 'Globex',
        tenantName: 'Catalog Agency',
        currency: 'EUR',
        amountMinor: 10_000,
        method: 'bank_transfer',
        allocations: [{ documentId: euroInvoice, number: 'INV', amountMinor: 10_000, remainingMinor: 0 }],
        paidAt: now.toISOString(),
        receiptRecipients: [],
      },
    });
    await publisher.publish('billing', {
      type: 'billing.invoice.paid',
      tenantId,
      subject: euroInvoice,
      data: {
        invoiceId: euroInvoice,
        clientId,
        number: 'INV',
        currency: 'EUR',
        totalMinor: 10_000,
        issuedAt: now.toISOString(),
        paidAt: new Date(now.getTime() + 3 * 86_400_000).toISOString(),
      },
    });
    const refundId = randomUUID();
    await publisher.publish('billing', {
      type: 'billing.payment.refunded',
      tenantId,
      subject: paymentId,
      data: {
        paymentId,
        refundId,
        clientId,
        currency: 'EUR',
        amountMinor: 1_000,
        reason: 'Goodwill',
        refundedAt: now.toISOString(),
      },
    });
    const expected = [
      {
        currency: 'EUR',
        salesReceivedThisYearMinor: '9000',
        pendingPaymentMinor: '5000',
        quotesAwaitingCount: 1,
        quotesAwaitingMinor: '3000',
        averageInvoiceMinor: '7500',
        productsPerInvoiceHundredths: 250,
        averageDaysToPayTenths: 30,
        invoicesThisYear: 2,
      },
      {
        currency: 'USD',
        salesReceivedThisYearMinor: '0',
        pendingPaymentMinor: '7000',
        quotesAwaitingCount: 0,
        quotesAwaitingMinor: '0',
        averageInvoiceMinor: '7000',
        productsPerInvoiceHundredths: 100,
        averageDaysToPayTenths: -1,
        invoicesThisYear: 1,
      },
    ];
    // Each event arrives on its own partition's time: wait until all of them are in.
    const kpis = await eventually(
      async () => (await as.member.get<Kpis>(`/clients/${clientId}/kpis`)).body,
      (body) => JSON.stringify(body.currencies) === JSON.stringify(expected),
    );
    expect(kpis.currencies).toEqual(expected);

    for (const role of ROLES) {
      const response = await as[role].get(`/clients/${clientId}/kpis`);
      expectStatus(response, role === 'otherClient' ? 404 : 200, `${role} kpis`);
    }
    expectStatus(await as.client.get(`/clients/${otherClientId}/kpis`), 404, 'client reads another client');
  });
});
