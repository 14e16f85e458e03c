import { randomUUID } from 'node:crypto';
import { apiRoutes, isBinaryResponse } from '@client-portal/gateway/api-registry';
import type { PortalRight } from '@client-portal/kit';
import type { AnyRoute } from '../services/gateway/src/http/route.js';
import type { Api } from './support/http.js';
import { bodySchemaOf, exampleOf, invalidBodyOf, queryOf } from './support/matrix/bodies.js';
import { expectationFor, type CallerKind, type Expectation } from './support/matrix/expectations.js';
import { buildWorld, type ClientWorld, type Fixtures, type MatrixWorld } from './support/matrix/world.js';
import { NO_ADDRESS_LIMITS, Platform } from './support/platform.js';

/**
 * Routes the matrix does not call, each with the test that covers it instead. Nothing else may be
 * left out: a new route is called the day it is added.
 */
const EXCLUDED = new Map<string, string>([
  // The live stream never ends: its cells are the third test below (each caller holds a stream open).
  ['GET /events', 'the live stream cells below'],
  // Stripe calls it, authenticated by Stripe's signature over the raw body (e2e/payments.e2e.test.ts).
  ['POST /webhooks/stripe', 'e2e/payments.e2e.test.ts (signature checks)'],
]);

/**
 * Path parameters the fixture world has no record for yet: filled with an id that exists nowhere,
 * so the cell still proves the gate (refused callers are refused, nobody gets a 5xx) but not the
 * data variant. Any parameter neither here nor in the world fails the test.
 */
const WITHOUT_RECORD = new Set([
  'notificationId',
  'token',
  'invitationId',
  'staffId',
  'acceptanceId',
  'checkoutId',
  'paymentId',
  'subscriptionId',
  'productId',
  'orderId',
  'decisionId',
  'embedId',
  'subdomain',
  'slug',
  'roleId',
  'groupId',
  'attachmentId',
  'template',
  'appId',
  'id',
]);

/** Keys a client user's answer never holds (costs, margins, time entries, workspace configuration). */
const INTERNAL_KEYS = new Set([
  'costs',
  'estimatedCostMinor',
  'defaultHourlyRateMinor',
  'hourlyRateMinor',
  'labourCostMinor',
  'marginMinor',
  'estimatedMarginMinor',
  'marginBasisPoints',
  'timeEntries',
  'internalNotes',
]);

interface Caller {
  name: string;
  kind: CallerKind;
  api: Api;
  /** Whose data the caller is given: A1's (own), A2's (another client) or B1's (another tenant). */
  data: 'own' | 'otherClient' | 'otherTenant';
}

interface Cell {
  route: AnyRoute;
  caller: Caller;
  expectation: Expectation;
  method: string;
  path: string;
  body: unknown;
}

interface Outcome {
  cell: Cell;
  status: number;
  text: string;
}

const label = (route: AnyRoute) => `${route.method.toUpperCase()} ${route.path}`;
const placeholders = new Map<string, string>();
const placeholder = (name: string) => {
  if (!placeholders.has(name)) placeholders.set(name, randomUUID());
  return placeholders.get(name) ?? '';
};

/** The value of a path parameter for a route from a client's fixtures (by name, then by context). */
function valueOf(route: AnyRoute, name: string, fixtures: Fixtures): string {
  if (name === 'noteId' && route.path.startsWith('/workspaces/')) return fixtures.workspaceNoteId ?? '';
  if (name === 'linkId' && route.path.startsWith('/join-links')) return placeholder('joinLinkId');
  const value = fixtures[name];
  if (value) return value;
  if (WITHOUT_RECORD.has(name)) return placeholder(name);
  throw new Error(`${label(route)}: add a fixture for :${name} (e2e/support/matrix/world.ts)`);
}

const paramsOf = (route: AnyRoute) => [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');

/** Whether every parameter of the route names a record of the fixture world (not a placeholder). */
const namesRealData = (route: AnyRoute, fixtures: Fixtures) =>
  !route.path.startsWith('/join-links') && paramsOf(route).every((name) => Boolean(fixtures[name]));

function pathFor(route: AnyRoute, fixtures: Fixtures, missing = false): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(missing ? randomUUID() : valueOf(route, name, fixtures)),
  );
}

async function inPool<T, R>(items: readonly T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index] as T);
      }
    }),
  );
  return results;
}

/**
 * The authorisation matrix (issue 14): every REST route of the registry, called as every kind of
 * caller against data of their own and of others, expected to answer what its declared access
 * (`access`, `clientRight`) says. Fails on a 2xx where a refusal is due, on any 5xx, and on a client
 * user's answer holding an internal field or value, or another client's.
 */
describe('authorisation matrix over every route', () => {
  let platform: Platform;
  let world: MatrixWorld;
  let a1: ClientWorld;
  let a2: ClientWorld;
  let b1: ClientWorld;

  beforeAll(async () => {
    // Every caller here is one address: the per-address limits of anonymous and token routes would
    // answer 429 long before the matrix has called each route as each caller.
    platform = await Platform.start({
      gateway: {
        environment: NO_ADDRESS_LIMITS,
      },
    });
    world = await buildWorld(platform);
    [a1, a2] = world.a.clients as [ClientWorld, ClientWorld];
    b1 = world.b.clients[0] as ClientWorld;
  }, 300_000);

  afterAll(async () => {
    await platform.stop();
  });

  it('every route a client user may call declares what they need (clientRight)', () => {
    const undeclared = apiRoutes
      .filter((route) => route.access === 'client' || route.access === 'staff-or-client')
      .filter((route) => !route.clientRight)
      .map(label);
    expect(undeclared).toEqual([]);
    const misplaced = apiRoutes
      .filter((route) => route.clientRight && route.access !== 'client' && route.access !== 'staff-or-client')
      .map(label);
    expect(misplaced).toEqual([]);
  });

  it('answers every caller what the route declares, and leaks nothing', async () => {
    const { callers } = world;
    const need = (name: string): Api => {
      const api = callers[name];
      if (!api) throw new Error(`no caller ${name}`);
      return api;
    };
    const cast: Caller[] = [
      { name: 'anonymous', kind: { kind: 'anonymous' }, api: need('anonymous'), data: 'own' },
      { name: 'revoked', kind: { kind: 'revoked' }, api: need('revoked'), data: 'own' },
      ...(['owner', 'admin', 'manager', 'member'] as const).map((role): Caller => ({
        name: role,
        kind: { kind: 'staff', role },
        api: need(role),
        data: 'own',
      })),
      {
        name: 'otherTenantStaff',
        kind: { kind: 'staff', role: 'owner' },
        api: need('otherTenantStaff'),
        data: 'otherTenant',
      },
      { name: 'client', kind: { kind: 'client' }, api: need('client'), data: 'own' },
      { name: 'otherClient', kind: { kind: 'client' }, api: need('otherClient'), data: 'otherClient' },
      ...Object.entries(world.rightless).map(([right, name]): Caller => ({
        name,
        kind: { kind: 'client', without: right as PortalRight },
        api: need(name),
        data: 'own',
      })),
    ];
    // The data a caller is pointed at: A1's for A's own callers; A2's user and B's owner get A1's too
    // (someone else's data for them), so every "other" cell asks for A1's records.
    const fixturesFor = (_caller: Caller) => a1.fixtures;

    const cells: Cell[] = [];
    const skipped: string[] = [];
    for (const route of apiRoutes) {
      if (EXCLUDED.has(label(route))) continue;
      for (const caller of cast) {
        // A right-off user is asked only where that right is the route's condition.
        if (caller.kind.kind === 'client' && caller.kind.without) {
          const needs = route.clientRight;
          const lacking = caller.kind.without === 'billing' ? ['billing', 'pay'] : [caller.kind.without];
          if (!needs || !lacking.includes(needs)) continue;
        }
        let expectation = expectationFor(route, caller.kind);
        // CI's reduced size: staff cells whose answer only the service decides (no gate to prove, only
        // "no 5xx, no leak") run for the owner alone; locally every role runs them.
        if (
          process.env.CI &&
          expectation === 'decides' &&
          caller.kind.kind === 'staff' &&
          caller.name !== 'owner' &&
          caller.data === 'own'
        )
          continue;
        const fixtures = fixturesFor(caller);
        const foreign = caller.data !== 'own';
        const writes = route.method !== 'get';
        // Someone else's records: a change is refused whatever the route lets them do with their own;
        // a read is refused or answers nothing of theirs (a list narrowed to the caller's own tenant
        // or client), which the leak scan below checks.
        if (
          foreign &&
          paramsOf(route).length > 0 &&
          expectation !== 'unauthenticated' &&
          route.access !== 'anonymous'
        )
          expectation = writes ? 'refuse' : 'decides';
        let path = pathFor(route, fixtures);
        let body: unknown = undefined;
        if (writes) {
          const schema = bodySchemaOf(route);
          if (expectation === 'allow' || expectation === 'decides') {
            // Allowed callers never write: an invalid body, else records that do not exist.
            body = invalidBodyOf(route);
            if (body === undefined) {
              if (paramsOf(route).length === 0) {
                skipped.push(`${label(route)} as ${caller.name}`);
                continue;
              }
              path = pathFor(route, fixtures, true);
              body = schema ? exampleOf(schema, (name) => fixtures[name]) : undefined;
            }
          } else body = schema ? exampleOf(schema, (name) => fixtures[name]) : undefined;
        }
        const query = queryOf(route, (name) => fixtures[name]);
        if (query) path = `${path}?${query}`;
        cells.push({ route, caller, expectation, method: route.method.toUpperCase(), path, body });
      }
    }

    const outcomes = await inPool(cells, 8, async (cell): Promise<Outcome> => {
      let outcome: Outcome = { cell, status: 0, text: '' };
      // A 504 is the shared machine's load (a deadline), not an answer about access: asked again.
      for (let attempt = 0; attempt < 3 && (outcome.status === 0 || outcome.status === 504); attempt++) {
        try {
          outcome = { cell, ...(await cell.caller.api.raw(cell.method, cell.path, cell.body)) };
        } catch (error) {
          // A connection the gateway dropped: status 0, reported with the cell below.
          outcome = { cell, status: 0, text: `no answer: ${String((error as Error).cause ?? error)}` };
        }
      }
      return outcome;
    });

    // Values no client user may see, and values each caller may not see (someone else's).
    const everyInternal = [...a1.internal, ...a2.internal, ...b1.internal];
    const tenantA = [...a1.own, ...a1.internal, ...a2.own, ...a2.internal];
    const forbiddenFor = (caller: Caller): string[] => {
      if (caller.name === 'otherTenantStaff') return tenantA;
      if (caller.kind.kind === 'staff') return [...b1.own, ...b1.internal];
      if (caller.kind.kind !== 'client') return [...tenantA, ...b1.own];
      if (caller.name === 'otherClient') return [...everyInternal, ...a1.own, ...b1.own];
      return [...everyInternal, ...a2.own, ...b1.own];
    };

    const failures: string[] = [];
    const fail = (outcome: Outcome, why: string) =>
      failures.push(
        `${outcome.cell.method} ${outcome.cell.route.path} as ${outcome.cell.caller.name} (${outcome.cell.caller.data} data): ${why} — ${outcome.status} ${outcome.text.slice(0, 200)}`,
      );
    for (const outcome of outcomes) {
      const { cell, status, text } = outcome;
      if (status >= 500 || status === 0) fail(outcome, 'a server error or no answer');
      switch (cell.expectation) {
        case 'unauthenticated':
          if (status !== 401) fail(outcome, 'expected 401');
          break;
        case 'refuse':
          if (status < 300) fail(outcome, 'expected a refusal');
          else if (![401, 403, 404].includes(status) && status < 500) {
            // A 400 to a refused caller hides whether the gate holds: only when the route has a body we could not fill.
            if (!(status === 400 && cell.body !== undefined)) fail(outcome, 'expected 401, 403 or 404');
          }
          break;
        case 'allow':
          if (status === 401 || status === 403) fail(outcome, 'expected to pass the gate');
          else if (
            cell.method === 'GET' &&
            status === 404 &&
            paramsOf(cell.route).length > 0 &&
            namesRealData(cell.route, a1.fixtures)
          )
            fail(outcome, 'expected its own record');
          break;
        case 'decides':
          break;
      }
      const clientCaller = cell.caller.kind.kind === 'client';
      for (const value of forbiddenFor(cell.caller))
        if (text.includes(value)) fail(outcome, `the answer holds ${value}`);
      if (clientCaller && text.startsWith('{')) {
        const keys = [...text.matchAll(/"(\w+)":/g)].map((match) => match[1] ?? '');
        for (const key of keys)
          if (INTERNAL_KEYS.has(key)) fail(outcome, `the answer holds the internal key ${key}`);
      }
    }
    const counts = new Map<string, number>();
    for (const outcome of outcomes)
      counts.set(outcome.cell.expectation, (counts.get(outcome.cell.expectation) ?? 0) + 1);
    console.log(
      `authorisation matrix: ${apiRoutes.length} routes, ${outcomes.length} calls (${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}), ` +
        `${skipped.length} allowed writes with nothing invalid to send not called, placeholders for ${[...placeholders.keys()].join(', ')}`,
    );
    expect(failures).toEqual([]);
  }, 300_000);

  it('sends each live update only to callers who may see it', async () => {
    const { callers } = world;
    const base = platform.url;
    /** One caller's stream: its status and every byte it received, read until closed. */
    const open = async (name: string) => {
      const token = callers[name]?.bearer;
      const controller = new AbortController();
      const response = await fetch(`${base}/api/events`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        signal: controller.signal,
      });
      const stream = {
        name,
        status: response.status,
        text: '',
        close: () => {
          controller.abort();
        },
      };
      if (response.status === 200 && response.body) {
        const decoder = new TextDecoder();
        void (async () => {
          try {
            for await (const chunk of response.body as AsyncIterable<Uint8Array>)
              stream.text += decoder.decode(chunk, { stream: true });
          } catch {
            // aborted at the end of the test
          }
        })();
      } else await response.body?.cancel();
      return stream;
    };
    const names = [
      'anonymous',
      'revoked',
      'admin',
      'manager',
      'member',
      'otherTenantStaff',
      'client',
      'otherClient',
    ];
    const streams = await Promise.all(names.map(open));
    const of = (name: string) => streams.find((stream) => stream.name === name) ?? streams[0];
    try {
      expect(streams.map((stream) => `${stream.name} ${stream.status}`)).toEqual(
        names.map((name) => `${name} ${name === 'anonymous' || name === 'revoked' ? 401 : 200}`),
      );
      // A client-visible message and an internal one in A1's workspace, posted by A's owner.
      const shared = `A1-LiveShared-${randomUUID().slice(0, 8)}`;
      const hidden = `A1-LiveInternal-${randomUUID().slice(0, 8)}`;
      const owner = callers.owner as Api;
      for (const [conversationId, body] of [
        [a1.fixtures.conversationId, shared],
        [a1.fixtures.internalConversationId, hidden],
      ] as const) {
        const posted = await owner.post(`/conversations/${conversationId}/messages`, { body });
        expect(posted.status).toBe(201);
      }
      // Staff of the tenant see both; A1's user sees the shared one.
      const deadline = Date.now() + 30_000;
      const arrived = () =>
        ['admin', 'manager', 'member'].every(
          (name) => of(name)?.text.includes(shared) && of(name)?.text.includes(hidden),
        ) && of('client')?.text.includes(shared);
      while (!arrived() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(arrived()).toBe(true);
      // The others had the same time, and a little more, to receive anything.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(of('client')?.text).not.toContain(hidden);
      for (const name of ['otherClient', 'otherTenantStaff'])
        for (const value of [shared, hidden, ...a1.own, ...a1.internal])
          expect(`${name}: ${of(name)?.text.includes(value) ? value : 'nothing of A1'}`).toBe(
            `${name}: nothing of A1`,
          );
    } finally {
      for (const stream of streams) stream.close();
    }
  }, 120_000);
});

export { isBinaryResponse };
