import { createHash } from 'node:crypto';
import { serviceTestEnvironment, staff, testPrincipalSigner, uniqueName } from '@client-portal/testing';
import type { Principal, ServiceRuntime } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import { loadCrmConfig, startCrm } from '@client-portal/crm';
import { loadPortalConfig, startPortal } from '@client-portal/portal';
import { DEMO_DELIVERABLE, seedDeliverables } from '../deploy/local/seed-deliverables.js';

/** The demo seed's deliverable, run twice against real crm, portal and the object store. */
describe('the demo seed: deliverables', () => {
  let runtimes: ServiceRuntime[] = [];
  let crm: ServiceClient<'crm'>;
  let portal: ServiceClient<'portal'>;
  let deliverables: ServiceClient<'deliverables'>;
  const owner: Principal = { ...staff(uniqueName('tenant'), 'owner'), displayName: 'Olivia Owner' };

  beforeAll(async () => {
    const crmRuntime = await startCrm(loadCrmConfig(serviceTestEnvironment('crm')));
    const portalRuntime = await startPortal(loadPortalConfig(serviceTestEnvironment('portal')));
    runtimes = [crmRuntime, portalRuntime];
    const options = { signer: testPrincipalSigner };
    crm = createServiceClient('crm', `127.0.0.1:${crmRuntime.grpcPort}`, options);
    portal = createServiceClient('portal', `127.0.0.1:${portalRuntime.grpcPort}`, options);
    deliverables = createServiceClient('deliverables', `127.0.0.1:${portalRuntime.grpcPort}`, options);
    const client = await crm.createClient({ name: 'Northwind Traders' }, { principal: owner });
    await portal.enablePortal(
      { clientId: client.id, clientName: client.name, workspaceName: '' },
      { principal: owner },
    );
  }, 120_000);
  afterAll(async () => {
    for (const client of [crm, portal, deliverables]) client.close();
    for (const runtime of runtimes) {
      await runtime.connection.dropDatabase();
      await runtime.stop();
    }
  });

  it('adds a deliverable with a version awaiting approval; a second run adds nothing', async () => {
    const clients = { crm, portal, deliverables };
    expect(await seedDeliverables(clients, 'Northwind Traders', owner)).toEqual([
      'deliverable',
      'deliverable version',
    ]);
    expect(await seedDeliverables(clients, 'Northwind Traders', owner)).toEqual([]);
    const { workspaces } = await portal.listWorkspaces({ clientId: '' }, { principal: owner });
    const list = await deliverables.listDeliverables(
      { workspaceId: workspaces[0]?.id ?? '' },
      { principal: owner },
    );
    expect(list.deliverables).toHaveLength(1);
    expect(list.deliverables[0]).toMatchObject({
      title: DEMO_DELIVERABLE.title,
      status: 'awaiting_approval',
    });
    expect(list.deliverables[0]?.versions[0]?.sha256).toBe(
      createHash('sha256').update(DEMO_DELIVERABLE.bytes).digest('hex'),
    );
  });
});
