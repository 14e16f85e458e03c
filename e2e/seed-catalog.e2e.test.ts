import { serviceTestEnvironment, staff, testPrincipalSigner, uniqueName } from '@client-portal/testing';
import type { Principal, ServiceRuntime } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import { loadBillingConfig, startBilling } from '@client-portal/billing';
import { loadCrmConfig, startCrm } from '@client-portal/crm';
import { DEMO_CATALOG, DEMO_ORDER } from '../deploy/local/demo-agency.js';
import { seedCatalog } from '../deploy/local/seed-catalog.js';

/** The demo seed's catalog, run twice against real crm and billing: products, switch on, one order. */
describe('the demo seed: catalog', () => {
  let runtimes: ServiceRuntime[] = [];
  let crm: ServiceClient<'crm'>;
  let catalog: ServiceClient<'catalog'>;
  const owner: Principal = { ...staff(uniqueName('tenant'), 'owner'), displayName: 'Olivia Owner' };
  const nora = { client: 'Northwind Traders', email: 'nora.north@northwind.test', name: 'Nora North' };

  beforeAll(async () => {
    const crmRuntime = await startCrm(loadCrmConfig(serviceTestEnvironment('crm')));
    const billingRuntime = await startBilling(loadBillingConfig(serviceTestEnvironment('billing')));
    runtimes = [crmRuntime, billingRuntime];
    const options = { signer: testPrincipalSigner };
    crm = createServiceClient('crm', `127.0.0.1:${crmRuntime.grpcPort}`, options);
    catalog = createServiceClient('catalog', `127.0.0.1:${billingRuntime.grpcPort}`, options);
    await crm.createClient({ name: nora.client }, { principal: owner });
  }, 120_000);
  afterAll(async () => {
    crm.close();
    catalog.close();
    for (const runtime of runtimes) {
      await runtime.connection.dropDatabase();
      await runtime.stop();
    }
  });

  it('adds the products, switches the catalog on and places one order; a second run adds nothing', async () => {
    const added = await seedCatalog({ crm, catalog }, owner, nora);
    expect(added.filter((kind) => kind === 'catalog product')).toHaveLength(DEMO_CATALOG.length);
    expect(added).toContain('catalog switch');
    expect(added).toContain('catalog order');
    const { orders } = await catalog.listCatalogOrders(
      { clientId: '', status: '', page: { pageSize: 10 } },
      { principal: owner },
    );
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ status: 'new', clientName: nora.client, placedByName: nora.name });
    expect(orders[0]?.lines).toHaveLength(DEMO_ORDER.lines.length);
    expect(await seedCatalog({ crm, catalog }, owner, nora)).toEqual([]);
  });
});
