import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServiceClient } from '@client-portal/contracts';
import { repoRoot } from '@client-portal/kit';
import { as, infrastructure, passwordToken, REALM, staff } from '@client-portal/testing';
import { PartnerApi } from '../examples/partner-sync/src/partner-client.js';
import { emptyState, loadState, saveState, syncOnce } from '../examples/partner-sync/src/sync.js';
import { TokenSource } from '../examples/partner-sync/src/token.js';
import { Api } from './support/http.js';
import { createPartnerApplication } from './support/partner.js';
import { createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

const CLIENTS = 200;
const INVOICES = 500;
/** Parallel internal calls while seeding: enough to be quick, few enough for two shared cores. */
const PARALLEL = 8;

async function inBatches<T>(count: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let from = 0; from < count; from += PARALLEL)
    made.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(PARALLEL, count - from) }, (_, offset) => make(from + offset)),
      )),
    );
  return made;
}

/**
 * Issue 13's "done when": the sample partner (examples/partner-sync, the published protos and a standard
 * gRPC client only) syncs a tenant's 200 clients and 500 invoices through the gateway's partner port with
 * a real client-credentials token from Keycloak, then, after 3 clients and 2 invoices changed, brings
 * back exactly those 5.
 */
describe('the sample partner (examples/partner-sync) against the platform', () => {
  let platform: Platform;
  let stateFolder: string;

  beforeAll(async () => {
    platform = await Platform.start();
    stateFolder = mkdtempSync(path.join(os.tmpdir(), 'partner-sync-'));
  }, 240_000);

  afterAll(async () => {
    rmSync(stateFolder, { recursive: true, force: true });
    await platform.stop();
  });

  it('syncs 200 clients and 500 invoices, then only the 3 clients and 2 invoices that changed', async () => {
    const { tenantId, owner } = await createTenant(platform, {
      name: 'Sync Agency',
      password: 'Owner-Pass-2026',
    });
    const port = (name: 'crm' | 'billing') => platform.runtimes.get(name)?.grpcPort ?? 0;
    const crm = createServiceClient('crm', `127.0.0.1:${port('crm')}`, { deadlineMs: 60_000 });
    const documents = createServiceClient('documents', `127.0.0.1:${port('billing')}`, {
      deadlineMs: 60_000,
    });
    const asOwner = as(staff(tenantId, 'owner', owner.userId));
    let partner: PartnerApi | undefined;
    try {
      // The tenant's data, fast: the services' internal gRPC APIs as the owner.
      const clients = await inBatches(CLIENTS, (index) =>
        crm.createClient({ name: `Sync client ${String(index).padStart(3, '0')}` }, asOwner),
      );
      const invoices = await inBatches(INVOICES, (index) => {
        const client = clients[index % CLIENTS];
        if (!client) throw new Error('no client');
        return documents.createDraft(
          {
            clientId: client.id,
            clientName: client.name,
            kind: 'invoice',
            lines: [
              {
                description: `Work package ${index}`,
                quantityMilli: 1000,
                unitPriceMinor: 10_000 + index,
                taxRateBasisPoints: 2000,
              },
            ],
          },
          asOwner,
        );
      });

      // A partner application of the tenant, read scopes only, and the sample's own token source.
      const ownerApi = new Api(platform.url).as(await passwordToken(owner.email, owner.password));
      const application = await createPartnerApplication(ownerApi, ['clients:read', 'documents:read']);
      partner = new PartnerApi(
        {
          address: `127.0.0.1:${platform.gateway.partnerPort}`,
          protoRoot: path.join(repoRoot(), 'proto'),
        },
        new TokenSource({
          tokenUrl: `${infrastructure().keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`,
          clientId: application.clientId,
          clientSecret: application.clientSecret,
        }),
      );

      // First sync: everything, page by page (100 a page).
      const file = path.join(stateFolder, 'state.json');
      const state = emptyState();
      const first = await syncOnce(partner, state);
      saveState(file, state);
      expect({
        clients: [first.clients.stored, first.clients.changed.length],
        invoices: [first.invoices.stored, first.invoices.changed.length],
      }).toEqual({ clients: [CLIENTS, CLIENTS], invoices: [INVOICES, INVOICES] });
      expect(first.clients.pages).toBeGreaterThanOrEqual(2);
      expect(first.invoices.pages).toBeGreaterThanOrEqual(5);
      expect(new Set(first.clients.changed)).toEqual(new Set(clients.map((client) => client.id)));
      expect(new Set(first.invoices.changed)).toEqual(new Set(invoices.map((invoice) => invoice.id)));

      // Three clients change; two invoices of those clients are issued (so whatever issuing does to its
      // client, the changed clients stay these three).
      const changedClients = clients.slice(0, 3);
      for (const client of changedClients)
        await crm.updateClient(
          {
            clientId: client.id,
            expectedVersion: client.version,
            name: `${client.name} (renamed)`,
            status: client.status,
          },
          asOwner,
        );
      const changedInvoices = invoices.slice(0, 2);
      for (const invoice of changedInvoices)
        await documents.issueDocument(
          { documentId: invoice.id, expectedVersion: invoice.version, tenantName: 'Sync Agency' },
          asOwner,
        );

      // Second sync, from the state file as a partner's next run would read it: only those five.
      const resumed = loadState(file);
      const second = await syncOnce(partner, resumed);
      saveState(file, resumed);
      expect({
        clients: [...second.clients.changed].sort(),
        invoices: [...second.invoices.changed].sort(),
      }).toEqual({
        clients: changedClients.map((client) => client.id).sort(),
        invoices: changedInvoices.map((invoice) => invoice.id).sort(),
      });
      expect([second.clients.stored, second.invoices.stored]).toEqual([CLIENTS, INVOICES]);
      // Far fewer items came over the wire than a full sync's.
      expect(second.clients.received + second.invoices.received).toBeLessThan(20);
      const stored = loadState(file).resources;
      for (const client of changedClients)
        expect(stored.clients.items[client.id]?.data.name).toBe(`${client.name} (renamed)`);
      for (const invoice of changedInvoices)
        expect(stored.invoices.items[invoice.id]?.data.status).toBe('issued');
    } finally {
      partner?.close();
      crm.close();
      documents.close();
    }
  }, 600_000);
});
