import { Schema, type Connection, type Model } from 'mongoose';
import {
  containsPattern,
  fromStored,
  insertWithEvents,
  isDuplicateKeyError,
  Keyset,
  MongoStore,
  outboxPlugin,
  withOutbox,
  type OutboxEntry,
  type Page,
  type Stored,
  claimNextInSequence,
} from '@client-portal/kit';
import { referenceKey, type CatalogOrder, type CatalogProduct, type OrderStatus } from '../domain/catalog.js';

// ---------------------------------------------------------------------------------------------------
// Products

type ProductRecord = Omit<CatalogProduct, 'id'> & { _id: string; nameKey: string; referenceKey: string };

const productSchema = new Schema<ProductRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    name: { type: String, required: true },
    // Lower-case name and reference: the list's sort key and the uniqueness key.
    nameKey: { type: String, required: true },
    referenceKey: { type: String, required: true },
    description: { type: String, default: '' },
    kind: { type: String, required: true },
    unit: { type: String, default: '' },
    unitPriceMinor: { type: Number, required: true },
    currency: { type: String, required: true },
    taxRateBasisPoints: { type: Number, required: true },
    reference: { type: String, required: true },
    status: { type: String, required: true },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    createdBy: { type: String, default: '' },
  },
  { versionKey: false },
);
// A reference names one product of the tenant: the unique index is what refuses a second one.
productSchema.index({ tenantId: 1, referenceKey: 1 }, { unique: true });
const productsByName = new Keyset('catalog.productsByName', { nameKey: 1, _id: 1 });
productSchema.index(productsByName.index({ tenantId: 1 }));
productSchema.index(productsByName.index({ tenantId: 1, status: 1 }));

export const CATALOG_PRODUCTS_COLLECTION = 'catalog_products';

function toProduct(record: ProductRecord): CatalogProduct {
  const { _id, nameKey: _name, referenceKey: _reference, ...rest } = record;
  return { id: _id, ...rest };
}

function toProductRecord(product: CatalogProduct): ProductRecord {
  const { id, ...rest } = product;
  return {
    _id: id,
    ...rest,
    nameKey: product.name.toLowerCase(),
    referenceKey: referenceKey(product.reference),
  };
}

/** Saving refused: another product of the tenant has this reference. */
export class ReferenceTakenError extends Error {}

// ---------------------------------------------------------------------------------------------------
// The tenant's catalog settings (the portal switch)

export interface CatalogSettings {
  tenantId: string;
  portalEnabled: boolean;
  version: number;
  updatedAt: Date | null;
  updatedBy: string;
}

type SettingsRecord = Omit<CatalogSettings, 'tenantId'> & { _id: string };

const settingsSchema = new Schema<SettingsRecord>(
  {
    _id: { type: String, required: true },
    portalEnabled: { type: Boolean, required: true },
    version: { type: Number, required: true },
    updatedAt: { type: Date, default: null },
    updatedBy: { type: String, default: '' },
  },
  { versionKey: false },
);

export const CATALOG_SETTINGS_COLLECTION = 'catalog_settings';

// ---------------------------------------------------------------------------------------------------
// Orders

type OrderRecord = Stored<CatalogOrder>;

const orderLineSchema = new Schema(
  {
    productId: String,
    name: String,
    unit: String,
    quantityMilli: Number,
    unitPriceMinor: Number,
    taxRateBasisPoints: Number,
    totalMinor: Number,
    taxMinor: Number,
  },
  { _id: false },
);

const orderSchema = new Schema<OrderRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    clientId: { type: String, required: true },
    clientName: { type: String, default: '' },
    number: { type: String, required: true },
    year: { type: Number, required: true },
    sequence: { type: Number, required: true },
    status: { type: String, required: true },
    currency: { type: String, required: true },
    lines: { type: [orderLineSchema], default: [] },
    subtotalMinor: { type: Number, required: true },
    taxMinor: { type: Number, required: true },
    totalMinor: { type: Number, required: true },
    note: { type: String, default: '' },
    placedBy: { type: String, default: '' },
    placedByName: { type: String, default: '' },
    placedAt: { type: Date, required: true },
    converted: {
      type: new Schema({ kind: String, documentId: String, at: Date }, { _id: false }),
      default: null,
    },
    cancelledAt: { type: Date, default: null },
    cancelReason: { type: String, default: '' },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
const ordersNewestFirst = new Keyset('catalog.ordersNewestFirst', { placedAt: -1, _id: -1 });
orderSchema.index(ordersNewestFirst.index({ tenantId: 1 }));
orderSchema.index(ordersNewestFirst.index({ tenantId: 1, clientId: 1 }));
orderSchema.index(ordersNewestFirst.index({ tenantId: 1, status: 1 }));
orderSchema.plugin(outboxPlugin);

export const CATALOG_ORDERS_COLLECTION = 'catalog_orders';

/** An order number taken: `_id` is `<tenant>|<year>|<sequence>` (see DocumentRepository.claimNumber). */
interface OrderNumberClaim {
  _id: string;
  tenantId: string;
  year: number;
  sequence: number;
  orderId: string;
  claimedAt: Date;
}

const orderClaimSchema = new Schema<OrderNumberClaim>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    year: { type: Number, required: true },
    sequence: { type: Number, required: true },
    orderId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
orderClaimSchema.index({ tenantId: 1, year: 1, sequence: -1 });

export const ORDER_NUMBERS_COLLECTION = 'order_numbers';
const MAX_CLAIM_ATTEMPTS = 25;

export interface ProductFilter {
  search: string;
  /** Only active products (client users, the picker), or archived ones too. */
  activeOnly: boolean;
}

/** The only code that touches the catalog: products, the switch, orders and their numbers. */
export class CatalogRepository extends MongoStore<ProductRecord> {
  private readonly settings: Model<SettingsRecord>;
  private readonly orders: Model<OrderRecord>;
  private readonly claims: Model<OrderNumberClaim>;

  constructor(connection: Connection) {
    super(connection, 'CatalogProduct', productSchema, CATALOG_PRODUCTS_COLLECTION);
    this.settings = this.secondaryModel('CatalogSettings', settingsSchema, CATALOG_SETTINGS_COLLECTION);
    this.orders = this.secondaryModel('CatalogOrder', orderSchema, CATALOG_ORDERS_COLLECTION);
    this.claims = this.secondaryModel('OrderNumberClaim', orderClaimSchema, ORDER_NUMBERS_COLLECTION);
  }

  // --- products ---------------------------------------------------------------------------------

  /** Throws ReferenceTakenError when the tenant already has a product with this reference. */
  async insertProduct(product: CatalogProduct): Promise<void> {
    try {
      await this.model.create(toProductRecord(product));
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new ReferenceTakenError(product.reference);
      throw error;
    }
  }

  /** False when it changed since `expectedVersion`; ReferenceTakenError when the new reference is taken. */
  async replaceProduct(product: CatalogProduct, expectedVersion: number): Promise<boolean> {
    const { _id, tenantId, ...state } = toProductRecord(product);
    try {
      const result = await this.model.updateOne({ _id, tenantId, version: expectedVersion }, { $set: state });
      return result.modifiedCount === 1;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new ReferenceTakenError(product.reference);
      throw error;
    }
  }

  async findProduct(tenantId: string, id: string): Promise<CatalogProduct | undefined> {
    const record = await this.model.findOne({ _id: id, tenantId }).lean<ProductRecord>();
    return record ? toProduct(record) : undefined;
  }

  async findProducts(tenantId: string, ids: string[]): Promise<CatalogProduct[]> {
    if (ids.length === 0) return [];
    return (await this.model.find({ tenantId, _id: { $in: ids } }).lean<ProductRecord[]>()).map(toProduct);
  }

  static readonly productOrder = productsByName;

  /** By name, A to Z. Not counted. */
  async listProducts(
    tenantId: string,
    filter: ProductFilter,
    page: Page,
  ): Promise<{ products: CatalogProduct[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.activeOnly) query.status = 'active';
    if (filter.search.trim()) {
      const pattern = containsPattern(filter.search.trim());
      query.$or = [{ name: pattern }, { reference: pattern }];
    }
    const { documents, nextPageToken } = await this.findPage(query, productsByName, page);
    return { products: documents.map(toProduct), nextPageToken };
  }

  // --- settings ---------------------------------------------------------------------------------

  async settingsOf(tenantId: string): Promise<CatalogSettings> {
    const record = await this.settings.findOne({ _id: tenantId }).lean<SettingsRecord>();
    if (!record) return { tenantId, portalEnabled: false, version: 0, updatedAt: null, updatedBy: '' };
    const { _id, ...rest } = record;
    return { tenantId: _id, ...rest };
  }

  async saveSettings(settings: CatalogSettings): Promise<void> {
    const { tenantId, ...state } = settings;
    await this.settings.updateOne({ _id: tenantId }, { $set: state }, { upsert: true });
  }

  // --- orders -----------------------------------------------------------------------------------

  /**
   * Claims the tenant's next order number of `year` by inserting it under a unique `_id` (FerretDB's
   * counters are not atomic across processes; its unique indexes are). Gap-free as long as the order
   * that claimed it is then stored, which `insertOrder` does right after, releasing it if it cannot.
   */
  async claimOrderNumber(tenantId: string, orderId: string, year: number): Promise<number> {
    const sequence = await claimNextInSequence(
      this.claims,
      { tenantId, year },
      (next) => ({
        _id: `${tenantId}|${year}|${next}`,
        tenantId,
        year,
        sequence: next,
        orderId,
        claimedAt: new Date(),
      }),
      MAX_CLAIM_ATTEMPTS,
    );
    if (sequence === undefined)
      throw new Error('Could not claim an order number: too many orders are being placed at once');
    return sequence;
  }

  async insertOrder(order: CatalogOrder, ...events: OutboxEntry[]): Promise<void> {
    try {
      const inserted = await insertWithEvents(this.orders, order, events);
      if (!inserted) throw new Error(`Order ${order.id} already exists`);
    } catch (error) {
      // The number goes back, so the next order takes it and the sequence stays without holes.
      await this.claims.deleteOne({
        _id: `${order.tenantId}|${order.year}|${order.sequence}`,
        orderId: order.id,
      });
      throw error;
    }
  }

  async findOrder(tenantId: string, id: string): Promise<CatalogOrder | undefined> {
    const record = await this.orders.findOne({ _id: id, tenantId }).lean<OrderRecord>();
    return record ? fromStored<CatalogOrder>(record) : undefined;
  }

  async replaceOrder(
    order: CatalogOrder,
    expectedVersion: number,
    ...events: OutboxEntry[]
  ): Promise<boolean> {
    const { id, tenantId, ...state } = order;
    const result = await this.orders.updateOne(
      { _id: id, tenantId, version: expectedVersion },
      withOutbox({ $set: state }, ...events),
    );
    return result.modifiedCount === 1;
  }

  static readonly orderOrder = ordersNewestFirst;

  /** Newest first. Not counted. */
  async listOrders(
    tenantId: string,
    filter: { clientId: string; status: OrderStatus | '' },
    page: Page,
  ): Promise<{ orders: CatalogOrder[]; nextPageToken: string }> {
    const query: Record<string, unknown> = { tenantId };
    if (filter.clientId) query.clientId = filter.clientId;
    if (filter.status) query.status = filter.status;
    const { documents, nextPageToken } = await this.findOrderPage(query, page);
    return { orders: documents.map((record) => fromStored<CatalogOrder>(record)), nextPageToken };
  }

  private async findOrderPage(query: Record<string, unknown>, page: Page) {
    const documents = await this.orders
      .find(ordersNewestFirst.filter(query, page))
      .sort({ ...ordersNewestFirst.sort })
      .limit(page.limit + 1)
      .lean<OrderRecord[]>();
    const { items, nextPageToken } = ordersNewestFirst.page(documents, page);
    return { documents: items, nextPageToken };
  }
}
