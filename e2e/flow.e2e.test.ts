import { eventually, passwordToken, uniqueName, waitForMail } from '@client-portal/testing';
import { Api, EventStream } from './support/http.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Client {
  id: string;
  name: string;
  notes: string;
  contacts: { id: string; email: string; primary: boolean }[];
}
interface Invoice {
  id: string;
  number: string;
  totalMinor: string;
  subtotalMinor: string;
  taxMinor: string;
}
interface Workspace {
  id: string;
  clientId: string;
  name: string;
}

const PASSWORD = 'Globex-Portal-2026';

/**
 * The walking skeleton's flow, every step through the REST API as the web app does it, on the real
 * Kafka, Keycloak, MongoDB-wire server and SMTP, with all six services and the gateway.
 */
describe('a day-one agency flow, end to end through the REST API', () => {
  let platform: Platform;
  let api: Api;
  const acme = {
    email: `${uniqueName('owner')}@acme.test`,
    password: 'Acme-Owner-2026',
  };
  const rival = {
    email: `${uniqueName('owner')}@rival.test`,
    password: 'Rival-Owner-2026',
  };
  const contactEmail = `${uniqueName('grace')}@globex.test`;
  let owner: Api;
  let ownerStream: EventStream;
  let globex: Client;
  let workspace: Workspace;
  let invoice: Invoice;
  let contact: Api;

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    await createTenant(platform, { name: 'Acme Agency', email: acme.email, password: acme.password });
    await createTenant(platform, { name: 'Rival Studio', email: rival.email, password: rival.password });
    owner = api.as(await passwordToken(acme.email, acme.password));
  }, 240_000);

  afterAll(async () => {
    ownerStream.close();
    await platform.stop();
  });

  it('1. the owner logs in and creates client Globex with a primary decision-maker contact', async () => {
    const me = await owner.get<{ principal: { kind: string; staffRole: string }; tenantName: string }>('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      principal: { kind: 'staff', staffRole: 'owner' },
      tenantName: 'Acme Agency',
    });
    ownerStream = await EventStream.open(platform.url, await passwordToken(acme.email, acme.password));

    const created = await owner.post<Client>('/clients', {
      name: 'Globex',
      industry: 'Manufacturing',
      notes: 'Internal: negotiated rate',
      primaryContact: { firstName: 'Grace', lastName: 'Hopper', email: contactEmail, role: 'decision-maker' },
    });
    expect(created.status).toBe(201);
    globex = created.body;
    expect(globex.contacts).toEqual([expect.objectContaining({ email: contactEmail, primary: true })]);
    const invalid = await owner.post<{ violations: { field: string; code: string }[] }>('/clients', {
      name: '',
      primaryContact: { firstName: 'X', lastName: 'Y', email: 'nope', role: 'decision-maker' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toContain('application/problem+json');
    expect(invalid.body.violations.map((violation) => violation.field).sort()).toEqual([
      'name',
      'primaryContact.email',
    ]);
    // The service's violations reach the browser with their machine codes (through gRPC trailers).
    expect(invalid.body.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', code: 'required' }),
        expect.objectContaining({ field: 'primaryContact.email', code: 'invalid_format' }),
      ]),
    );
    // A body of the wrong type is refused by the gateway itself, with a machine code per field.
    const mistyped = await owner.post<{ violations: { field: string; code: string }[] }>('/clients', {
      name: 42,
    });
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.violations).toEqual([
      expect.objectContaining({ field: 'name', code: 'invalid_type' }),
    ]);
  });

  it('2. enabling the portal creates the workspace and e-mails the contact an invitation link', async () => {
    const nobody = await owner.post<Client>('/clients', { name: 'Initech' });
    const refused = await owner.post<{ code: string; reason: string }>(`/clients/${nobody.body.id}/portal`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'client.primary_contact_missing',
    });

    const enabled = await owner.post<{ workspace: Workspace; invitation: { email: string; status: string } }>(
      `/clients/${globex.id}/portal`,
    );
    expect(enabled.status).toBe(201);
    workspace = enabled.body.workspace;
    expect(workspace).toMatchObject({ clientId: globex.id, name: 'Globex' });
    expect(enabled.body.invitation).toMatchObject({ email: contactEmail, status: 'pending' });
    const mail = await waitForMail(contactEmail, { timeoutMs: 30_000 });
    expect(mail.Text).toMatch(/\/invitations\/[\w-]+/);
  });

  it('3. the owner issues an invoice with two lines, numbered per tenant, as a real PDF', async () => {
    const issued = await owner.post<Invoice>(`/clients/${globex.id}/invoices`, {
      currency: 'EUR',
      lines: [
        {
          description: 'Brand workshop',
          quantityMilli: 2000,
          unitPriceMinor: 75000,
          taxRateBasisPoints: 2000,
        },
        { description: 'Logo design', quantityMilli: 1000, unitPriceMinor: 120000, taxRateBasisPoints: 2000 },
      ],
    });
    expect(issued.status).toBe(201);
    invoice = issued.body;
    expect(invoice.number).toMatch(new RegExp(`^INV-${new Date().getUTCFullYear()}-0001$`));
    expect(invoice).toMatchObject({ subtotalMinor: '270000', taxMinor: '54000', totalMinor: '324000' });
    const pdf = await owner.get<Buffer>(`/invoices/${invoice.id}/pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('4. the contact follows the link, sets a password, sees the workspace and the invoice, downloads it and writes', async () => {
    const mail = await waitForMail(contactEmail);
    const token = /\/invitations\/([\w-]+)/.exec(mail.Text)?.[1] ?? '';
    const preview = await api.get<{ tenantName: string; clientName: string; status: string }>(
      `/invitations/${token}`,
    );
    expect(preview.body).toMatchObject({
      tenantName: 'Acme Agency',
      clientName: 'Globex',
      status: 'pending',
    });
    const weak = await api.post<{ violations: { field: string }[] }>(`/invitations/${token}/accept`, {
      password: 'short',
    });
    expect(weak.status).toBe(400);
    expect((await api.post(`/invitations/${token}/accept`, { password: PASSWORD })).status).toBe(200);
    expect((await api.post(`/invitations/${token}/accept`, { password: PASSWORD })).status).toBe(409);

    contact = api.as(await passwordToken(contactEmail, PASSWORD));
    const me = await contact.get<{ principal: { kind: string; clientId: string; workspaceIds: string[] } }>(
      '/me',
    );
    expect(me.body.principal).toMatchObject({
      kind: 'client',
      clientId: globex.id,
      workspaceIds: [workspace.id],
    });
    const workspaces = await contact.get<{ workspaces: Workspace[] }>('/workspaces');
    expect(workspaces.body.workspaces.map((candidate) => candidate.id)).toEqual([workspace.id]);
    // The invoice reaches the portal through billing.invoice.issued.
    const view = await eventually(
      () =>
        contact.get<{ documents: { number: string; total: { amountMinor: string } }[] }>(
          `/workspaces/${workspace.id}`,
        ),
      (response) => response.body.documents.length > 0,
    );
    expect(view.body.documents.map((document) => [document.number, document.total.amountMinor])).toEqual([
      [invoice.number, '324000'],
    ]);
    const pdf = await contact.get<Buffer>(`/invoices/${invoice.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    const posted = await contact.post<{ body: string; author: { kind: string } }>(
      `/workspaces/${workspace.id}/messages`,
      { body: 'Thanks! Invoice received, paying this week.' },
    );
    expect(posted.status).toBe(201);
    expect(posted.body.author.kind).toBe('client');
  });

  it('5. the owner sees the message live (SSE) and is e-mailed about it', async () => {
    const live = await ownerStream.waitFor((event) => event.event === 'message.posted');
    expect(live.data).toMatchObject({
      workspaceId: workspace.id,
      body: 'Thanks! Invoice received, paying this week.',
      author: { kind: 'client' },
    });
    const mail = await waitForMail(acme.email, { timeoutMs: 30_000 });
    expect(mail.Text).toContain('Thanks! Invoice received, paying this week.');
    const messages = await owner.get<{ messages: { body: string }[] }>(
      `/workspaces/${workspace.id}/messages`,
    );
    expect(messages.body.messages.map((message) => message.body)).toEqual([
      'Thanks! Invoice received, paying this week.',
    ]);
  });

  it('6. the contact sees nothing of another client or another tenant, and no internal fields', async () => {
    const hooli = await owner.post<Client>('/clients', {
      name: 'Hooli',
      primaryContact: {
        firstName: 'Gavin',
        lastName: 'Belson',
        email: `${uniqueName('gavin')}@hooli.test`,
        role: 'decision-maker',
      },
    });
    const hooliSpace = await owner.post<{ workspace: Workspace }>(`/clients/${hooli.body.id}/portal`);
    const hooliInvoice = await owner.post<Invoice>(`/clients/${hooli.body.id}/invoices`, {
      currency: 'EUR',
      lines: [{ description: 'Secret work', quantityMilli: 1000, unitPriceMinor: 1000 }],
    });
    const rivalOwner = api.as(await passwordToken(rival.email, rival.password));
    const rivalClient = await rivalOwner.post<Client>('/clients', {
      name: 'Rival Client',
      primaryContact: {
        firstName: 'R',
        lastName: 'C',
        email: `${uniqueName('rc')}@rival.test`,
        role: 'observer',
      },
    });
    const rivalSpace = await rivalOwner.post<{ workspace: Workspace }>(
      `/clients/${rivalClient.body.id}/portal`,
    );

    const own = await contact.get<Client>(`/clients/${globex.id}`);
    expect(own.status).toBe(200);
    expect(own.body.notes).toBe('');
    expect((await contact.get('/clients')).status).toBe(403);
    for (const path of [
      `/clients/${hooli.body.id}`,
      `/workspaces/${hooliSpace.body.workspace.id}`,
      `/invoices/${hooliInvoice.body.id}`,
      `/invoices/${hooliInvoice.body.id}/pdf`,
      `/clients/${rivalClient.body.id}`,
      `/workspaces/${rivalSpace.body.workspace.id}`,
      `/workspaces/${rivalSpace.body.workspace.id}/messages`,
    ]) {
      const response = await contact.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect(
      (await contact.post(`/workspaces/${hooliSpace.body.workspace.id}/messages`, { body: 'hello?' })).status,
    ).toBe(404);
    expect(
      (
        await contact.post(`/clients/${globex.id}/invoices`, {
          currency: 'EUR',
          lines: [{ description: 'x', quantityMilli: 1000, unitPriceMinor: 1 }],
        })
      ).status,
    ).toBe(403);
    // Their own tenant's other workspaces and the rival's are absent from their list.
    const listed = await contact.get<{ workspaces: Workspace[] }>('/workspaces');
    expect(listed.body.workspaces.map((candidate) => candidate.id)).toEqual([workspace.id]);
    // The other tenant's owner sees none of Acme's clients either.
    expect((await rivalOwner.get(`/clients/${globex.id}`)).status).toBe(404);
  });

  it('serves the generated OpenAPI 3.1 document and its docs page', async () => {
    const response = await fetch(`${platform.url}/api/openapi.json`);
    const document = (await response.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers[0]?.url).toBe(`${platform.url}/api`);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/clients',
        '/clients/{clientId}/portal',
        '/invoices/{invoiceId}/pdf',
        '/events',
      ]),
    );
    const docs = await fetch(`${platform.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/api/openapi.json');
    // The page's script and style, served from swagger-ui-dist's folder.
    for (const [asset, type] of [
      ['swagger-ui-bundle.js', 'javascript'],
      ['swagger-ui.css', 'text/css'],
    ] as const) {
      const served = await fetch(`${platform.url}/api/docs/assets/${asset}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toContain(type);
      expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    }
  });

  it('refuses requests without a valid token with 401 problem+json', async () => {
    const anonymous = await api.get<{ code: string }>('/clients');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect((await api.as('not-a-token').get('/me')).status).toBe(401);
    const token = await passwordToken(acme.email, acme.password);
    const [header, claims] = token.split('.');
    expect((await api.as(`${header}.${claims}.forged-signature`).get('/me')).status).toBe(401);
  });

  it('loses no event when a consuming service is stopped mid-flow and started again', async () => {
    await platform.stopService('portal');
    const issued = await owner.post<Invoice>(`/clients/${globex.id}/invoices`, {
      currency: 'EUR',
      lines: [{ description: 'Support retainer', quantityMilli: 1000, unitPriceMinor: 50000 }],
    });
    expect(issued.status).toBe(201);
    await platform.startService('portal');
    const view = await eventually(
      () => contact.get<{ documents: { number: string }[] }>(`/workspaces/${workspace.id}`),
      (response) =>
        response.status === 200 &&
        response.body.documents.some((document) => document.number === issued.body.number),
      60_000,
    );
    expect(view.body.documents.map((document) => document.number).sort()).toEqual(
      [invoice.number, issued.body.number].sort(),
    );
  }, 120_000);

  it('loses no e-mail when the notification service is down while a client writes', async () => {
    await platform.stopService('notification');
    const body = `Are you there? ${uniqueName('m')}`;
    expect((await contact.post(`/workspaces/${workspace.id}/messages`, { body })).status).toBe(201);
    await platform.startService('notification');
    const mail = await waitForMail(acme.email, { subject: 'New message', timeoutMs: 60_000 });
    expect(mail).toBeDefined();
    await eventually(
      () =>
        fetch(
          `${process.env.MAILPIT_URL ?? ''}/api/v1/search?query=${encodeURIComponent(`to:"${acme.email}"`)}`,
        ).then((response) => response.json() as Promise<{ messages: { Snippet: string }[] }>),
      (result) => result.messages.some((message) => message.Snippet.includes(body)),
      60_000,
    );
  }, 120_000);
});
