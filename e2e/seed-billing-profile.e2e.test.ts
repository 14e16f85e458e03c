import { serviceTestEnvironment, staff, testPrincipalSigner, uniqueName } from '@client-portal/testing';
import type { Principal, ServiceRuntime } from '@client-portal/kit';
import { createServiceClient, type ServiceClient } from '@client-portal/contracts';
import { loadBillingConfig, startBilling } from '@client-portal/billing';
import { loadCrmConfig, startCrm } from '@client-portal/crm';
import { DEMO_BILLING_DETAILS, DEMO_BILLING_PROFILE } from '../deploy/local/demo-agency.js';
import { demoLogoPng } from '../deploy/local/demo-logo.js';
import { seedBillingProfile } from '../deploy/local/seed-billing-profile.js';

/** The demo seed's billing profile, logo and client billing details, run twice against real services. */
describe('the demo seed: billing profile', () => {
  const tenant = uniqueName('tenant');
  let crmRuntime: ServiceRuntime;
  let billingRuntime: ServiceRuntime;
  let crm: ServiceClient<'crm'>;
  let billingProfile: ServiceClient<'billingProfile'>;
  const owner: Principal = { ...staff(tenant, 'owner'), displayName: 'Olivia Owner' };

  beforeAll(async () => {
    crmRuntime = await startCrm(loadCrmConfig(serviceTestEnvironment('crm')));
    billingRuntime = await startBilling(loadBillingConfig(serviceTestEnvironment('billing')));
    const options = { signer: testPrincipalSigner };
    crm = createServiceClient('crm', `127.0.0.1:${crmRuntime.grpcPort}`, options);
    billingProfile = createServiceClient('billingProfile', `127.0.0.1:${billingRuntime.grpcPort}`, options);
    for (const entry of DEMO_BILLING_DETAILS)
      await crm.createClient({ name: entry.client }, { principal: owner });
  });
  afterAll(async () => {
    crm.close();
    billingProfile.close();
    for (const runtime of [crmRuntime, billingRuntime]) {
      await runtime.connection.dropDatabase();
      await runtime.stop();
    }
  });

  it("saves the profile, the logo and two clients' details once; a second run adds nothing", async () => {
    const first = await seedBillingProfile({ crm, billingProfile }, owner);
    expect(first.sort()).toEqual([
      'billing profile',
      'client billing details',
      'client billing details',
      'logo',
    ]);
    expect(await seedBillingProfile({ crm, billingProfile }, owner)).toEqual([]);

    const profile = await billingProfile.getBillingProfile({}, { principal: owner });
    expect(profile.version).toBe(1);
    expect(profile.profile?.legalName).toBe(DEMO_BILLING_PROFILE.legalName);
    expect(profile.logo?.contentType).toBe('image/png');
    const logo = await billingProfile.getBillingLogo({}, { principal: owner });
    expect(Buffer.from(logo.content).equals(demoLogoPng())).toBe(true);
    const { clients } = await crm.listClients(
      { search: 'Northwind', page: { pageSize: 10 } },
      { principal: owner },
    );
    const northwind = clients.find((client) => client.name === 'Northwind Traders');
    const details = await billingProfile.getClientBillingDetails(
      { clientId: northwind?.id ?? '' },
      { principal: owner },
    );
    expect(details.details?.legalName).toBe('Northwind Traders Łódź Sp. z o.o.');
  });
});
