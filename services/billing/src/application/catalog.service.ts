import { randomUUID } from 'node:crypto';
import {
  assertPermission,
  canSeeClient,
  DomainError,
  pageInfo,
  type EventOutbox,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  assertOrderIsNew,
  CONVERSION_KINDS,
  draftFromOrder,
  editProduct,
  newProduct,
  orderNumber,
  ORDER_STATUSES,
  priceOrder,
  MAX_NOTE_LENGTH,
  type CatalogOrder,
  type CatalogProduct,
  type ConversionKind,
  type OrderLineInput,
  type OrderStatus,
  type ProductInput,
} from '../domain/catalog.js';
import { CatalogRepository, ReferenceTakenError, type CatalogSettings } from '../store/catalog.repository.js';
import type { DocumentRepository } from '../store/document.repository.js';

type PageRequest = { pageSize?: number; pageToken?: string } | null;

const referenceTaken = (reference: string): DomainError =>
  DomainError.invalid('The product was not saved: check the highlighted fields', [
    {
      field: 'reference',
      message: `Another product already has the reference ${reference}`,
      code: 'not_unique',
    },
  ]);

/** Catalog, portal switch and orders: access checks, rules, events. */
export class CatalogService {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly documents: DocumentRepository,
    private readonly outbox: EventOutbox<ProducedBy<'billing'>>,
  ) {}

  // --- access -----------------------------------------------------------------------------------

  /**
   * A client user reaches the catalog and orders only while the tenant has switched the catalog on;
   * otherwise every catalog route answers as if it did not exist. Staff need billing.view.
   */
  private async assertCatalogReachable(principal: Principal): Promise<void> {
    if (principal.kind === 'client') {
      if (!principal.clientId) throw DomainError.notFound('Catalog');
      const settings = await this.catalog.settingsOf(principal.tenantId);
      if (!settings.portalEnabled) throw DomainError.notFound('Catalog');
      return;
    }
    assertPermission(principal, 'billing.view');
  }

  // --- settings ---------------------------------------------------------------------------------

  async settings(principal: Principal): Promise<CatalogSettings> {
    await this.assertCatalogReachable(principal);
    return this.catalog.settingsOf(principal.tenantId);
  }

  async setSettings(principal: Principal, portalEnabled: boolean): Promise<CatalogSettings> {
    assertPermission(principal, 'billing.configure');
    const current = await this.catalog.settingsOf(principal.tenantId);
    const next: CatalogSettings = {
      ...current,
      portalEnabled,
      version: current.version + 1,
      updatedAt: new Date(),
      updatedBy: principal.userId,
    };
    await this.catalog.saveSettings(next);
    return next;
  }

  // --- products ---------------------------------------------------------------------------------

  async listProducts(
    principal: Principal,
    request: { page: PageRequest; search: string; includeArchived: boolean },
  ): Promise<{ products: CatalogProduct[]; page: { nextPageToken: string; totalSize: number } }> {
    await this.assertCatalogReachable(principal);
    const page = CatalogRepository.productOrder.read(request.page);
    const { products, nextPageToken } = await this.catalog.listProducts(
      principal.tenantId,
      // Client users never see archived products, whatever they ask for.
      { search: request.search, activeOnly: principal.kind === 'client' || !request.includeArchived },
      page,
    );
    return { products, page: pageInfo(nextPageToken) };
  }

  async getProduct(principal: Principal, productId: string): Promise<CatalogProduct> {
    await this.assertCatalogReachable(principal);
    const product = await this.catalog.findProduct(principal.tenantId, productId);
    if (!product || (principal.kind === 'client' && product.status !== 'active'))
      throw DomainError.notFound('Product', productId);
    return product;
  }

  async createProduct(principal: Principal, input: ProductInput): Promise<CatalogProduct> {
    assertPermission(principal, 'catalog.edit');
    const product = newProduct(input, principal.tenantId, principal.userId);
    try {
      await this.catalog.insertProduct(product);
    } catch (error) {
      if (error instanceof ReferenceTakenError) throw referenceTaken(product.reference);
      throw error;
    }
    return product;
  }

  async updateProduct(
    principal: Principal,
    productId: string,
    expectedVersion: number,
    input: ProductInput,
  ): Promise<CatalogProduct> {
    assertPermission(principal, 'catalog.edit');
    const current = await this.getProduct(principal, productId);
    this.assertVersion(current, expectedVersion);
    const next = editProduct(current, input);
    try {
      if (!(await this.catalog.replaceProduct(next, expectedVersion))) throw this.changedMeanwhile(current);
    } catch (error) {
      if (error instanceof ReferenceTakenError) throw referenceTaken(next.reference);
      throw error;
    }
    return next;
  }

  async setArchived(
    principal: Principal,
    productId: string,
    expectedVersion: number,
    archived: boolean,
  ): Promise<CatalogProduct> {
    assertPermission(principal, 'catalog.edit');
    const current = await this.getProduct(principal, productId);
    this.assertVersion(current, expectedVersion);
    const next: CatalogProduct = {
      ...current,
      status: archived ? 'archived' : 'active',
      version: current.version + 1,
      updatedAt: new Date(),
    };
    if (!(await this.catalog.replaceProduct(next, expectedVersion))) throw this.changedMeanwhile(current);
    return next;
  }

  private assertVersion(product: { version: number; name: string }, expectedVersion: number): void {
    if (product.version !== expectedVersion) throw this.changedMeanwhile(product);
  }

  private changedMeanwhile(thing: { name?: string; number?: string }): DomainError {
    return DomainError.precondition(
      `${thing.name ?? thing.number ?? 'It'} was changed meanwhile: reload it and try again`,
      'catalog.changed_meanwhile',
    );
  }

  // --- orders -----------------------------------------------------------------------------------

  async placeOrder(
    principal: Principal,
    input: { lines: OrderLineInput[]; note: string; clientName: string; placedByName: string },
  ): Promise<CatalogOrder> {
    if (principal.kind !== 'client' || !principal.clientId)
      throw DomainError.forbidden('Orders are placed by client users', 'catalog.client_only');
    await this.assertCatalogReachable(principal);
    const products = await this.catalog.findProducts(principal.tenantId, [
      ...new Set(input.lines.map((line) => line.productId).filter(Boolean)),
    ]);
    const priced = priceOrder(
      input.lines,
      input.note,
      new Map(products.map((product) => [product.id, product])),
    );
    const now = new Date();
    const id = randomUUID();
    const year = now.getUTCFullYear();
    const sequence = await this.catalog.claimOrderNumber(principal.tenantId, id, year);
    const order: CatalogOrder = {
      id,
      tenantId: principal.tenantId,
      clientId: principal.clientId,
      clientName: input.clientName,
      number: orderNumber(year, sequence),
      year,
      sequence,
      status: 'new',
      ...priced,
      placedBy: principal.userId,
      placedByName: input.placedByName,
      placedAt: now,
      converted: null,
      cancelledAt: null,
      cancelReason: '',
      version: 1,
      updatedAt: now,
    };
    await this.catalog.insertOrder(
      order,
      this.outbox.entry({
        type: 'billing.order.placed',
        tenantId: order.tenantId,
        subject: order.id,
        data: {
          orderId: order.id,
          clientId: order.clientId,
          clientName: order.clientName,
          number: order.number,
          currency: order.currency,
          totalMinor: order.totalMinor,
          lineCount: order.lines.length,
          placedByName: order.placedByName,
          note: order.note,
          placedAt: now.toISOString(),
        },
      }),
    );
    return order;
  }

  async getOrder(principal: Principal, orderId: string): Promise<CatalogOrder> {
    await this.assertCatalogReachable(principal);
    const order = await this.catalog.findOrder(principal.tenantId, orderId);
    // Another client's order answers exactly like a missing one.
    if (!order || !canSeeClient(principal, order.clientId)) throw DomainError.notFound('Order', orderId);
    return order;
  }

  async listOrders(
    principal: Principal,
    request: { page: PageRequest; status: string; clientId: string },
  ): Promise<{ orders: CatalogOrder[]; page: { nextPageToken: string; totalSize: number } }> {
    await this.assertCatalogReachable(principal);
    if (request.status && !(ORDER_STATUSES as readonly string[]).includes(request.status))
      throw DomainError.invalid('Unknown order status', [
        { field: 'status', message: 'Status is new, converted or cancelled', code: 'invalid_value' },
      ]);
    // A client user lists their own client's orders, whatever they ask for.
    const clientId = principal.kind === 'client' ? (principal.clientId ?? '') : request.clientId;
    const page = CatalogRepository.orderOrder.read(request.page);
    const { orders, nextPageToken } = await this.catalog.listOrders(
      principal.tenantId,
      { clientId, status: request.status as OrderStatus | '' },
      page,
    );
    return { orders, page: pageInfo(nextPageToken) };
  }

  /**
   * Turns a new order into a draft quote, invoice or delivery note, once. The draft's id derives from
   * the order, so a second conversion (even a concurrent one) collides on the unique `_id` and is
   * refused; the order then records the document.
   */
  async convertOrder(
    principal: Principal,
    orderId: string,
    expectedVersion: number,
    kind: string,
  ): Promise<CatalogOrder> {
    assertPermission(principal, 'documents.edit');
    if (!(CONVERSION_KINDS as readonly string[]).includes(kind))
      throw DomainError.invalid('Choose what the order becomes', [
        {
          field: 'kind',
          message: 'An order becomes a quote, an invoice or a delivery note',
          code: kind ? 'invalid_value' : 'required',
        },
      ]);
    const order = await this.getOrder(principal, orderId);
    assertOrderIsNew(order);
    if (order.version !== expectedVersion) throw this.changedMeanwhile(order);
    const now = new Date();
    let draft = draftFromOrder(order, kind as ConversionKind, principal.userId, now);
    if (!(await this.documents.insert(draft))) {
      // The draft exists: a conversion that stopped before marking the order resumes with it.
      const existing = await this.documents.find(order.tenantId, draft.id);
      if (!existing || existing.source.id !== order.id)
        throw DomainError.precondition(
          `Order ${order.number} was already turned into a document`,
          'order.converted',
        );
      draft = existing;
    }
    const next: CatalogOrder = {
      ...order,
      status: 'converted',
      converted: { kind: draft.kind as ConversionKind, documentId: draft.id, at: now },
      version: order.version + 1,
      updatedAt: now,
    };
    if (!(await this.catalog.replaceOrder(next, expectedVersion))) {
      const latest = await this.catalog.findOrder(order.tenantId, order.id);
      // Cancelled meanwhile: the draft made for it goes. Converted by a concurrent call: refused.
      if (latest?.status !== 'converted')
        await this.documents.deleteDraft(draft.tenantId, draft.id, draft.version);
      if (latest) assertOrderIsNew(latest);
      throw this.changedMeanwhile(order);
    }
    return next;
  }

  async cancelOrder(
    principal: Principal,
    orderId: string,
    expectedVersion: number,
    reason: string,
  ): Promise<CatalogOrder> {
    assertPermission(principal, 'documents.edit');
    const trimmed = reason.trim();
    if (trimmed.length > MAX_NOTE_LENGTH)
      throw DomainError.invalid('The order was not cancelled', [
        { field: 'reason', message: `Reason is at most ${MAX_NOTE_LENGTH} characters`, code: 'too_long' },
      ]);
    const order = await this.getOrder(principal, orderId);
    assertOrderIsNew(order);
    if (order.version !== expectedVersion) throw this.changedMeanwhile(order);
    const now = new Date();
    const next: CatalogOrder = {
      ...order,
      status: 'cancelled',
      cancelledAt: now,
      cancelReason: trimmed,
      version: order.version + 1,
      updatedAt: now,
    };
    if (!(await this.catalog.replaceOrder(next, expectedVersion))) throw this.changedMeanwhile(order);
    return next;
  }
}
