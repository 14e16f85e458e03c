import { randomUUID } from 'node:crypto';
import {
  checkMaxItems,
  checkMaxLength,
  DomainError,
  FIELD_LIMITS,
  type FieldViolation,
} from '@client-portal/kit';
import {
  DOCUMENT_KINDS,
  DOCUMENT_LANGUAGES,
  documentNumber,
  type BillingDocument,
  type DocumentKind,
  type DocumentLanguage,
  type DocumentLine,
  type PartySnapshot,
} from './document.js';

/**
 * The rules that move a billing document from one state to the next (issue 9): drafts and their
 * amounts, issuing, duplicating, turning an accepted quote into invoices, credit notes, sending,
 * viewing and voiding. Pure functions: the service reads, calls one of these, and replaces.
 */

export const DEFAULT_CURRENCY = 'EUR';
export const DEFAULT_PAYMENT_TERM_DAYS = 30;
const MAX_DESCRIPTION_LENGTH = FIELD_LIMITS.billing.lineDescription;
const MAX_UNIT_LENGTH = FIELD_LIMITS.billing.lineUnit;
const MAX_TEXT_LENGTH = FIELD_LIMITS.billing.documentNotes;
export const MAX_LINES = FIELD_LIMITS.billing.documentLines;
const MAX_REASON_LENGTH = FIELD_LIMITS.billing.voidReason;
export const MAX_TAX_RATE_BASIS_POINTS = 10_000;
const FULL_BASIS_POINTS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

const EMPTY_PARTY: PartySnapshot = {
  name: '',
  legalName: '',
  address: { street: '', postalCode: '', city: '', country: '' },
  taxId: '',
  email: '',
  phone: '',
};

// ---------------------------------------------------------------------------------------------------
// Amounts (formerly domain/invoice.ts)
// ---------------------------------------------------------------------------------------------------

/**
 * Half-up rounding of a non-negative ratio, in BigInt: quantity × price can exceed 2^53 before the
 * division, and floating point would then round a cent the wrong way.
 */
function roundedRatio(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** A line's amounts: total = round(quantity × unit price), tax = round(total × rate). */
export function lineAmounts(
  line: Pick<DocumentLine, 'quantityMilli' | 'unitPriceMinor' | 'taxRateBasisPoints'>,
): {
  totalMinor: bigint;
  taxMinor: bigint;
} {
  const totalMinor = roundedRatio(BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor), 1000n);
  const taxMinor = roundedRatio(totalMinor * BigInt(line.taxRateBasisPoints), 10_000n);
  return { totalMinor, taxMinor };
}

/** `share` basis points of an amount, rounded half up (a deposit's share of a quote). */
export function shareOf(amountMinor: number, basisPoints: number): number {
  return Number(roundedRatio(BigInt(amountMinor) * BigInt(basisPoints), 10_000n));
}

/** Sums of a document's lines; refuses a total past what an int64-safe number holds. */
export function documentTotals(lines: readonly DocumentLine[]): {
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
} {
  const subtotal = lines.reduce((sum, line) => sum + BigInt(line.totalMinor), 0n);
  const tax = lines.reduce((sum, line) => sum + BigInt(line.taxMinor), 0n);
  if (subtotal + tax > BigInt(Number.MAX_SAFE_INTEGER))
    throw DomainError.invalid('Check the highlighted fields', [
      { field: 'lines', message: 'The document total is too large', code: 'too_big' },
    ]);
  return { subtotalMinor: Number(subtotal), taxMinor: Number(tax), totalMinor: Number(subtotal + tax) };
}

// ---------------------------------------------------------------------------------------------------
// Field checks
// ---------------------------------------------------------------------------------------------------

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDay(text: string): boolean {
  const match = CALENDAR_DAY.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

const addDays = (day: string, days: number): string =>
  dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

let knownCurrencies: Set<string> | undefined;
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

export const isDocumentKind = (value: string): value is DocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(value);

/** Whether a kind asks for a due date by default (payment due or valid until). */
const datedKind = (kind: DocumentKind): boolean =>
  kind === 'invoice' || kind === 'proforma' || kind === 'quote';

/**
 * The tenant's rules a draft must also follow: the tax rates it allows (from its billing profile).
 * An empty list allows any rate between 0 % and 100 %.
 */
export interface DraftPolicy {
  allowedTaxRates: readonly number[];
}

export const ANY_TAX_RATE: DraftPolicy = { allowedTaxRates: [] };

export interface LineInput {
  description: string;
  productId?: string;
  unit?: string;
  quantityMilli: number;
  unitPriceMinor: number;
  taxRateBasisPoints: number;
}

/** Everything of a draft a person edits. */
export interface DraftInput {
  clientId: string;
  clientName: string;
  kind: string;
  currency: string;
  language: string;
  lines: LineInput[];
  /** YYYY-MM-DD, or empty: the day it is issued. */
  issueDate: string;
  /** YYYY-MM-DD, or empty: 30 days after the issue date for invoices, proformas and quotes. */
  dueDate: string;
  notes: string;
  terms: string;
}

function validateLine(
  input: LineInput,
  field: string,
  policy: DraftPolicy,
  violations: FieldViolation[],
): DocumentLine {
  const description = input.description.trim();
  const unit = (input.unit ?? '').trim();
  if (!description)
    violations.push({ field: `${field}.description`, message: 'Description is required', code: 'required' });
  if (description.length > MAX_DESCRIPTION_LENGTH)
    violations.push({
      field: `${field}.description`,
      message: `Description is at most ${MAX_DESCRIPTION_LENGTH} characters`,
      code: 'too_long',
    });
  if (unit.length > MAX_UNIT_LENGTH)
    violations.push({
      field: `${field}.unit`,
      message: `Unit is at most ${MAX_UNIT_LENGTH} characters`,
      code: 'too_long',
    });
  const quantityOk = Number.isSafeInteger(input.quantityMilli) && input.quantityMilli > 0;
  if (!quantityOk)
    violations.push({
      field: `${field}.quantityMilli`,
      message: 'Quantity must be greater than zero',
      code: 'too_small',
    });
  const priceOk = Number.isSafeInteger(input.unitPriceMinor) && input.unitPriceMinor >= 0;
  if (!priceOk)
    violations.push({
      field: `${field}.unitPriceMinor`,
      message: 'Unit price cannot be negative',
      code: 'too_small',
    });
  const rate = input.taxRateBasisPoints;
  const rateOk = Number.isInteger(rate) && rate >= 0 && rate <= MAX_TAX_RATE_BASIS_POINTS;
  if (!rateOk)
    violations.push({
      field: `${field}.taxRateBasisPoints`,
      message: 'Tax rate must be between 0 % and 100 %',
      code: 'invalid_value',
    });
  else if (policy.allowedTaxRates.length > 0 && !policy.allowedTaxRates.includes(rate))
    violations.push({
      field: `${field}.taxRateBasisPoints`,
      message: `Unknown tax rate ${rate / 100} %: use one of the rates in the billing profile`,
      code: 'unknown_tax_rate',
    });
  const amounts =
    quantityOk && priceOk && rateOk
      ? lineAmounts({
          quantityMilli: input.quantityMilli,
          unitPriceMinor: input.unitPriceMinor,
          taxRateBasisPoints: rate,
        })
      : { totalMinor: 0n, taxMinor: 0n };
  return {
    description,
    productId: (input.productId ?? '').trim(),
    unit,
    quantityMilli: input.quantityMilli,
    unitPriceMinor: input.unitPriceMinor,
    taxRateBasisPoints: rate,
    totalMinor: Number(amounts.totalMinor),
    taxMinor: Number(amounts.taxMinor),
  };
}

/** The validated content of a draft, or every field that is wrong. */
type DraftContent = Pick<
  BillingDocument,
  | 'clientId'
  | 'clientName'
  | 'kind'
  | 'currency'
  | 'language'
  | 'lines'
  | 'issueDate'
  | 'dueDate'
  | 'notes'
  | 'terms'
  | 'subtotalMinor'
  | 'taxMinor'
  | 'totalMinor'
>;

export function validateDraft(input: DraftInput, policy: DraftPolicy = ANY_TAX_RATE): DraftContent {
  const violations: FieldViolation[] = [];
  const clientId = input.clientId.trim();
  const clientName = input.clientName.trim();
  if (!clientId) violations.push({ field: 'clientId', message: 'Choose the client', code: 'required' });
  if (!clientName)
    violations.push({ field: 'clientName', message: 'Client name is required', code: 'required' });
  const kind = input.kind.trim();
  if (!isDocumentKind(kind))
    violations.push({
      field: 'kind',
      message: `Kind must be one of ${DOCUMENT_KINDS.join(', ')}`,
      code: kind ? 'invalid_value' : 'required',
    });
  const currency = input.currency.trim().toUpperCase() || DEFAULT_CURRENCY;
  if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency))
    violations.push({
      field: 'currency',
      message: 'Unknown currency: use a 3-letter ISO 4217 code such as EUR',
      code: 'invalid_value',
    });
  const language = (input.language.trim().toLowerCase() || 'en') as DocumentLanguage;
  if (!DOCUMENT_LANGUAGES.includes(language))
    violations.push({
      field: 'language',
      message: `Language must be one of ${DOCUMENT_LANGUAGES.join(', ')}`,
      code: 'invalid_value',
    });
  const issueDate = input.issueDate.trim();
  if (issueDate && !isCalendarDay(issueDate))
    violations.push({
      field: 'issueDate',
      message: 'Issue date must be written YYYY-MM-DD',
      code: 'invalid_format',
    });
  const dueDate = input.dueDate.trim();
  if (dueDate && !isCalendarDay(dueDate))
    violations.push({
      field: 'dueDate',
      message: 'Due date must be written YYYY-MM-DD',
      code: 'invalid_format',
    });
  else if (dueDate && issueDate && isCalendarDay(issueDate) && dueDate < issueDate)
    violations.push({
      field: 'dueDate',
      message: 'Due date cannot be before the issue date',
      code: 'before_issue_date',
    });
  const notes = input.notes.trim();
  const terms = input.terms.trim();
  if (notes.length > MAX_TEXT_LENGTH)
    violations.push({
      field: 'notes',
      message: `Notes are at most ${MAX_TEXT_LENGTH} characters`,
      code: 'too_long',
    });
  if (terms.length > MAX_TEXT_LENGTH)
    violations.push({
      field: 'terms',
      message: `Terms are at most ${MAX_TEXT_LENGTH} characters`,
      code: 'too_long',
    });
  if (input.lines.length > MAX_LINES)
    violations.push({ field: 'lines', message: `At most ${MAX_LINES} lines`, code: 'too_big' });
  const lines = input.lines.map((line, index) => validateLine(line, `lines[${index}]`, policy, violations));
  if (violations.length > 0) throw DomainError.invalid('Check the highlighted fields', violations);
  return {
    clientId,
    clientName,
    kind: kind as DocumentKind,
    currency,
    language,
    lines,
    issueDate,
    dueDate,
    notes,
    terms,
    ...documentTotals(lines),
  };
}

// ---------------------------------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------------------------------

export function newDraft(
  input: DraftInput,
  tenantId: string,
  createdBy: string,
  policy: DraftPolicy = ANY_TAX_RATE,
  now = new Date(),
  source: BillingDocument['source'] = { kind: '', id: '' },
  depositBasisPoints = 0,
): BillingDocument {
  const content = validateDraft(input, policy);
  return {
    id: randomUUID(),
    tenantId,
    status: 'draft',
    number: '',
    year: 0,
    sequence: 0,
    version: 1,
    revision: 0,
    seller: EMPTY_PARTY,
    buyer: EMPTY_PARTY,
    paidMinor: 0,
    creditedMinor: 0,
    source,
    depositBasisPoints,
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
    ...content,
  };
}

/** Refuses any change to what is no longer a draft; the reason names the rule. */
export function assertDraft(document: BillingDocument, action: string): void {
  if (document.status !== 'draft')
    throw DomainError.precondition(
      `${document.number || 'This document'} is ${document.status}: only a draft can be ${action} (issue a credit note to correct an issued invoice)`,
      'document.not_draft',
    );
}

/** The draft with new content; the client and kind stay as created. */
export function updateDraft(
  document: BillingDocument,
  input: Omit<DraftInput, 'clientId' | 'clientName' | 'kind'>,
  policy: DraftPolicy = ANY_TAX_RATE,
  now = new Date(),
): BillingDocument {
  assertDraft(document, 'edited');
  const content = validateDraft(
    { ...input, clientId: document.clientId, clientName: document.clientName, kind: document.kind },
    policy,
  );
  return { ...document, ...content, version: document.version + 1, updatedAt: now };
}

/** What a draft must have before it can be issued, checked on the day it is issued. */
export function assertIssuable(document: BillingDocument, today: string): void {
  assertDraft(document, 'issued');
  const violations: FieldViolation[] = [];
  if (document.lines.length === 0)
    violations.push({ field: 'lines', message: 'Add at least one line before issuing', code: 'too_small' });
  const issueDate = document.issueDate || today;
  if (document.dueDate && document.dueDate < issueDate)
    violations.push({
      field: 'dueDate',
      message: 'Due date cannot be before the issue date',
      code: 'before_issue_date',
    });
  if (violations.length > 0) throw DomainError.invalid('The document cannot be issued yet', violations);
}

/** The year whose sequence numbers the document: the year of its issue date. */
export function numberingYear(document: BillingDocument, today: string): number {
  return Number((document.issueDate || today).slice(0, 4));
}

/**
 * The frozen document: numbered, both parties copied, one revision more. A draft that already held a
 * number (a quote being revised) keeps it: the repository hands back the claim it holds.
 */
export function issue(
  document: BillingDocument,
  parties: { seller: PartySnapshot; buyer: PartySnapshot; language?: DocumentLanguage },
  claim: { year: number; sequence: number },
  now = new Date(),
): BillingDocument {
  assertIssuable(document, dayOf(now));
  const issueDate = document.issueDate || dayOf(now);
  const dueDate =
    document.dueDate || (datedKind(document.kind) ? addDays(issueDate, DEFAULT_PAYMENT_TERM_DAYS) : '');
  return {
    ...document,
    status: 'issued',
    number: documentNumber(document.kind, claim.year, claim.sequence),
    year: claim.year,
    sequence: claim.sequence,
    seller: parties.seller,
    buyer: parties.buyer,
    issueDate,
    dueDate,
    revision: document.revision + 1,
    version: document.version + 1,
    issuedAt: now,
    updatedAt: now,
  };
}

/** A new draft with the same content, of the same kind or another (a proforma from a quote…). */
export function duplicate(
  document: BillingDocument,
  kind: string,
  createdBy: string,
  policy: DraftPolicy = ANY_TAX_RATE,
  now = new Date(),
): BillingDocument {
  return newDraft(
    {
      clientId: document.clientId,
      clientName: document.clientName,
      kind: kind || document.kind,
      currency: document.currency,
      language: document.language,
      lines: document.lines,
      issueDate: '',
      dueDate: '',
      notes: document.notes,
      terms: document.terms,
    },
    document.tenantId,
    createdBy,
    // The copied lines were valid when written; a rate the profile dropped since is caught here.
    policy,
    now,
    { kind: 'duplicate', id: document.id },
  );
}

// ---------------------------------------------------------------------------------------------------
// Accepted quote → invoices
// ---------------------------------------------------------------------------------------------------

export type Conversion =
  { mode: 'full' } | { mode: 'deposit'; depositBasisPoints: number } | { mode: 'balance' };

const live = (document: BillingDocument): boolean => document.status !== 'void';

/** The quote's pre-tax amounts per tax rate: deposits and balances keep the quote's tax mix. */
function subtotalsByRate(lines: readonly DocumentLine[]): Map<number, number> {
  const byRate = new Map<number, number>();
  for (const line of lines)
    byRate.set(line.taxRateBasisPoints, (byRate.get(line.taxRateBasisPoints) ?? 0) + line.totalMinor);
  return byRate;
}

const percent = (basisPoints: number): string =>
  `${(basisPoints / 100).toLocaleString('en', { maximumFractionDigits: 2 })} %`;

/**
 * The invoice draft an accepted quote turns into, given the invoices already made from it (any status;
 * void ones do not count). Full: the quote's lines, once. Deposit: one line per tax rate of the quote
 * ("Deposit 30 % of QUO-…"), all deposits together at most 100 %. Balance: what the deposits left.
 */
export function convertQuote(
  quote: BillingDocument,
  conversion: Conversion,
  fromQuote: readonly BillingDocument[],
  createdBy: string,
  now = new Date(),
): BillingDocument {
  if (quote.kind !== 'quote')
    throw DomainError.precondition(
      `${quote.number || 'This document'} is not a quote`,
      'document.not_a_quote',
    );
  if (quote.status !== 'accepted')
    throw DomainError.precondition(
      `${quote.number || 'This quote'} is ${quote.status}: only an accepted quote turns into an invoice`,
      'quote.not_accepted',
    );
  const invoices = fromQuote.filter((document) => document.kind === 'invoice' && live(document));
  const deposits = invoices.filter((invoice) => invoice.depositBasisPoints > 0);
  const full = invoices.filter((invoice) => invoice.depositBasisPoints === 0);
  if (full.length > 0)
    throw DomainError.precondition(
      `${quote.number} was already invoiced in full (or its balance was): void that invoice first`,
      'quote.already_invoiced',
    );
  const base = {
    clientId: quote.clientId,
    clientName: quote.clientName,
    kind: 'invoice',
    currency: quote.currency,
    language: quote.language,
    issueDate: '',
    dueDate: '',
    notes: quote.notes,
    terms: quote.terms,
  };
  const source = { kind: 'quote' as const, id: quote.id };
  if (conversion.mode === 'full') {
    if (deposits.length > 0)
      throw DomainError.precondition(
        `${quote.number} already has deposit invoices: invoice its balance instead`,
        'quote.has_deposits',
      );
    return newDraft({ ...base, lines: quote.lines }, quote.tenantId, createdBy, ANY_TAX_RATE, now, source);
  }
  const depositedBasisPoints = deposits.reduce((sum, invoice) => sum + invoice.depositBasisPoints, 0);
  if (conversion.mode === 'deposit') {
    const share = conversion.depositBasisPoints;
    if (!Number.isInteger(share) || share <= 0 || share >= FULL_BASIS_POINTS)
      throw DomainError.invalid('Check the deposit', [
        {
          field: 'depositBasisPoints',
          message: 'A deposit is more than 0 % and less than 100 %',
          code: 'invalid_value',
        },
      ]);
    if (depositedBasisPoints + share > FULL_BASIS_POINTS)
      throw DomainError.invalid('Check the deposit', [
        {
          field: 'depositBasisPoints',
          message: `Deposits already ask ${percent(depositedBasisPoints)} of ${quote.number}: at most ${percent(FULL_BASIS_POINTS - depositedBasisPoints)} is left`,
          code: 'too_big',
        },
      ]);
    const lines = [...subtotalsByRate(quote.lines)].map(([rate, subtotal]) => ({
      description: `Deposit ${percent(share)} of ${quote.number}`,
      unit: '',
      quantityMilli: 1000,
      unitPriceMinor: shareOf(subtotal, share),
      taxRateBasisPoints: rate,
    }));
    return newDraft({ ...base, lines }, quote.tenantId, createdBy, ANY_TAX_RATE, now, source, share);
  }
  if (deposits.length === 0)
    throw DomainError.precondition(
      `${quote.number} has no deposit invoice: invoice it in full instead`,
      'quote.no_deposits',
    );
  const depositedByRate = new Map<number, number>();
  for (const deposit of deposits)
    for (const line of deposit.lines)
      depositedByRate.set(
        line.taxRateBasisPoints,
        (depositedByRate.get(line.taxRateBasisPoints) ?? 0) + line.totalMinor,
      );
  const numbers = deposits.map((deposit) => deposit.number || 'draft').join(', ');
  const lines = [...subtotalsByRate(quote.lines)]
    .map(([rate, subtotal]) => ({
      description: `Balance of ${quote.number} (less deposits ${numbers})`,
      unit: '',
      quantityMilli: 1000,
      unitPriceMinor: subtotal - (depositedByRate.get(rate) ?? 0),
      taxRateBasisPoints: rate,
    }))
    .filter((line) => line.unitPriceMinor > 0);
  if (lines.length === 0)
    throw DomainError.precondition(
      `The deposits already cover all of ${quote.number}`,
      'quote.fully_deposited',
    );
  const balance = newDraft({ ...base, lines }, quote.tenantId, createdBy, ANY_TAX_RATE, now, source);
  // Tax is rounded per line, so deposits + balance could miss the quote's tax by a cent per deposit:
  // the balance takes exactly the quote's tax at each rate less what the deposits charged.
  const quoteTax = taxByRate(quote.lines);
  const depositTax = taxByRate(deposits.flatMap((deposit) => deposit.lines));
  const exactLines = balance.lines.map((line) => ({
    ...line,
    taxMinor: Math.max(
      0,
      (quoteTax.get(line.taxRateBasisPoints) ?? 0) - (depositTax.get(line.taxRateBasisPoints) ?? 0),
    ),
  }));
  return { ...balance, lines: exactLines, ...documentTotals(exactLines) };
}

function taxByRate(lines: readonly DocumentLine[]): Map<number, number> {
  const byRate = new Map<number, number>();
  for (const line of lines)
    byRate.set(line.taxRateBasisPoints, (byRate.get(line.taxRateBasisPoints) ?? 0) + line.taxMinor);
  return byRate;
}

// ---------------------------------------------------------------------------------------------------
// Credit notes
// ---------------------------------------------------------------------------------------------------

/** Whether an invoice can be credited at all. */
export function assertCreditable(invoice: BillingDocument): void {
  if (invoice.kind !== 'invoice')
    throw DomainError.precondition(
      'Only an invoice is corrected by a credit note',
      'credit_note.not_an_invoice',
    );
  if (invoice.status !== 'issued' && invoice.status !== 'paid')
    throw DomainError.precondition(
      `${invoice.number || 'This invoice'} is ${invoice.status}: only an issued invoice can be credited`,
      'credit_note.invoice_not_issued',
    );
}

/** What is left to credit on an invoice, given its credit notes (issued ones only count). */
export function creditableMinor(invoice: BillingDocument, creditNotes: readonly BillingDocument[]): number {
  return invoice.totalMinor - creditedTotal(creditNotes);
}

/** The sum of the issued (not void, not draft) credit notes: what `creditedMinor` holds. */
export function creditedTotal(creditNotes: readonly BillingDocument[]): number {
  return creditNotes
    .filter((note) => note.kind === 'credit_note' && note.status !== 'draft' && note.status !== 'void')
    .reduce((sum, note) => sum + note.totalMinor, 0);
}

/** Refuses a credit beyond what is left on the invoice. */
export function assertWithinCreditable(
  invoice: BillingDocument,
  creditNote: Pick<BillingDocument, 'totalMinor'>,
  creditNotes: readonly BillingDocument[],
): void {
  const left = creditableMinor(invoice, creditNotes);
  if (creditNote.totalMinor > left)
    throw DomainError.invalid(`A credit note cannot exceed what is left on ${invoice.number}`, [
      {
        field: 'lines',
        message: `At most ${left} (minor units) is left to credit on ${invoice.number}`,
        code: 'too_big',
      },
    ]);
}

/**
 * A credit note draft against an issued invoice: its lines (all of them when none are given), never
 * more than the invoice's total minus what issued credit notes already took.
 */
export function creditNoteFor(
  invoice: BillingDocument,
  lines: LineInput[],
  creditNotes: readonly BillingDocument[],
  createdBy: string,
  now = new Date(),
): BillingDocument {
  assertCreditable(invoice);
  const draft = newDraft(
    {
      clientId: invoice.clientId,
      clientName: invoice.clientName,
      kind: 'credit_note',
      currency: invoice.currency,
      language: invoice.language,
      lines: lines.length > 0 ? lines : invoice.lines,
      issueDate: '',
      dueDate: '',
      notes: `Credit note for ${invoice.number}`,
      terms: '',
    },
    invoice.tenantId,
    createdBy,
    ANY_TAX_RATE,
    now,
    { kind: 'invoice', id: invoice.id },
  );
  if (draft.lines.length === 0)
    throw DomainError.invalid('Check the highlighted fields', [
      { field: 'lines', message: 'Add at least one line', code: 'too_small' },
    ]);
  assertWithinCreditable(invoice, draft, creditNotes);
  return draft;
}

// ---------------------------------------------------------------------------------------------------
// Send, view, void
// ---------------------------------------------------------------------------------------------------

function assertIssuedNotVoid(document: BillingDocument, action: string): void {
  if (document.status === 'draft')
    throw DomainError.precondition(`A draft cannot be ${action}: issue it first`, 'document.draft');
  if (document.status === 'void')
    throw DomainError.precondition(`${document.number} is void: it cannot be ${action}`, 'document.void');
}

export function markSent(document: BillingDocument, now = new Date()): BillingDocument {
  assertIssuedNotVoid(document, 'sent');
  return { ...document, sentAt: now, version: document.version + 1, updatedAt: now };
}

/** The first opening by a client user, or undefined when it was already seen (or is a draft). */
export function markViewed(document: BillingDocument, now = new Date()): BillingDocument | undefined {
  if (document.status === 'draft' || document.viewedAt) return undefined;
  // updatedAt moves too: the status a partner syncs (`viewed`) changed.
  return { ...document, viewedAt: now, version: document.version + 1, updatedAt: now };
}

/** Voided: it keeps its number; an invoice with money on it is refunded or credited instead. */
export function voidDocument(document: BillingDocument, reason: string, now = new Date()): BillingDocument {
  const why = reason.trim();
  if (!why)
    throw DomainError.invalid('Say why the document is voided', [
      { field: 'reason', message: 'A reason is required', code: 'required' },
    ]);
  if (why.length > MAX_REASON_LENGTH)
    throw DomainError.invalid('Check the reason', [
      { field: 'reason', message: `At most ${MAX_REASON_LENGTH} characters`, code: 'too_long' },
    ]);
  assertIssuedNotVoid(document, 'voided');
  if (document.status === 'paid' || document.paidMinor > 0)
    throw DomainError.precondition(
      `${document.number} is paid or partly paid: refund or credit it instead of voiding it`,
      'document.paid',
    );
  return {
    ...document,
    status: 'void',
    voidedAt: now,
    voidReason: why,
    version: document.version + 1,
    updatedAt: now,
  };
}

/** The limits of a sending (how many recipients, how long a name or the covering message): each one named. */
export function checkSendInput(recipients: readonly { name: string }[], message: string): void {
  const violations: FieldViolation[] = [];
  checkMaxItems(violations, 'recipients', recipients, FIELD_LIMITS.billing.sendRecipients, 'recipients');
  recipients.forEach((recipient, index) => {
    checkMaxLength(
      violations,
      `recipients[${index}].name`,
      recipient.name.trim(),
      FIELD_LIMITS.billing.recipientName,
      'A name',
    );
  });
  checkMaxLength(violations, 'message', message.trim(), FIELD_LIMITS.billing.sendMessage, 'The message');
  if (violations.length > 0)
    throw DomainError.invalid('The document was not sent: check the highlighted fields', violations);
}
