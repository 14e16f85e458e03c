// The demo subscriptions (recurring slice of deploy/local/seed.ts). Billing's scheduler then issues
// their periods by itself: a subscription started two months ago has three invoices a minute later.
import type { ServiceClient } from '@client-portal/contracts';
import type { Principal } from '@client-portal/kit';
import { DEMO_SUBSCRIPTIONS } from './demo-agency.js';

const as = (principal: Principal) => ({ principal });

/** The first day of the month `monthsAgo` months before this one, YYYY-MM-DD. */
function firstOfMonth(monthsAgo: number, now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1))
    .toISOString()
    .slice(0, 10);
}

/** One client's demo subscriptions, keyed by their first line's description. Returns what it added. */
export async function seedSubscriptions(
  clients: { crm: ServiceClient<'crm'>; recurring: ServiceClient<'recurring'> },
  clientName: string,
  staff: Principal,
  tenantName: string,
): Promise<string[]> {
  const wanted = DEMO_SUBSCRIPTIONS.filter((subscription) => subscription.client === clientName);
  if (wanted.length === 0) return [];
  const { clients: found } = await clients.crm.listClients(
    { search: clientName, page: { pageSize: 100 } },
    as(staff),
  );
  const clientId = found.find((candidate) => candidate.name === clientName)?.id;
  if (!clientId) return [];
  const { subscriptions } = await clients.recurring.listSubscriptions(
    { clientId, page: { pageSize: 100 } },
    as(staff),
  );
  const existing = new Set(subscriptions.map((subscription) => subscription.lines[0]?.description));
  const done: string[] = [];
  for (const subscription of wanted.filter((candidate) => !existing.has(candidate.description))) {
    await clients.recurring.createSubscription(
      {
        clientId,
        clientName,
        tenantName,
        subscription: {
          currency: subscription.currency,
          lines: [
            {
              description: subscription.description,
              unit: subscription.unit,
              quantityMilli: String(subscription.quantityMilli),
              unitPriceMinor: String(subscription.unitPriceMinor),
              taxRateBasisPoints: subscription.taxRateBasisPoints,
            },
          ],
          frequency: subscription.frequency,
          startDate: firstOfMonth(subscription.startMonthsAgo),
          endDate: '',
          paymentTermDays: subscription.paymentTermDays,
          notes: subscription.notes,
        },
      },
      as(staff),
    );
    done.push('subscription');
  }
  return done;
}
