import { createHash, randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import type { BillingDocument, DocumentKind, DocumentLine } from './document.js';
import { lineAmounts } from './document-rules.js';

/**
 * The tenant's catalog (products and services it sells) and the orders its client users place from
 * it. Prices and tax rates live here; an order copies them at the moment it is placed, so a later
 * price change never alters an order, and a caller never chooses its own price.
 */

export const PRODUCT_KINDS = ['product', 'service'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const PRODUCT_STATUSES = ['active', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

export const MAX_NAME_LENGTH = FIELD_LIMITS.billing.productName;
export const MAX_PRODUCT_DESCRIPTION_LENGTH = FIELD_LIMITS.billing.productDescription;
export const MAX_UNIT_LENGTH = FIELD_LIMITS.billing.lineUnit;
export const MAX_REFERENCE_LENGTH = FIELD_LIMITS.billing.productReference;
export const MAX_NOTE_LENGTH = FIELD_LIMITS.billing.orderNote;
export const MAX_ORDER_LINES = FIELD_LIMITS.billing.orderLines;
const MAX_TAX_RATE_BASIS_POINTS = 10_000;
/** A million units per line: far beyond any order placed by hand, small enough for safe totals. */
const MAX_QUANTITY_MILLI = 1_000_000_000;
const REFERENCE_FORMAT = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export interface CatalogProduct {
  id: string;
  tenantId: string;
  name: string;
  description: string;
  kind: ProductKind;
  unit: string;
  unitPriceMinor: number;
  currency: string;
  taxRateBasisPoints: number;
  /** SKU / reference, unique in the tenant (compared case-insensitively). */
  reference: string;
  status: ProductStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
}

export interface ProductInput {
  name: string;
  description: string;
  kind: string;
  unit: string;
  unitPriceMinor: number;
  currency: string;
  taxRateBasisPoints: number;
  reference: string;
}

let knownCurrencies: Set<string> | undefined;
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/** Every field checked at once; the refusal names each bad field with a machine code. */
export function validateProduct(input: ProductInput): Omit<ProductInput, 'kind'> & { kind: ProductKind } {
  const violations: FieldViolation[] = [];
  const name = input.name.trim();
  const description = input.description.trim();
  const unit = input.unit.trim();
  const currency = input.currency.trim().toUpperCase();
  const reference = input.reference.trim();
  if (!name) violations.push({ field: 'name', message: 'Name is required', code: 'required' });
  else if (name.length > MAX_NAME_LENGTH)
    violations.push({
      field: 'name',
      message: `Name is at most ${MAX_NAME_LENGTH} characters`,
      code: 'too_long',
    });
  if (description.length > MAX_PRODUCT_DESCRIPTION_LENGTH)
    violations.push({
      field: 'description',
      message: `Description is at most ${MAX_PRODUCT_DESCRIPTION_LENGTH} characters`,
      code: 'too_long',
    });
  if (!(PRODUCT_KINDS as readonly string[]).includes(input.kind))
    violations.push({
      field: 'kind',
      message: 'Kind must be product or service',
      code: input.kind ? 'invalid_value' : 'required',
    });
  if (unit.length > MAX_UNIT_LENGTH)
    violations.push({
      field: 'unit',
      message: `Unit is at most ${MAX_UNIT_LENGTH} characters`,
      code: 'too_long',
    });
  if (!Number.isSafeInteger(input.unitPriceMinor) || input.unitPriceMinor < 0)
    violations.push({ field: 'unitPriceMinor', message: 'Unit price cannot be negative', code: 'too_small' });
  else if (input.unitPriceMinor > 1_000_000_000_000)
    violations.push({ field: 'unitPriceMinor', message: 'Unit price is too large', code: 'too_big' });
  if (!currency) violations.push({ field: 'currency', message: 'Currency is required', code: 'required' });
  else if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency))
    violations.push({ field: 'currency', message: `Unknown currency ${currency}`, code: 'invalid_value' });
  if (
    !Number.isInteger(input.taxRateBasisPoints) ||
    input.taxRateBasisPoints < 0 ||
    input.taxRateBasisPoints > MAX_TAX_RATE_BASIS_POINTS
  )
    violations.push({
      field: 'taxRateBasisPoints',
      message: 'Tax rate must be between 0 and 100 %',
      code: input.taxRateBasisPoints < 0 ? 'too_small' : 'too_big',
    });
  if (!reference) violations.push({ field: 'reference', message: 'Reference is required', code: 'required' });
  else if (reference.length > MAX_REFERENCE_LENGTH)
    violations.push({
      field: 'reference',
      message: `Reference is at most ${MAX_REFERENCE_LENGTH} characters`,
      code: 'too_long',
    });
  else if (!REFERENCE_FORMAT.test(reference))
    violations.push({
      field: 'reference',
      message: 'Reference uses letters, digits, dots, dashes, slashes and underscores only',
      code: 'invalid_format',
    });
  if (violations.length > 0)
    throw DomainError.invalid('The product was not saved: check the highlighted fields', violations);
  return {
    name,
    description,
    kind: input.kind as ProductKind,
    unit,
    unitPriceMinor: input.unitPriceMinor,
    currency,
    taxRateBasisPoints: input.taxRateBasisPoints,
    reference,
  };
}

export function newProduct(
  input: ProductInput,
  tenantId: string,
  createdBy: string,
  now = new Date(),
): CatalogProduct {
  return {
    id: randomUUID(),
    tenantId,
    ...validateProduct(input),
    status: 'active',
    version: 1,
    createdAt: now,
    updatedAt: now,
    createdBy,
  };
}

export function editProduct(product: CatalogProduct, input: ProductInput, now = new Date()): CatalogProduct {
  return { ...product, ...validateProduct(input), version: product.version + 1, updatedAt: now };
}

/** The key that makes a reference unique in its tenant, whatever its case. */
export const referenceKey = (reference: string): string => reference.trim().toLowerCase();

// ---------------------------------------------------------------------------------------------------
// Orders

export const ORDER_STATUSES = ['new', 'converted', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const CONVERSION_KINDS = ['quote', 'invoice', 'delivery_note'] as const;
export type ConversionKind = (typeof CONVERSION_KINDS)[number] & DocumentKind;

export interface OrderLine {
  productId: string;
  name: string;
  unit: string;
  quantityMilli: number;
  unitPriceMinor: number;
  taxRateBasisPoints: number;
  totalMinor: number;
  taxMinor: number;
}

export interface CatalogOrder {
  id: string;
  tenantId: string;
  clientId: string;
  clientName: string;
  /** `ORD-<year>-<sequence>`. */
  number: string;
  year: number;
  sequence: number;
  status: OrderStatus;
  currency: string;
  lines: OrderLine[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  note: string;
  /** Internal: the client user's id. */
  placedBy: string;
  placedByName: string;
  placedAt: Date;
  converted: { kind: ConversionKind; documentId: string; at: Date } | null;
  cancelledAt: Date | null;
  cancelReason: string;
  version: number;
  updatedAt: Date;
}

export interface OrderLineInput {
  productId: string;
  quantityMilli: number;
}

export const orderNumber = (year: number, sequence: number): string =>
  `ORD-${year}-${String(sequence).padStart(4, '0')}`;

/**
 * Builds the order's lines from the catalog: the caller names products and quantities only. Every
 * product must be active and all of them priced in one currency (an order is one total).
 */
export function priceOrder(
  lines: OrderLineInput[],
  note: string,
  catalog: Map<string, CatalogProduct>,
): Pick<CatalogOrder, 'currency' | 'lines' | 'subtotalMinor' | 'taxMinor' | 'totalMinor' | 'note'> {
  const violations: FieldViolation[] = [];
  const trimmedNote = note.trim();
  if (lines.length === 0)
    violations.push({ field: 'lines', message: 'Choose at least one product', code: 'required' });
  if (lines.length > MAX_ORDER_LINES)
    violations.push({ field: 'lines', message: `At most ${MAX_ORDER_LINES} lines`, code: 'too_big' });
  if (trimmedNote.length > MAX_NOTE_LENGTH)
    violations.push({
      field: 'note',
      message: `Note is at most ${MAX_NOTE_LENGTH} characters`,
      code: 'too_long',
    });
  const priced: OrderLine[] = [];
  const currencies = new Set<string>();
  lines.forEach((line, index) => {
    const field = `lines[${index}]`;
    const product = catalog.get(line.productId);
    if (!product || product.status !== 'active')
      violations.push({
        field: `${field}.productId`,
        message: 'This product is not in the catalog',
        code: line.productId ? 'invalid_value' : 'required',
      });
    if (!Number.isSafeInteger(line.quantityMilli) || line.quantityMilli <= 0)
      violations.push({
        field: `${field}.quantityMilli`,
        message: 'Quantity must be greater than zero',
        code: 'too_small',
      });
    else if (line.quantityMilli > MAX_QUANTITY_MILLI)
      violations.push({ field: `${field}.quantityMilli`, message: 'Quantity is too large', code: 'too_big' });
    if (!product || product.status !== 'active') return;
    currencies.add(product.currency);
    const amounts = lineAmounts({ ...product, quantityMilli: Math.max(0, Math.trunc(line.quantityMilli)) });
    priced.push({
      productId: product.id,
      name: product.name,
      unit: product.unit,
      quantityMilli: line.quantityMilli,
      unitPriceMinor: product.unitPriceMinor,
      taxRateBasisPoints: product.taxRateBasisPoints,
      totalMinor: Number(amounts.totalMinor),
      taxMinor: Number(amounts.taxMinor),
    });
  });
  if (currencies.size > 1)
    violations.push({
      field: 'lines',
      message: 'An order holds products of one currency only; place one order per currency',
      code: 'invalid_value',
    });
  const subtotal = priced.reduce((sum, line) => sum + BigInt(line.totalMinor), 0n);
  const tax = priced.reduce((sum, line) => sum + BigInt(line.taxMinor), 0n);
  if (subtotal + tax > BigInt(Number.MAX_SAFE_INTEGER))
    violations.push({ field: 'lines', message: 'The order total is too large', code: 'too_big' });
  if (violations.length > 0)
    throw DomainError.invalid('The order was not placed: check the highlighted fields', violations);
  return {
    currency: [...currencies][0] ?? '',
    lines: priced,
    subtotalMinor: Number(subtotal),
    taxMinor: Number(tax),
    totalMinor: Number(subtotal + tax),
    note: trimmedNote,
  };
}

/**
 * The id of the draft an order turns into. Derived from the order, so two conversions racing insert
 * the same `_id` and the unique index lets exactly one of them win (FerretDB's conditional updates are
 * not atomic; its unique indexes are).
 */
export function conversionDocumentId(order: Pick<CatalogOrder, 'tenantId' | 'id'>): string {
  const hex = createHash('sha256').update(`order-conversion|${order.tenantId}|${order.id}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const EMPTY_PARTY = {
  name: '',
  legalName: '',
  address: { street: '', postalCode: '', city: '', country: '' },
  taxId: '',
  email: '',
  phone: '',
};

/** The draft a new order becomes: its lines (with product and unit), priced as ordered. */
export function draftFromOrder(
  order: CatalogOrder,
  kind: ConversionKind,
  createdBy: string,
  now = new Date(),
): BillingDocument {
  const lines: DocumentLine[] = order.lines.map((line) => {
    const amounts = lineAmounts(line);
    return {
      description: line.name,
      productId: line.productId,
      unit: line.unit,
      quantityMilli: line.quantityMilli,
      unitPriceMinor: line.unitPriceMinor,
      taxRateBasisPoints: line.taxRateBasisPoints,
      totalMinor: Number(amounts.totalMinor),
      taxMinor: Number(amounts.taxMinor),
    };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.totalMinor, 0);
  const tax = lines.reduce((sum, line) => sum + line.taxMinor, 0);
  return {
    id: conversionDocumentId(order),
    tenantId: order.tenantId,
    kind,
    status: 'draft',
    number: '',
    year: 0,
    sequence: 0,
    version: 1,
    revision: 0,
    clientId: order.clientId,
    clientName: order.clientName,
    seller: EMPTY_PARTY,
    buyer: { ...EMPTY_PARTY, name: order.clientName },
    language: 'en',
    currency: order.currency,
    lines,
    subtotalMinor: subtotal,
    taxMinor: tax,
    totalMinor: subtotal + tax,
    paidMinor: 0,
    creditedMinor: 0,
    issueDate: now.toISOString().slice(0, 10),
    dueDate: '',
    notes: '',
    terms: '',
    source: { kind: 'order', id: order.id },
    depositBasisPoints: 0,
    answer: null,
    createdAt: now,
    updatedAt: now,
    issuedAt: null,
    sentAt: null,
    viewedAt: null,
    paidAt: null,
    voidedAt: null,
    voidReason: '',
    createdBy,
  };
}

export function assertOrderIsNew(order: CatalogOrder): void {
  if (order.status === 'converted')
    throw DomainError.precondition(
      `Order ${order.number} was already turned into a ${order.converted?.kind ?? 'document'}`,
    );
  if (order.status === 'cancelled') throw DomainError.precondition(`Order ${order.number} was cancelled`);
}
