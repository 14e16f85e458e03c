// Demo seed, billing profile slice (issue 9): the demo agency's billing profile and logo, and the
// billing details of two clients, through billing's own gRPC API. Idempotent: a profile or details
// already saved (version > 0) and a logo already there are kept as they are.
import type { ServiceClient } from '@client-portal/contracts';
import type { Principal } from '@client-portal/kit';
import { DEMO_BILLING_DETAILS, DEMO_BILLING_PROFILE } from './demo-agency.js';
import { demoLogoPng } from './demo-logo.js';

export async function seedBillingProfile(
  services: { crm: ServiceClient<'crm'>; billingProfile: ServiceClient<'billingProfile'> },
  staff: Principal,
): Promise<string[]> {
  const as = { principal: staff };
  const done: string[] = [];
  const current = await services.billingProfile.getBillingProfile({}, as);
  if (current.version === 0) {
    await services.billingProfile.updateBillingProfile(
      { profile: DEMO_BILLING_PROFILE, expectedVersion: 0 },
      as,
    );
    done.push('billing profile');
  }
  if (!current.logo) {
    await services.billingProfile.setBillingLogo({ content: demoLogoPng() }, as);
    done.push('logo');
  }
  for (const entry of DEMO_BILLING_DETAILS) {
    const { clients } = await services.crm.listClients({ search: entry.client, page: { pageSize: 10 } }, as);
    const client = clients.find((candidate) => candidate.name === entry.client);
    if (!client) continue;
    const details = await services.billingProfile.getClientBillingDetails({ clientId: client.id }, as);
    if (details.version > 0) continue;
    const { client: _name, ...fields } = entry;
    await services.billingProfile.updateClientBillingDetails(
      { clientId: client.id, details: fields, expectedVersion: 0 },
      as,
    );
    done.push('client billing details');
  }
  return done;
}
