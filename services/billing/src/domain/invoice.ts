import { randomUUID } from 'node:crypto';
import { DomainError, type FieldViolation } from '@client-portal/kit';

export const INVOICE_STATUSES = ['issued', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const DEFAULT_CURRENCY = 'EUR';
export const DEFAULT_PAYMENT_TERM_DAYS = 30;
const MAX_DESCRIPTION_LENGTH = 500;
const MAX_TAX_RATE_BASIS_POINTS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface InvoiceLine {
  description: string;
  /** Thousandths of a unit (1500 = 1.5), so quantities stay integers. */
  quantityMilli: number;
  unitPriceMinor: number;
  /** 2000 = 20 %. */
  taxRateBasisPoints: number;
  /** Before tax. */
  totalMinor: number;
  taxMinor: number;
}

export interface Invoice {
  id: string;
  tenantId: string;
  /** As the agency's name stood when the invoice was issued: an issued invoice never changes. */
  tenantName: string;
  clientId: string;
  clientName: string;
  /** `INV-<year>-<sequence>`, unique per tenant. */
  number: string;
  year: number;
  sequence: number;
  currency: string;
  lines: InvoiceLine[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  status: InvoiceStatus;
  issuedAt: Date;
  /** A calendar day (YYYY-MM-DD), not an instant: payment terms are counted in days. */
  dueDate: string;
}

/** Everything but the number, which is allocated only once the input is known to be valid. */
export type InvoiceDraft = Omit<Invoice, 'number' | 'sequence'>;

export interface InvoiceLineInput {
  description: string;
  quantityMilli: number;
  unitPriceMinor: number;
  taxRateBasisPoints: number;
}

export interface NewInvoiceInput {
  clientId: string;
  clientName: string;
  tenantName: string;
  currency: string;
  /** YYYY-MM-DD, or empty for the default payment term. */
  dueDate: string;
  lines: InvoiceLineInput[];
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(text: string): boolean {
  const match = CALENDAR_DAY.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

let knownCurrencies: Set<string> | undefined;
function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/**
 * Half-up rounding of a non-negative ratio, in BigInt: quantity × price can exceed 2^53 before the
 * division, and floating point would then round a cent the wrong way.
 */
function roundedRatio(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** A line's amounts: total = round(quantity × unit price), tax = round(total × rate). */
export function lineAmounts(
  line: Pick<InvoiceLineInput, 'quantityMilli' | 'unitPriceMinor' | 'taxRateBasisPoints'>,
): {
  totalMinor: bigint;
  taxMinor: bigint;
} {
  const totalMinor = roundedRatio(BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor), 1000n);
  const taxMinor = roundedRatio(totalMinor * BigInt(line.taxRateBasisPoints), 10_000n);
  return { totalMinor, taxMinor };
}

function validateLine(
  input: InvoiceLineInput,
  field: string,
  violations: FieldViolation[],
): InvoiceLineInput {
  const description = input.description.trim();
  if (!description)
    violations.push({ field: `${field}.description`, message: 'Description is required', code: 'required' });
  if (description.length > MAX_DESCRIPTION_LENGTH)
    violations.push({
      field: `${field}.description`,
      message: `Description is at most ${MAX_DESCRIPTION_LENGTH} characters`,
      code: 'too_long',
    });
  if (!Number.isSafeInteger(input.quantityMilli) || input.quantityMilli <= 0)
    violations.push({
      field: `${field}.quantityMilli`,
      message: 'Quantity must be greater than zero',
      code: 'too_small',
    });
  if (!Number.isSafeInteger(input.unitPriceMinor) || input.unitPriceMinor < 0)
    violations.push({
      field: `${field}.unitPriceMinor`,
      message: 'Unit price cannot be negative',
      code: 'too_small',
    });
  if (
    !Number.isInteger(input.taxRateBasisPoints) ||
    input.taxRateBasisPoints < 0 ||
    input.taxRateBasisPoints > MAX_TAX_RATE_BASIS_POINTS
  )
    violations.push({
      field: `${field}.taxRateBasisPoints`,
      message: 'Tax rate must be between 0 % and 100 %',
      code: 'invalid_value',
    });
  return { ...input, description };
}

/** Validates an invoice and computes its amounts, or says every field that is wrong. */
export function draftInvoice(input: NewInvoiceInput, tenantId: string, now = new Date()): InvoiceDraft {
  const violations: FieldViolation[] = [];
  const clientId = input.clientId.trim();
  const clientName = input.clientName.trim();
  if (!clientId)
    violations.push({ field: 'clientId', message: 'Choose the client to invoice', code: 'required' });
  if (!clientName)
    violations.push({ field: 'clientName', message: 'Client name is required', code: 'required' });

  const currency = input.currency.trim().toUpperCase() || DEFAULT_CURRENCY;
  if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency))
    violations.push({
      field: 'currency',
      message: 'Currency must be a 3-letter ISO 4217 code such as EUR',
      code: 'invalid_value',
    });

  const today = dayOf(now);
  const dueDate = input.dueDate.trim() || dayOf(new Date(now.getTime() + DEFAULT_PAYMENT_TERM_DAYS * DAY_MS));
  if (!isCalendarDay(dueDate))
    violations.push({
      field: 'dueDate',
      message: 'Due date must be a date written YYYY-MM-DD',
      code: 'invalid_format',
    });
  else if (dueDate < today)
    violations.push({ field: 'dueDate', message: 'Due date cannot be in the past', code: 'in_the_past' });

  if (input.lines.length === 0)
    violations.push({ field: 'lines', message: 'Add at least one line', code: 'too_small' });
  const validated = input.lines.map((line, index) => validateLine(line, `lines[${index}]`, violations));
  if (violations.length > 0)
    throw DomainError.invalid('The invoice could not be issued: check the highlighted fields', violations);

  const computed = validated.map((line) => ({ line, ...lineAmounts(line) }));
  const subtotal = computed.reduce((sum, { totalMinor }) => sum + totalMinor, 0n);
  const tax = computed.reduce((sum, { taxMinor }) => sum + taxMinor, 0n);
  if (subtotal + tax > BigInt(Number.MAX_SAFE_INTEGER))
    throw DomainError.invalid('The invoice could not be issued: check the highlighted fields', [
      { field: 'lines', message: 'The invoice total is too large', code: 'too_big' },
    ]);

  return {
    id: randomUUID(),
    tenantId,
    tenantName: input.tenantName.trim(),
    clientId,
    clientName,
    year: now.getUTCFullYear(),
    currency,
    lines: computed.map(({ line, totalMinor, taxMinor }) => ({
      ...line,
      totalMinor: Number(totalMinor),
      taxMinor: Number(taxMinor),
    })),
    subtotalMinor: Number(subtotal),
    taxMinor: Number(tax),
    totalMinor: Number(subtotal + tax),
    status: 'issued',
    issuedAt: now,
    dueDate,
  };
}

/** `INV-2026-0001`: the year of issue and the tenant's sequence for that year. */
export function invoiceNumber(year: number, sequence: number): string {
  return `INV-${year}-${String(sequence).padStart(4, '0')}`;
}

export function numberInvoice(draft: InvoiceDraft, sequence: number): Invoice {
  return { ...draft, sequence, number: invoiceNumber(draft.year, sequence) };
}
