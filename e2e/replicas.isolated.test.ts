import type { ServiceRuntime } from '@client-portal/kit';
import type { RunningGateway } from '@client-portal/gateway';
import { eventually, infrastructure, passwordToken, uniqueName } from '@client-portal/testing';
import { Api, EventStream } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform, SERVICE_NAMES, type PlatformService } from './support/platform.js';

/**
 * Deliverable 3 of issue 14: TWO replicas of every service (the second on the same database, topics
 * and consumer group, as a second pod would be) and two gateways (each its own consumer group, the
 * second calling the second replicas). What goes through either must have its side effects once:
 * e-mails (counted in Mailpit), in-app notifications, invoice numbers, payments, the CRM's figures;
 * stopping a replica mid-stream must not stall the work (the other takes its partitions over); and
 * the scheduled jobs run once per period. Runs alone (`*.isolated`): fourteen runtimes in one process.
 *
 * Sizes: CI runs a reduced load; `REPLICAS_SCALE=full` (or outside CI) the larger one.
 */
const FULL = process.env.REPLICAS_SCALE === 'full' || !process.env.CI;
const MESSAGES = FULL ? 30 : 6;
const INVOICES = FULL ? 10 : 4;
const BURST = FULL ? 40 : 10;
/** How long processing may take after the last request: a bound on the wait, not a timing claim. */
const SETTLE_MS = 60_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface MailSummary {
  ID: string;
  Subject: string;
  Snippet: string;
  To: { Address: string }[];
}

/** Every e-mail Mailpit holds for an address (paged: more than 50 arrive in the full run). */
async function mailsTo(address: string, subject = ''): Promise<MailSummary[]> {
  const query = encodeURIComponent(`to:"${address}"${subject ? ` subject:"${subject}"` : ''}`);
  const all: MailSummary[] = [];
  for (let start = 0; ; start += 200) {
    const response = await fetch(
      `${infrastructure().mailpitUrl}/api/v1/search?query=${query}&limit=200&start=${start}`,
    );
    const { messages } = (await response.json()) as { messages: MailSummary[] };
    all.push(...messages);
    if (messages.length < 200) return all;
  }
}

/** The e-mails that went more than once: same recipient, subject and text. */
function duplicates(mails: MailSummary[]): string[] {
  const seen = new Map<string, number>();
  for (const mail of mails) {
    const key = `${mail.To.map((to) => to.Address).join(',')} | ${mail.Subject} | ${mail.Snippet}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${count}× ${key}`);
}

/** Waits until at least `count` e-mails arrived, lets the consumers settle, then answers them all. */
async function settledMails(address: string, subject: string, count: number): Promise<MailSummary[]> {
  await eventually(
    () => mailsTo(address, subject),
    (mails) => mails.length >= count,
    SETTLE_MS,
  );
  // Long enough for a redelivered event or a second replica's scan to send a copy if it were going to.
  await pause(2_500);
  return mailsTo(address, subject);
}

interface Doc {
  id: string;
  version: number;
  number: string;
  status: string;
  totalMinor: string;
}

describe('two replicas of every service and of the gateway', () => {
  let platform: Platform;
  const replicas = new Map<PlatformService, ServiceRuntime>();
  let gatewayB: RunningGateway;
  let tenantId = '';
  let clientId = '';
  let workspaceId = '';
  const people = {} as Record<'owner' | 'member' | 'grace', Person>;
  const token = {} as Record<'owner' | 'member' | 'grace', string>;
  /** The same caller through gateway A (first replicas) and gateway B (second replicas). */
  const a = {} as Record<'owner' | 'member' | 'grace', Api>;
  const b = {} as Record<'owner' | 'member' | 'grace', Api>;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    platform = await Platform.start();
    for (const name of SERVICE_NAMES) replicas.set(name, await platform.startReplica(name));
    gatewayB = await platform.startGatewayReplica(
      Object.fromEntries([...replicas].map(([name, runtime]) => [name, runtime.grpcPort])),
    );
    const agency = await createTenant(platform, { name: 'Replicas Agency' });
    tenantId = agency.tenantId;
    people.owner = agency.owner;
    people.member = await addStaff(platform, tenantId, 'member', 'Mel Member');
    token.owner = await passwordToken(people.owner.email, people.owner.password);
    token.member = await passwordToken(people.member.email, people.member.password);
    a.owner = new Api(platform.url).as(token.owner);
    a.member = new Api(platform.url).as(token.member);
    b.owner = new Api(gatewayB.url).as(token.owner);
    b.member = new Api(gatewayB.url).as(token.member);
    const created = await a.owner.post<{ id: string; contacts: { id: string }[] }>('/clients', {
      name: 'Globex',
      primaryContact: { firstName: 'Grace', lastName: 'Globex', email: `${uniqueName('grace')}@client.test` },
    });
    expect(created.status).toBe(201);
    clientId = created.body.id;
    // Enabling the portal is idempotent; on a loaded two-core machine with fourteen runtimes its first
    // call may pass the gateway's deadline (504), so the set-up asks again until it answers.
    const enabled = await eventually(
      () => a.owner.post<{ workspace: { id: string } }>(`/clients/${clientId}/portal`),
      (answer) => answer.status === 201,
      120_000,
    );
    workspaceId = enabled.body.workspace.id;
    people.grace = await addClientUser(platform, tenantId, clientId, 'Grace Globex', {
      role: 'decision-maker',
      contactId: created.body.contacts[0]?.id ?? '',
      workspaceIds: [workspaceId],
    });
    token.grace = await passwordToken(people.grace.email, people.grace.password);
    a.grace = new Api(platform.url).as(token.grace);
    b.grace = new Api(gatewayB.url).as(token.grace);
  }, 300_000);

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await gatewayB.stop();
    await Promise.all([...replicas.values()].map((runtime) => runtime.stop()));
    await platform.stop();
  });

  const open = async (url: string, bearer: string) => {
    const stream = await EventStream.open(url, bearer);
    streams.push(stream);
    return stream;
  };
  const posted = (stream: EventStream, messageId: string) =>
    stream.waitFor(
      (event) =>
        event.event === 'message.posted' && (event.data as { messageId: string }).messageId === messageId,
      SETTLE_MS,
    );

  it('sends each e-mail and in-app notification once, whichever replica took the request or the event; the live stream works on either gateway', async () => {
    const graceOnB = await open(gatewayB.url, token.grace);
    const ownerOnA = await open(platform.url, token.owner);
    const texts = Array.from({ length: MESSAGES }, (_, index) => `Replicated update ${index + 1}`);
    // Posted in turn through each gateway (each calls its own messaging replica); one after the other,
    // so a loaded two-core machine does not turn the test into a test of gRPC deadlines.
    const answers: { status: number; body: { id: string } }[] = [];
    for (const [index, body] of texts.entries())
      answers.push(
        await (index % 2 === 0 ? a : b).member.post<{ id: string }>(`/workspaces/${workspaceId}/messages`, {
          body,
        }),
      );
    expect(answers.map((answer) => answer.status)).toEqual(texts.map(() => 201));
    // Every message reaches the client on gateway B and the owner on gateway A, wherever it was posted.
    for (const answer of answers) {
      await posted(graceOnB, answer.body.id);
      await posted(ownerOnA, answer.body.id);
    }
    // And the other way round: the client writes through B, the owner (on A) sees it live.
    const fromGrace = await b.grace.post<{ id: string }>(`/workspaces/${workspaceId}/messages`, {
      body: 'Thanks, all received',
    });
    expect(fromGrace.status).toBe(201);
    await posted(ownerOnA, fromGrace.body.id);

    const mails = await settledMails(people.grace.email, 'New message from Mel Member', MESSAGES);
    expect(duplicates(mails)).toEqual([]);
    expect(mails).toHaveLength(MESSAGES);
    const owners = await settledMails(people.owner.email, 'New message from Grace Globex', 1);
    expect(owners).toHaveLength(1);
    // One in-app notification per message, read through either gateway.
    for (const api of [a.grace, b.grace]) {
      const inbox = await api.get<{ notifications: { kind: string; body: string }[] }>('/inbox?pageSize=100');
      const about = inbox.body.notifications.filter((entry) =>
        texts.some((text) => entry.body.includes(text)),
      );
      expect(about).toHaveLength(MESSAGES);
    }
    // Each message stored once, in order of posting per gateway.
    const stored = await a.grace.get<{ messages: { body: string }[] }>(
      `/workspaces/${workspaceId}/messages?pageSize=100`,
    );
    expect(stored.body.messages.filter((message) => texts.includes(message.body))).toHaveLength(MESSAGES);
  });

  it('numbers invoices without a gap or a repeat, records each payment once and keeps the CRM figures equal to billing', async () => {
    const totals: number[] = [];
    const issued = await Promise.all(
      Array.from({ length: INVOICES }, async (_, index) => {
        const api = index % 2 === 0 ? a.owner : b.owner;
        const unitPriceMinor = 10_000 + index * 100;
        totals.push(unitPriceMinor);
        const draft = await api.post<Doc>(`/clients/${clientId}/documents`, {
          kind: 'invoice',
          currency: 'EUR',
          lines: [
            {
              description: `Sprint ${index + 1}`,
              quantityMilli: 1000,
              unitPriceMinor,
              taxRateBasisPoints: 0,
            },
          ],
        });
        expect(draft.status).toBe(201);
        // Issued through the OTHER gateway: the two billing replicas claim numbers side by side.
        const other = index % 2 === 0 ? b.owner : a.owner;
        const done = await other.post<Doc>(`/documents/${draft.body.id}/issue`, {
          expectedVersion: draft.body.version,
        });
        expect(done.status).toBe(200);
        return done.body;
      }),
    );
    const sequences = issued
      .map((document) => Number(/-(\d+)$/.exec(document.number)?.[1]))
      .sort((x, y) => x - y);
    expect(new Set(sequences).size).toBe(INVOICES);
    expect(Math.max(...sequences) - Math.min(...sequences)).toBe(INVOICES - 1);

    const today = new Date().toISOString().slice(0, 10);
    const paid = await Promise.all(
      issued.map((document, index) =>
        (index % 2 === 0 ? b : a).owner.post<{ payment: { id: string } }>(`/clients/${clientId}/payments`, {
          method: 'bank_transfer',
          paidOn: today,
          reference: `Transfer ${document.number}`,
          allocations: [{ documentId: document.id }],
        }),
      ),
    );
    expect(paid.map((answer) => answer.status)).toEqual(issued.map(() => 201));
    const payments = await a.owner.get<{ payments: { amountMinor: string; reference: string }[] }>(
      `/clients/${clientId}/payments?pageSize=100`,
    );
    expect(payments.body.payments).toHaveLength(INVOICES);
    const sum = totals.reduce((total, value) => total + value, 0);
    expect(payments.body.payments.reduce((total, payment) => total + Number(payment.amountMinor), 0)).toBe(
      sum,
    );
    for (const document of issued) {
      const read = await b.owner.get<Doc>(`/documents/${document.id}`);
      expect([document.number, read.body.status]).toEqual([document.number, 'paid']);
    }
    // The CRM's read model (fed by billing's events, consumed by two crm replicas) agrees with billing.
    const client = await eventually(
      () => a.owner.get<{ invoicedMinor: string; invoiceCount: number }>(`/clients/${clientId}`),
      (answer) => answer.body.invoiceCount >= INVOICES,
      SETTLE_MS,
    );
    await pause(2_500);
    const again = await b.owner.get<{ invoicedMinor: string; invoiceCount: number }>(`/clients/${clientId}`);
    expect([client.body.invoiceCount, again.body.invoiceCount, again.body.invoicedMinor]).toEqual([
      INVOICES,
      INVOICES,
      String(sum),
    ]);
    // Each paid invoice is announced to the owner once.
    const paidMails = (await mailsTo(people.owner.email)).filter((mail) =>
      issued.some((document) => mail.Subject.includes(document.number)),
    );
    expect(duplicates(paidMails)).toEqual([]);
  });

  it('lets one of two payments of the same balance through when they reach two replicas at once', async () => {
    const draft = await a.owner.post<Doc>(`/clients/${clientId}/documents`, {
      kind: 'invoice',
      currency: 'EUR',
      lines: [
        { description: 'Contested', quantityMilli: 1000, unitPriceMinor: 7_700, taxRateBasisPoints: 0 },
      ],
    });
    const invoice = (
      await a.owner.post<Doc>(`/documents/${draft.body.id}/issue`, { expectedVersion: draft.body.version })
    ).body;
    const today = new Date().toISOString().slice(0, 10);
    const answers = await Promise.all(
      [a.owner, b.owner].map((api, index) =>
        api.post(`/clients/${clientId}/payments`, {
          method: 'bank_transfer',
          paidOn: today,
          reference: `Race ${index}`,
          allocations: [{ documentId: invoice.id, amountMinor: '7700' }],
        }),
      ),
    );
    // The second is planned again against the invoice as the first left it (paid): refused, naming it.
    const refused = answers.find((answer) => answer.status !== 201);
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect([400, 409]).toContain(refused?.status);
    if (refused?.status === 400)
      expect(refused.body).toMatchObject({
        violations: [expect.objectContaining({ field: 'allocations[0].documentId', code: 'invalid_value' })],
      });
    const history = await a.owner.get<{ payments: { amountMinor: string }[] }>(
      `/clients/${clientId}/payments?documentId=${invoice.id}`,
    );
    expect(history.body.payments.map((payment) => payment.amountMinor)).toEqual(['7700']);
  });

  it('reminds a task due today once, though both notification replicas scan every second', async () => {
    const title = `Send the press kit ${uniqueName('t')}`;
    const created = await b.owner.post(`/workspaces/${workspaceId}/tasks`, {
      title,
      dueDate: new Date().toISOString().slice(0, 10),
      assignee: { kind: 'staff', id: people.member.userId },
    });
    expect(created.status).toBe(201);
    const reminders = await settledMails(people.member.email, `Due today: ${title}`, 1);
    // Several scans of each replica later: still the one reminder.
    await pause(3_000);
    expect(await mailsTo(people.member.email, `Due today: ${title}`)).toHaveLength(reminders.length);
    expect(reminders).toHaveLength(1);
  });

  it('keeps processing when a replica stops mid-stream: the other takes its partitions over, nothing lost or doubled', async () => {
    const ownerOnB = await open(gatewayB.url, token.owner);
    const texts = Array.from({ length: BURST }, (_, index) => `After the rebalance ${index + 1}`);
    const answers: { status: number; body: { id: string } }[] = [];
    for (const [index, body] of texts.entries()) {
      // Halfway, the second replicas of the services that consume these events stop (a rolling update
      // or a node drained): their consumers leave the group and the first replicas get every partition.
      if (index === Math.floor(BURST / 3))
        await Promise.all(
          (['notification', 'messaging', 'crm'] as const).map(async (name) => {
            await replicas.get(name)?.stop();
            replicas.delete(name);
          }),
        );
      answers.push(await a.member.post<{ id: string }>(`/workspaces/${workspaceId}/messages`, { body }));
    }
    expect(answers.map((answer) => answer.status)).toEqual(texts.map(() => 201));
    // Gateway B (its own consumer group) still streams every event, whoever consumed it in the services.
    for (const answer of answers) await posted(ownerOnB, answer.body.id);
    const mails = await settledMails(people.grace.email, 'New message from Mel Member', MESSAGES + BURST);
    expect(duplicates(mails)).toEqual([]);
    expect(mails.filter((mail) => mail.Snippet.includes('After the rebalance'))).toHaveLength(BURST);
    const inbox = await a.grace.get<{ notifications: { body: string }[] }>('/inbox?pageSize=100');
    expect(
      inbox.body.notifications.filter((entry) => entry.body.includes('After the rebalance')),
    ).toHaveLength(BURST);
  });
});
