import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import type {
  CatalogOrder__Output as CatalogOrderMessage,
  CatalogProduct__Output as CatalogProductMessage,
} from '@client-portal/contracts';
import { defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

export const PRODUCT_KINDS = ['product', 'service'] as const;
export const ORDER_STATUSES = ['new', 'converted', 'cancelled'] as const;
export const CONVERSION_KINDS = ['quote', 'invoice', 'delivery_note'] as const;

/** What a client user sees of a product: no status, version, author or dates. */
export const portalProductSchema = named(
  'PortalCatalogProduct',
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    kind: z.enum(PRODUCT_KINDS),
    unit: z.string().meta({ description: 'h, day, unit, month…; empty for none' }),
    unitPriceMinor: minorUnits,
    currency: z.string(),
    taxRateBasisPoints: z.number().int().meta({ description: '2000 = 20 %' }),
    reference: z.string(),
  }),
);

export const productSchema = named(
  'CatalogProduct',
  portalProductSchema.extend({
    status: z.enum(['active', 'archived']),
    version: z.number().int().meta({ description: 'Send it back as expectedVersion when changing it' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);

export const productListSchema = named(
  'CatalogProductList',
  z.object({ products: z.array(productSchema), page: pageInfoSchema }),
);
export const portalProductListSchema = named(
  'PortalCatalogProductList',
  z.object({ products: z.array(portalProductSchema), page: pageInfoSchema }),
);

const amountInput = z
  .union([z.string().regex(/^-?\d+$/), z.number().int()])
  .transform(String)
  .meta({ description: 'Integer minor units' });

/** Types only: the rules (required, lengths, currencies, unique reference) live in billing. */
const productInput = z.object({
  name: z.string().meta({ maxLength: FIELD_LIMITS.billing.productName }),
  description: z.string().meta({ maxLength: FIELD_LIMITS.billing.productDescription }).default(''),
  kind: z.string().meta({ description: 'product or service' }),
  unit: z.string().meta({ maxLength: FIELD_LIMITS.billing.lineUnit }).default(''),
  unitPriceMinor: amountInput,
  currency: z.string(),
  taxRateBasisPoints: z.number().int(),
  reference: z.string().meta({ maxLength: FIELD_LIMITS.billing.productReference }),
});
export const newProductSchema = named('NewCatalogProduct', productInput);
export const productChangesSchema = named(
  'CatalogProductChanges',
  productInput.extend({ expectedVersion: z.number().int() }),
);

export const catalogSettingsSchema = named(
  'CatalogSettings',
  z.object({
    portalEnabled: z
      .boolean()
      .meta({ description: "Whether the tenant's client users browse the catalog and order from it" }),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
);

const orderLineSchema = named(
  'CatalogOrderLine',
  z.object({
    productId: z.string(),
    name: z.string(),
    unit: z.string(),
    quantityMilli: minorUnits.meta({ description: 'Thousandths of a unit' }),
    unitPriceMinor: minorUnits,
    taxRateBasisPoints: z.number().int(),
    totalMinor: minorUnits.meta({ description: 'Before tax' }),
    taxMinor: minorUnits,
  }),
);

/** What a client user sees of an order: not who at the agency converted it, nor into which draft. */
export const portalOrderSchema = named(
  'PortalCatalogOrder',
  z.object({
    id: z.string(),
    number: z.string().meta({ description: 'ORD-<year>-<sequence>' }),
    status: z.enum(ORDER_STATUSES),
    currency: z.string(),
    lines: z.array(orderLineSchema),
    subtotalMinor: minorUnits,
    taxMinor: minorUnits,
    totalMinor: minorUnits,
    note: z.string(),
    placedByName: z.string(),
    placedAt: z.string(),
    convertedKind: z.string().meta({ description: 'quote, invoice or delivery_note once converted' }),
    cancelledAt: z.string(),
  }),
);

export const orderSchema = named(
  'CatalogOrder',
  portalOrderSchema.extend({
    clientId: z.string(),
    clientName: z.string(),
    convertedDocumentId: z.string().meta({ description: 'The draft the order became; empty before' }),
    convertedAt: z.string(),
    cancelReason: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
);

export const orderListSchema = named(
  'CatalogOrderList',
  z.object({ orders: z.array(orderSchema), page: pageInfoSchema }),
);
export const portalOrderListSchema = named(
  'PortalCatalogOrderList',
  z.object({ orders: z.array(portalOrderSchema), page: pageInfoSchema }),
);

export const newOrderSchema = named(
  'NewCatalogOrder',
  z.object({
    lines: z
      .array(
        z.object({
          productId: z.string().max(FIELD_LIMITS.common.id),
          quantityMilli: amountInput.meta({ description: 'Thousandths of a unit (1500 = 1.5)' }),
        }),
      )
      .max(FIELD_LIMITS.billing.orderLines),
    note: z.string().meta({ maxLength: FIELD_LIMITS.billing.orderNote }).default(''),
  }),
);

/** Only client-visible fields, picked one by one: whatever billing adds later does not reach the portal. */
function toPortalProduct(product: CatalogProductMessage) {
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    kind: product.kind as (typeof PRODUCT_KINDS)[number],
    unit: product.unit,
    unitPriceMinor: product.unitPriceMinor,
    currency: product.currency,
    taxRateBasisPoints: product.taxRateBasisPoints,
    reference: product.reference,
  };
}

function toProduct(product: CatalogProductMessage) {
  return {
    ...toPortalProduct(product),
    status: product.status as 'active' | 'archived',
    version: product.version,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}

function toPortalOrder(order: CatalogOrderMessage) {
  return {
    id: order.id,
    number: order.number,
    status: order.status as (typeof ORDER_STATUSES)[number],
    currency: order.currency,
    lines: order.lines,
    subtotalMinor: order.subtotalMinor,
    taxMinor: order.taxMinor,
    totalMinor: order.totalMinor,
    note: order.note,
    placedByName: order.placedByName,
    placedAt: order.placedAt,
    convertedKind: order.convertedKind,
    cancelledAt: order.cancelledAt,
  };
}

function toOrder(order: CatalogOrderMessage) {
  return {
    ...toPortalOrder(order),
    clientId: order.clientId,
    clientName: order.clientName,
    convertedDocumentId: order.convertedDocumentId,
    convertedAt: order.convertedAt,
    cancelReason: order.cancelReason,
    version: order.version,
    updatedAt: order.updatedAt,
  };
}

const productParams = idParams('productId');
const orderParams = idParams('orderId');
const productQuery = pageQuerySchema.extend({
  search: z
    .string()
    .max(FIELD_LIMITS.crm.search)
    .optional()
    .meta({ description: 'Part of the name or reference' }),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Archived products too (staff)' }),
});
const orderQuery = pageQuerySchema.extend({
  status: z.enum(ORDER_STATUSES).optional(),
  clientId: z.string().optional(),
});

/**
 * The catalog (staff), its portal switch (admins), the orders clients place from it (client users,
 * while the switch is on; NOT_FOUND otherwise) and their conversion into drafts (documents.edit).
 */
export const catalogRoutes = [
  defineRoute({
    method: 'get',
    path: '/catalog/products',
    access: { permission: 'billing.view' },
    summary: "The tenant's products and services by name (search by name or reference)",
    tags: ['catalog'],
    query: productQuery,
    response: productListSchema,
    handler: async ({ query, onBehalf }, { backends }) => {
      const result = await backends.catalog.listCatalogProducts(
        {
          search: query.search ?? '',
          includeArchived: query.includeArchived === 'true',
          page: pageOf(query),
        },
        onBehalf,
      );
      return { products: result.products.map(toProduct), page: result.page };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/catalog/products',
    access: { permission: 'catalog.edit' },
    summary: 'Add a product or service to the catalog',
    tags: ['catalog'],
    status: 201,
    body: newProductSchema,
    response: productSchema,
    handler: async ({ body, onBehalf }, { backends }) =>
      toProduct(await backends.catalog.createCatalogProduct({ product: body }, onBehalf)),
  }),
  defineRoute({
    method: 'get',
    path: '/catalog/products/:productId',
    access: { permission: 'billing.view' },
    summary: 'A product of the catalog',
    tags: ['catalog'],
    params: productParams,
    response: productSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toProduct(await backends.catalog.getCatalogProduct(params, onBehalf)),
  }),
  defineRoute({
    method: 'put',
    path: '/catalog/products/:productId',
    access: { permission: 'catalog.edit' },
    summary: 'Change a product (every field; 409 when it changed since expectedVersion)',
    tags: ['catalog'],
    params: productParams,
    body: productChangesSchema,
    response: productSchema,
    handler: async ({ params, body, onBehalf }, { backends }) => {
      const { expectedVersion, ...product } = body;
      return toProduct(
        await backends.catalog.updateCatalogProduct(
          { productId: params.productId, expectedVersion, product },
          onBehalf,
        ),
      );
    },
  }),
  defineRoute({
    method: 'post',
    path: '/catalog/products/:productId/archive',
    access: { permission: 'catalog.edit' },
    summary: 'Archive a product (no longer offered) or bring it back',
    tags: ['catalog'],
    params: productParams,
    body: named(
      'ArchiveCatalogProduct',
      z.object({ expectedVersion: z.number().int(), archived: z.boolean().default(true) }),
    ),
    response: productSchema,
    handler: async ({ params, body, onBehalf }, { backends }) =>
      toProduct(
        await backends.catalog.setCatalogProductArchived(
          { productId: params.productId, expectedVersion: body.expectedVersion, archived: body.archived },
          onBehalf,
        ),
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/catalog/settings',
    access: { permission: 'billing.view' },
    summary: "The tenant's catalog switch",
    tags: ['catalog'],
    response: catalogSettingsSchema,
    handler: ({ onBehalf }, { backends }) => backends.catalog.getCatalogSettings({}, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/catalog/settings',
    access: { permission: 'billing.configure' },
    summary: 'Switch the catalog on or off for the portal',
    tags: ['catalog'],
    body: named('CatalogSettingsChange', z.object({ portalEnabled: z.boolean() })),
    response: catalogSettingsSchema,
    handler: ({ body, onBehalf }, { backends }) => backends.catalog.setCatalogSettings(body, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/catalog/orders',
    access: { permission: 'billing.view' },
    summary: "The tenant's orders, newest first (by status, of one client)",
    tags: ['catalog'],
    query: orderQuery,
    response: orderListSchema,
    handler: async ({ query, onBehalf }, { backends }) => {
      const result = await backends.catalog.listCatalogOrders(
        { status: query.status ?? '', clientId: query.clientId ?? '', page: pageOf(query) },
        onBehalf,
      );
      return { orders: result.orders.map(toOrder), page: result.page };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/catalog/orders/:orderId',
    access: { permission: 'billing.view' },
    summary: 'An order',
    tags: ['catalog'],
    params: orderParams,
    response: orderSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toOrder(await backends.catalog.getCatalogOrder(params, onBehalf)),
  }),
  defineRoute({
    method: 'post',
    path: '/catalog/orders/:orderId/convert',
    access: { permission: 'documents.edit' },
    summary: 'Turn a new order into a quote, invoice or delivery note draft (once)',
    tags: ['catalog'],
    params: orderParams,
    body: named(
      'ConvertCatalogOrder',
      z.object({ expectedVersion: z.number().int(), kind: z.enum(CONVERSION_KINDS) }),
    ),
    response: orderSchema,
    handler: async ({ params, body, onBehalf }, { backends }) =>
      toOrder(await backends.catalog.convertCatalogOrder({ orderId: params.orderId, ...body }, onBehalf)),
  }),
  defineRoute({
    method: 'post',
    path: '/catalog/orders/:orderId/cancel',
    access: { permission: 'documents.edit' },
    summary: 'Cancel a new order',
    tags: ['catalog'],
    params: orderParams,
    body: named(
      'CancelCatalogOrder',
      z.object({
        expectedVersion: z.number().int(),
        reason: z.string().meta({ maxLength: FIELD_LIMITS.billing.orderNote }).default(''),
      }),
    ),
    response: orderSchema,
    handler: async ({ params, body, onBehalf }, { backends }) =>
      toOrder(await backends.catalog.cancelCatalogOrder({ orderId: params.orderId, ...body }, onBehalf)),
  }),
  // --- the portal (client users; 404 while the tenant's catalog is off) ---------------------------
  defineRoute({
    method: 'get',
    path: '/portal/catalog',
    access: 'client',
    clientRight: 'signed-in',
    summary: "The agency's active products (404 while its catalog is switched off)",
    tags: ['catalog'],
    query: pageQuerySchema.extend({ search: z.string().max(FIELD_LIMITS.crm.search).optional() }),
    response: portalProductListSchema,
    handler: async ({ query, onBehalf }, { backends }) => {
      const result = await backends.catalog.listCatalogProducts(
        { search: query.search ?? '', includeArchived: false, page: pageOf(query) },
        onBehalf,
      );
      return { products: result.products.map(toPortalProduct), page: result.page };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/portal/catalog/orders',
    access: 'client',
    clientRight: 'signed-in',
    summary: "The client's own orders, newest first",
    tags: ['catalog'],
    query: pageQuerySchema,
    response: portalOrderListSchema,
    handler: async ({ query, onBehalf }, { backends }) => {
      const result = await backends.catalog.listCatalogOrders(
        { status: '', clientId: '', page: pageOf(query) },
        onBehalf,
      );
      return { orders: result.orders.map(toPortalOrder), page: result.page };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/portal/catalog/orders',
    access: 'client',
    clientRight: 'signed-in',
    summary: 'Order from the catalog (prices and taxes are the catalog’s, never the caller’s)',
    tags: ['catalog'],
    status: 201,
    body: newOrderSchema,
    response: portalOrderSchema,
    handler: async ({ body, caller, onBehalf }, { backends }) => {
      const clientId = caller.principal.clientId ?? '';
      // The order carries the client's name as it stands now; crm answers NOT_FOUND for no client.
      const client = await backends.crm.getClient({ clientId }, onBehalf);
      return toPortalOrder(
        await backends.catalog.placeCatalogOrder(
          { lines: body.lines, note: body.note, clientName: client.name, placedByName: caller.displayName },
          onBehalf,
        ),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/portal/catalog/orders/:orderId',
    access: 'client',
    clientRight: 'signed-in',
    summary: 'One of the client’s orders',
    tags: ['catalog'],
    params: orderParams,
    response: portalOrderSchema,
    handler: async ({ params, onBehalf }, { backends }) =>
      toPortalOrder(await backends.catalog.getCatalogOrder(params, onBehalf)),
  }),
];
