import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { passwordToken, waitForMail } from '@client-portal/testing';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant, type Person } from './support/people.js';
import { Platform } from './support/platform.js';
import { verifyWebhookSignature } from '../services/notification/src/domain/webhook.js';

interface Endpoint {
  id: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  disabledReason: string;
  secretHint: string;
  version: number;
}
interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: { number: number; responseCode: number; error: string }[];
}
interface Problem {
  code: string;
  violations?: { field: string; code?: string }[];
}
interface Received {
  path: string;
  id: string;
  timestamp: string;
  signature: string;
  body: string;
}

type Role = 'owner' | 'admin' | 'manager' | 'member' | 'client';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== undefined) return found;
    await pause(150);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Partner webhooks over REST on the whole platform, with a real receiver: signed deliveries verified
 * by the receiver, a retry after a 500, one event id per event, resend, ping, the permission matrix,
 * refusals naming the field, and an endpoint that keeps failing disabled with its admins told.
 */
describe('partner webhooks', () => {
  let platform: Platform;
  let receiver: Server;
  let base: string;
  const received: Received[] = [];
  /** Event ids already answered 500 once on /flaky. */
  const failedOnce = new Set<string>();
  const as = {} as Record<Role, Api>;
  const people = {} as Record<Role, Person>;
  let other: Api;
  let anonymous: Api;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const entry: Received = {
          path: request.url ?? '',
          id: String(request.headers['webhook-id'] ?? ''),
          timestamp: String(request.headers['webhook-timestamp'] ?? ''),
          signature: String(request.headers['webhook-signature'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        };
        received.push(entry);
        const fail = entry.path === '/down' || (entry.path === '/flaky' && !failedOnce.has(entry.id));
        if (entry.path === '/flaky') failedOnce.add(entry.id);
        response.writeHead(fail ? 500 : 204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    platform = await Platform.start({
      notification: {
        environment: {
          // The receiver runs on loopback over http: allowed here as on the local platform.
          WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
          WEBHOOK_RETRY_SCHEDULE_MS: '400',
          WEBHOOK_SCAN_MS: '200',
          WEBHOOK_DISABLE_AFTER_MS: '2500',
        },
      },
    });
    anonymous = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Hooks Agency', password: 'Owner-Pass-2026' });
    people.owner = agency.owner;
    as.owner = anonymous.as(await passwordToken(agency.owner.email, agency.owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      people[role] = await addStaff(platform, agency.tenantId, role, `The ${role}`);
      as[role] = anonymous.as(await passwordToken(people[role].email, people[role].password));
    }
    const clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Initech' })).body.id;
    people.client = await addClientUser(platform, agency.tenantId, clientId, 'Grace Client');
    as.client = anonymous.as(await passwordToken(people.client.email, people.client.password));
    const otherAgency = await createTenant(platform, { name: 'Other Agency', password: 'Owner-Pass-2026' });
    other = anonymous.as(await passwordToken(otherAgency.owner.email, otherAgency.owner.password));
  }, 240_000);

  afterAll(async () => {
    await platform.stop();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const expectStatus = (response: ApiResponse, status: number, label: string) => {
    expect({ label, status: response.status }).toEqual({ label, status });
  };

  const create = async (path: string, eventTypes: string[]) => {
    const created = await as.owner.post<{ endpoint: Endpoint; secret: string }>('/webhooks', {
      url: `${base}${path}`,
      eventTypes,
      description: `receiver ${path}`,
    });
    expectStatus(created, 201, `create ${path}`);
    return created.body;
  };

  it('signs each delivery, retries after a 500, and sends one event id per event', async () => {
    const { endpoint, secret } = await create('/flaky', ['client.created', 'client.updated']);
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint.secretHint).toBe(secret.slice(-4));

    const clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex Hooks' })).body.id;
    const forClient = () =>
      received.filter((entry) => entry.path === '/flaky' && entry.body.includes(clientId));
    // The first attempt is answered 500, the retry 204.
    await until('the retry', () => (forClient().length >= 2 ? true : undefined));
    const [first, second] = forClient();
    expect(second?.id).toBe(first?.id);
    for (const entry of forClient())
      expect(verifyWebhookSignature(secret, entry.signature, entry.timestamp, entry.body)).toBe(true);
    // A forged body does not verify.
    expect(
      verifyWebhookSignature(secret, first?.signature ?? '', first?.timestamp ?? '', `${first?.body} `),
    ).toBe(false);
    const event = JSON.parse(first?.body ?? '{}') as Record<string, unknown> & {
      data: Record<string, unknown>;
    };
    expect(event).toMatchObject({
      id: first?.id,
      type: 'client.created',
      tenant_id: expect.any(String) as string,
      data: { client_id: clientId, name: 'Globex Hooks', status: expect.any(String) as string },
    });
    expect(Object.keys(event).sort()).toEqual(['created_at', 'data', 'id', 'tenant_id', 'type']);

    const log = await until('the delivery log', async () => {
      const page = await as.owner.get<{ deliveries: Delivery[] }>(`/webhooks/${endpoint.id}/deliveries`);
      const delivery = page.body.deliveries.find((entry) => entry.eventId === first?.id);
      return delivery?.status === 'succeeded' ? delivery : undefined;
    });
    expect(log.attempts.map((attempt) => attempt.responseCode)).toEqual([500, 204]);
    expect(log.eventType).toBe('client.created');

    // An edit is another event (another id); the creation is never delivered again.
    const edited = await as.owner.get<{ version: number }>(`/clients/${clientId}`);
    expectStatus(edited, 200, 'read the client');
    expectStatus(
      await as.owner.request('PATCH', `/clients/${clientId}`, {
        name: 'Globex Hooks Renamed',
        expectedVersion: edited.body.version,
      }),
      200,
      'edit the client',
    );
    await until('the update event', () =>
      new Set(forClient().map((entry) => entry.id)).size >= 2 ? true : undefined,
    );
    await pause(1500);
    const byId = new Map<string, Set<string>>();
    for (const entry of forClient()) {
      const type = (JSON.parse(entry.body) as { type: string }).type;
      byId.set(type, (byId.get(type) ?? new Set()).add(entry.id));
    }
    expect(byId.get('client.created')?.size).toBe(1);
    expect(byId.get('client.updated')?.size).toBe(1);

    // Resend: the same event id once more.
    const resent = await as.owner.post<Delivery>(`/webhook-deliveries/${encodeURIComponent(log.id)}/resend`);
    expectStatus(resent, 200, 'resend');
    await until('the resent delivery', () =>
      forClient().filter((entry) => entry.id === first?.id).length >= 3 ? true : undefined,
    );

    // Ping.
    const ping = await as.owner.post<Delivery>(`/webhooks/${endpoint.id}/ping`);
    expectStatus(ping, 200, 'ping');
    await until('the ping', () =>
      received.some((entry) => entry.id === ping.body.eventId && entry.body.includes('webhook.ping'))
        ? true
        : undefined,
    );

    // Rotation: later deliveries are signed with the new secret only.
    const rotated = await as.owner.post<{ endpoint: Endpoint; secret: string }>(
      `/webhooks/${endpoint.id}/rotate-secret`,
    );
    expectStatus(rotated, 200, 'rotate');
    expect(rotated.body.secret).not.toBe(secret);
    const ping2 = await as.owner.post<Delivery>(`/webhooks/${endpoint.id}/ping`);
    const signed = await until('the second ping', () =>
      received.find((entry) => entry.id === ping2.body.eventId),
    );
    expect(verifyWebhookSignature(rotated.body.secret, signed.signature, signed.timestamp, signed.body)).toBe(
      true,
    );
    expect(verifyWebhookSignature(secret, signed.signature, signed.timestamp, signed.body)).toBe(false);
  }, 90_000);

  it('lets only admins and owners manage webhooks; another tenant sees nothing', async () => {
    const { endpoint } = await create('/matrix', ['invoice.paid']);
    expectStatus(await anonymous.get('/webhooks'), 401, 'anonymous');
    for (const role of ['owner', 'admin'] as const) {
      const list = await as[role].get<{ endpoints: Endpoint[]; eventTypes: { type: string }[] }>('/webhooks');
      expectStatus(list, 200, role);
      expect(list.body.endpoints.map((entry) => entry.id)).toContain(endpoint.id);
      expect(JSON.stringify(list.body)).not.toContain('whsec_');
      expect(list.body.eventTypes.map((entry) => entry.type)).toContain('invoice.paid');
    }
    for (const role of ['manager', 'member', 'client'] as const) {
      expectStatus(await as[role].get('/webhooks'), 403, `${role} list`);
      expectStatus(
        await as[role].post('/webhooks', { url: `${base}/x`, eventTypes: ['invoice.paid'] }),
        403,
        `${role} create`,
      );
      expectStatus(await as[role].get(`/webhooks/${endpoint.id}/deliveries`), 403, `${role} log`);
      expectStatus(await as[role].delete(`/webhooks/${endpoint.id}`), 403, `${role} delete`);
    }
    expectStatus(await other.get(`/webhooks/${endpoint.id}/deliveries`), 404, 'other tenant log');
    expectStatus(await other.post(`/webhooks/${endpoint.id}/ping`), 404, 'other tenant ping');
    expectStatus(await other.post(`/webhooks/${endpoint.id}/rotate-secret`), 404, 'other tenant rotate');
    expectStatus(await other.delete(`/webhooks/${endpoint.id}`), 404, 'other tenant delete');
    expect((await other.get<{ endpoints: Endpoint[] }>('/webhooks')).body.endpoints).toEqual([]);
    expectStatus(await as.admin.delete(`/webhooks/${endpoint.id}`), 200, 'admin delete');
    expectStatus(await as.owner.get(`/webhooks/${endpoint.id}/deliveries`), 404, 'deleted');
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = (await as.owner.get<{ endpoints: Endpoint[] }>('/webhooks')).body.endpoints.length;
    const cases: [unknown, string][] = [
      [{ url: 'not a url', eventTypes: ['invoice.paid'] }, 'url'],
      [{ url: 'ftp://hooks.example.com/x', eventTypes: ['invoice.paid'] }, 'url'],
      [{ url: `${base}/x`, eventTypes: [] }, 'eventTypes'],
      [{ url: `${base}/x`, eventTypes: ['invoice.exploded'] }, 'eventTypes[0]'],
    ];
    for (const [body, field] of cases) {
      const refused = await as.owner.post<Problem>('/webhooks', body);
      expectStatus(refused, 400, field);
      expect(refused.body.violations?.map((violation) => violation.field)).toContain(field);
    }
    expect((await as.owner.get<{ endpoints: Endpoint[] }>('/webhooks')).body.endpoints).toHaveLength(before);
  });

  it('disables an endpoint that keeps failing and tells the admins', async () => {
    const { endpoint } = await create('/down', ['client.created']);
    await as.owner.post('/clients', { name: 'Umbrella Hooks' });
    const disabled = await until('the endpoint disabled', async () => {
      const list = await as.owner.get<{ endpoints: Endpoint[] }>('/webhooks');
      const found = list.body.endpoints.find((entry) => entry.id === endpoint.id);
      return found && !found.active ? found : undefined;
    });
    expect(disabled.disabledReason).toBe('failing');
    for (const role of ['owner', 'admin'] as const)
      await waitForMail(people[role].email, {
        subject: 'A webhook endpoint was disabled',
        timeoutMs: 20_000,
      });
    const attempts = received.filter((entry) => entry.path === '/down').length;
    await pause(1200);
    // Disabled: nothing more is sent.
    expect(received.filter((entry) => entry.path === '/down').length).toBe(attempts);
    // Resend is refused until it is enabled again.
    const log = await as.owner.get<{ deliveries: Delivery[] }>(`/webhooks/${endpoint.id}/deliveries`);
    const delivery = log.body.deliveries[0];
    expect(delivery?.attempts.every((attempt) => attempt.responseCode === 500)).toBe(true);
    expectStatus(
      await as.owner.post(`/webhook-deliveries/${encodeURIComponent(delivery?.id ?? '')}/resend`),
      409,
      'resend while disabled',
    );
  }, 60_000);
});
