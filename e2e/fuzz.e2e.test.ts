import { passwordToken } from '@client-portal/testing';
import { Api } from './support/http.js';
import { addClientUser, createTenant, type Person } from './support/people.js';
import { NO_ADDRESS_LIMITS, Platform } from './support/platform.js';
import { ensureSchemathesis } from '../deploy/fuzz/schemathesis-install.js';
import { fuzzSize, runSchemathesis, summary, type FuzzReport } from './support/fuzz/schemathesis.js';

/**
 * Fuzzing the REST API (docs/fuzzing.md): schemathesis reads the gateway's OpenAPI document and sends
 * generated requests, valid and invalid, to every route, as each kind of caller: anonymous (the public
 * routes), the agency's owner (every staff route) and a client user (the routes a client may call),
 * with real Keycloak tokens. Path parameters are real ids of this tenant half of the time, so requests
 * reach real records rather than stopping at "not found". Every answer must be a non-5xx whose status,
 * media type and body match what the route declares. Small and reproducible in CI (a fixed seed, a
 * few examples per operation, a wall-clock cap); `npm run fuzz` runs the full size.
 */
describe('REST fuzzing with schemathesis', () => {
  const size = fuzzSize();
  let platform: Platform;
  // Tokens live five minutes: each run asks for a fresh one.
  let owner: Person;
  let contact: Person;
  const dictionaries: Record<string, string[]> = {};

  // The tool first (about 30 s on a fresh machine, then nothing): its own budget, not a test's.
  beforeAll(() => {
    ensureSchemathesis();
  }, 600_000);

  beforeAll(async () => {
    // The public routes are rate-limited per address (60 a minute): the fuzzer is one address sending
    // hundreds, and a 429 would leave their logic untested.
    platform = await Platform.start({
      gateway: {
        environment: NO_ADDRESS_LIMITS,
      },
    });
    const api = new Api(platform.url);
    const agency = await createTenant(platform, { name: 'Fuzz Agency' });
    owner = agency.owner;
    const asOwner = api.as(await passwordToken(owner.email, owner.password));
    const client = (await asOwner.post<{ id: string }>('/clients', { name: 'Fuzzed Client' })).body;
    contact = await addClientUser(platform, agency.tenantId, client.id, 'Fuzz Contact');
    const workspaces = (await asOwner.get<{ workspaces: { id: string }[] }>(`/workspaces`)).body.workspaces;
    const project = (
      await asOwner.post<{ id: string }>(`/clients/${client.id}/projects`, {
        name: 'Fuzzed project',
        status: 'in-progress',
      })
    ).body;
    Object.assign(dictionaries, {
      clientId: [client.id],
      workspaceId: workspaces.map((workspace) => workspace.id),
      projectId: [project.id],
    });
  }, 300_000);

  afterAll(async () => {
    await platform.stop();
  });

  const expectClean = (caller: string, report: FuzzReport): void => {
    process.stderr.write(`${summary(caller, report)}\n`);
    // Hypothesis (inside schemathesis) on Python 3.11 sometimes fails to describe a lambda while
    // building a strategy ("AST constructor recursion depth mismatch"): the tool's own error, not the API's.
    const toolOnly =
      report.failures.length === 0 &&
      report.errors.every((error) => error.title === 'Runtime Error') &&
      report.output.includes('AST constructor recursion depth mismatch');
    if (!toolOnly && (report.failures.length > 0 || report.errors.length > 0 || report.exitCode !== 0))
      throw new Error(`${summary(caller, report)}\n${report.output.slice(-20_000)}`);
    expect(report.operations.tested).toBeGreaterThan(0);
  };

  /** One caller's schemathesis run against the platform (the shared dictionaries and size unless overridden). */
  const fuzzAs = async (caller: string, options: Partial<Parameters<typeof runSchemathesis>[0]>) => {
    expectClean(caller, await runSchemathesis({ baseUrl: platform.url, dictionaries, size, ...options }));
  };

  // The client user first: the owner's run may delete the fixtures (a valid DELETE on a real id).
  test('a client user: every route a client may call', async () => {
    await fuzzAs('client user', {
      token: await passwordToken(contact.email, contact.password),
      includeBy: ['/x-access == "client"', '/x-access == "staff-or-client"'],
    });
  }, 300_000);

  test('anonymous: the public routes', async () => {
    // Sixteen operations, no ids of ours to use: a third of the time cap is plenty.
    await fuzzAs('anonymous', {
      includeBy: ['/x-access == "anonymous"'],
      dictionaries: undefined,
      size: { ...size, maxTime: Math.ceil(size.maxTime / 3) },
    });
  }, 300_000);

  test('the owner: every staff route', async () => {
    await fuzzAs('owner', {
      token: await passwordToken(owner.email, owner.password),
      excludeBy: ['/x-access == "client"', '/x-access == "anonymous"'],
    });
  }, 300_000);
});
