// The catalog slice's part of the demo seed: Acme's products, the portal switch on, one client order.
import type { ServiceClient } from '@client-portal/contracts';
import type { Principal } from '@client-portal/kit';
import { DEMO_CATALOG, DEMO_ORDER } from './demo-agency.js';

const as = (principal: Principal) => ({ principal });

/**
 * Idempotent by natural keys: products by reference, the switch by its state, the order by the client
 * having one already. The order is placed as the portal user would, with a client principal the seed
 * signs. Returns what it added.
 */
export async function seedCatalog(
  clients: { crm: ServiceClient<'crm'>; catalog: ServiceClient<'catalog'> },
  staff: Principal,
  clientUser: { client: string; email: string; name: string } | undefined,
): Promise<string[]> {
  const done: string[] = [];
  const { products } = await clients.catalog.listCatalogProducts(
    { includeArchived: true, search: '', page: { pageSize: 100 } },
    as(staff),
  );
  const byReference = new Map(products.map((product) => [product.reference.toLowerCase(), product]));
  for (const demo of DEMO_CATALOG.filter((product) => !byReference.has(product.reference.toLowerCase()))) {
    const { reference, ...rest } = demo;
    const created = await clients.catalog.createCatalogProduct(
      { product: { ...rest, reference, unitPriceMinor: String(rest.unitPriceMinor) } },
      as(staff),
    );
    byReference.set(reference.toLowerCase(), created);
    done.push('catalog product');
  }
  const settings = await clients.catalog.getCatalogSettings({}, as(staff));
  if (!settings.portalEnabled) {
    await clients.catalog.setCatalogSettings({ portalEnabled: true }, as(staff));
    done.push('catalog switch');
  }
  if (!clientUser) return done;
  const { clients: found } = await clients.crm.listClients(
    { search: clientUser.client, page: { pageSize: 100 } },
    as(staff),
  );
  const client = found.find((candidate) => candidate.name === clientUser.client);
  if (!client) return done;
  const existing = await clients.catalog.listCatalogOrders(
    { clientId: client.id, status: '', page: { pageSize: 1 } },
    as(staff),
  );
  if (existing.orders.length > 0) return done;
  await clients.catalog.placeCatalogOrder(
    {
      lines: DEMO_ORDER.lines.map((line) => ({
        productId: byReference.get(line.reference.toLowerCase())?.id ?? '',
        quantityMilli: String(line.quantityMilli),
      })),
      note: DEMO_ORDER.note,
      clientName: client.name,
      placedByName: clientUser.name,
    },
    as({
      userId: `seed:${clientUser.email}`,
      tenantId: staff.tenantId,
      kind: 'client',
      clientId: client.id,
      workspaceIds: [],
      displayName: clientUser.name,
    }),
  );
  done.push('catalog order');
  return done;
}
