import { requirePrincipal } from '@client-portal/kit';
import type {
  CatalogOrder as CatalogOrderMessage,
  CatalogProduct as CatalogProductMessage,
  CatalogProductInput__Output,
  HandlersOf,
} from '@client-portal/contracts';
import type { CatalogService } from '../application/catalog.service.js';
import type { CatalogOrder, CatalogProduct, ProductInput } from '../domain/catalog.js';
import type { CatalogSettings } from '../store/catalog.repository.js';

const iso = (date: Date | null): string => date?.toISOString() ?? '';

export function toProductMessage(product: CatalogProduct): CatalogProductMessage {
  return {
    id: product.id,
    tenantId: product.tenantId,
    name: product.name,
    description: product.description,
    kind: product.kind,
    unit: product.unit,
    unitPriceMinor: String(product.unitPriceMinor),
    currency: product.currency,
    taxRateBasisPoints: product.taxRateBasisPoints,
    reference: product.reference,
    status: product.status,
    version: product.version,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
    createdBy: product.createdBy,
  };
}

export function toOrderMessage(order: CatalogOrder): CatalogOrderMessage {
  return {
    id: order.id,
    tenantId: order.tenantId,
    clientId: order.clientId,
    clientName: order.clientName,
    number: order.number,
    status: order.status,
    currency: order.currency,
    lines: order.lines.map((line) => ({
      productId: line.productId,
      name: line.name,
      unit: line.unit,
      quantityMilli: String(line.quantityMilli),
      unitPriceMinor: String(line.unitPriceMinor),
      taxRateBasisPoints: line.taxRateBasisPoints,
      totalMinor: String(line.totalMinor),
      taxMinor: String(line.taxMinor),
    })),
    subtotalMinor: String(order.subtotalMinor),
    taxMinor: String(order.taxMinor),
    totalMinor: String(order.totalMinor),
    note: order.note,
    placedByName: order.placedByName,
    placedAt: order.placedAt.toISOString(),
    convertedKind: order.converted?.kind ?? '',
    convertedDocumentId: order.converted?.documentId ?? '',
    convertedAt: iso(order.converted?.at ?? null),
    cancelledAt: iso(order.cancelledAt),
    cancelReason: order.cancelReason,
    version: order.version,
    updatedAt: order.updatedAt.toISOString(),
    placedBy: order.placedBy,
  };
}

const toSettingsMessage = (settings: CatalogSettings) => ({
  portalEnabled: settings.portalEnabled,
  version: settings.version,
  updatedAt: iso(settings.updatedAt),
});

// Out-of-range int64 values become unsafe numbers here, which the domain refuses field by field.
const productInput = (input: CatalogProductInput__Output | null): ProductInput => ({
  name: input?.name ?? '',
  description: input?.description ?? '',
  kind: input?.kind ?? '',
  unit: input?.unit ?? '',
  unitPriceMinor: Number(input?.unitPriceMinor ?? 0),
  currency: input?.currency ?? '',
  taxRateBasisPoints: input?.taxRateBasisPoints ?? 0,
  reference: input?.reference ?? '',
});

export function catalogHandlers(catalog: CatalogService): HandlersOf<'catalog'> {
  return {
    ListCatalogProducts: async (request, call) => {
      const result = await catalog.listProducts(requirePrincipal(call.metadata), request);
      return { products: result.products.map(toProductMessage), page: result.page };
    },
    GetCatalogProduct: async (request, call) =>
      toProductMessage(await catalog.getProduct(requirePrincipal(call.metadata), request.productId)),
    CreateCatalogProduct: async (request, call) =>
      toProductMessage(
        await catalog.createProduct(requirePrincipal(call.metadata), productInput(request.product)),
      ),
    UpdateCatalogProduct: async (request, call) =>
      toProductMessage(
        await catalog.updateProduct(
          requirePrincipal(call.metadata),
          request.productId,
          request.expectedVersion,
          productInput(request.product),
        ),
      ),
    SetCatalogProductArchived: async (request, call) =>
      toProductMessage(
        await catalog.setArchived(
          requirePrincipal(call.metadata),
          request.productId,
          request.expectedVersion,
          request.archived,
        ),
      ),
    GetCatalogSettings: async (_request, call) =>
      toSettingsMessage(await catalog.settings(requirePrincipal(call.metadata))),
    SetCatalogSettings: async (request, call) =>
      toSettingsMessage(await catalog.setSettings(requirePrincipal(call.metadata), request.portalEnabled)),
    PlaceCatalogOrder: async (request, call) =>
      toOrderMessage(
        await catalog.placeOrder(requirePrincipal(call.metadata), {
          lines: request.lines.map((line) => ({
            productId: line.productId,
            quantityMilli: Number(line.quantityMilli),
          })),
          note: request.note,
          clientName: request.clientName,
          placedByName: request.placedByName,
        }),
      ),
    ListCatalogOrders: async (request, call) => {
      const result = await catalog.listOrders(requirePrincipal(call.metadata), request);
      return { orders: result.orders.map(toOrderMessage), page: result.page };
    },
    GetCatalogOrder: async (request, call) =>
      toOrderMessage(await catalog.getOrder(requirePrincipal(call.metadata), request.orderId)),
    ConvertCatalogOrder: async (request, call) =>
      toOrderMessage(
        await catalog.convertOrder(
          requirePrincipal(call.metadata),
          request.orderId,
          request.expectedVersion,
          request.kind,
        ),
      ),
    CancelCatalogOrder: async (request, call) =>
      toOrderMessage(
        await catalog.cancelOrder(
          requirePrincipal(call.metadata),
          request.orderId,
          request.expectedVersion,
          request.reason,
        ),
      ),
  };
}
