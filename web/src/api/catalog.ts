import { getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type CatalogProduct = Schemas['CatalogProduct'];
export type PortalCatalogProduct = Schemas['PortalCatalogProduct'];
export type NewCatalogProduct = Schemas['NewCatalogProduct'];
export type CatalogSettings = Schemas['CatalogSettings'];
export type CatalogOrder = Schemas['CatalogOrder'];
export type PortalCatalogOrder = Schemas['PortalCatalogOrder'];
export type NewCatalogOrder = Schemas['NewCatalogOrder'];
export type ClientKpis = Schemas['ClientKpis'];
export type CurrencyKpis = Schemas['CurrencyKpis'];
export type ConversionKind = Schemas['ConvertCatalogOrder']['kind'];
export type OrderStatus = CatalogOrder['status'];

export const CONVERSION_KINDS = [
  'quote',
  'invoice',
  'delivery_note',
] as const satisfies readonly ConversionKind[];
export const ORDER_STATUSES = ['new', 'converted', 'cancelled'] as const satisfies readonly OrderStatus[];

type Signal = { signal?: AbortSignal };
const product = (productId: string) => `/api/catalog/products/${encodeURIComponent(productId)}`;
const order = (orderId: string) => `/api/catalog/orders/${encodeURIComponent(orderId)}`;

// --- staff -------------------------------------------------------------------------------------------

export function listProducts(
  query: { search?: string; includeArchived?: boolean; pageToken?: string },
  options: Signal = {},
): Promise<Schemas['CatalogProductList']> {
  return getJson(`/api/catalog/products`, {
    query: {
      pageSize: 50,
      search: query.search || undefined,
      includeArchived: query.includeArchived ? 'true' : undefined,
      pageToken: query.pageToken || undefined,
    },
    ...options,
  });
}

export function createProduct(input: NewCatalogProduct): Promise<CatalogProduct> {
  return postJson<CatalogProduct>('/api/catalog/products', input);
}

export function updateProduct(
  productId: string,
  input: NewCatalogProduct & { expectedVersion: number },
): Promise<CatalogProduct> {
  return request<CatalogProduct>(product(productId), { method: 'PUT', body: input });
}

export function archiveProduct(
  productId: string,
  expectedVersion: number,
  archived: boolean,
): Promise<CatalogProduct> {
  return postJson<CatalogProduct>(`${product(productId)}/archive`, { expectedVersion, archived });
}

export function getCatalogSettings(options: Signal = {}): Promise<CatalogSettings> {
  return getJson<CatalogSettings>('/api/catalog/settings', options);
}

export function setCatalogSettings(portalEnabled: boolean): Promise<CatalogSettings> {
  return request<CatalogSettings>('/api/catalog/settings', { method: 'PUT', body: { portalEnabled } });
}

export function listOrders(
  query: { status?: OrderStatus | ''; clientId?: string; pageToken?: string },
  options: Signal = {},
): Promise<Schemas['CatalogOrderList']> {
  return getJson('/api/catalog/orders', {
    query: {
      pageSize: 50,
      status: query.status || undefined,
      clientId: query.clientId || undefined,
      pageToken: query.pageToken || undefined,
    },
    ...options,
  });
}

export function getOrder(orderId: string, options: Signal = {}): Promise<CatalogOrder> {
  return getJson<CatalogOrder>(order(orderId), options);
}

export function convertOrder(
  orderId: string,
  expectedVersion: number,
  kind: ConversionKind,
): Promise<CatalogOrder> {
  return postJson<CatalogOrder>(`${order(orderId)}/convert`, { expectedVersion, kind });
}

export function cancelOrder(orderId: string, expectedVersion: number, reason: string): Promise<CatalogOrder> {
  return postJson<CatalogOrder>(`${order(orderId)}/cancel`, { expectedVersion, reason });
}

// --- portal ------------------------------------------------------------------------------------------

/** 404 while the agency's catalog is switched off. */
export function browseCatalog(
  query: { search?: string; pageToken?: string },
  options: Signal = {},
): Promise<Schemas['PortalCatalogProductList']> {
  return getJson('/api/portal/catalog', {
    query: { pageSize: 100, search: query.search || undefined, pageToken: query.pageToken || undefined },
    ...options,
  });
}

export function listMyOrders(options: Signal = {}): Promise<Schemas['PortalCatalogOrderList']> {
  return getJson('/api/portal/catalog/orders', { query: { pageSize: 50 }, ...options });
}

export function placeOrder(input: NewCatalogOrder): Promise<PortalCatalogOrder> {
  return postJson<PortalCatalogOrder>('/api/portal/catalog/orders', input);
}

// --- KPIs --------------------------------------------------------------------------------------------

export function getClientKpis(clientId: string, options: Signal = {}): Promise<ClientKpis> {
  return getJson<ClientKpis>(`/api/clients/${encodeURIComponent(clientId)}/kpis`, options);
}
