/**
 * The billing document: one aggregate for the five kinds a client receives (issue 9). The shape is
 * shared by every billing slice (documents, PDFs, acceptance, payments, subscriptions, catalog and
 * KPIs); the rules that move a document from one state to the next live beside it in the domain.
 */

export const DOCUMENT_KINDS = ['quote', 'proforma', 'invoice', 'credit_note', 'delivery_note'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Numbers are `<PREFIX>-<year>-<sequence>`, one gap-free sequence per tenant, kind and year. */
export const NUMBER_PREFIXES: Record<DocumentKind, string> = {
  quote: 'QUO',
  proforma: 'PRO',
  invoice: 'INV',
  credit_note: 'CRN',
  delivery_note: 'DEL',
};

/** `INV-2026-0042`. */
export function documentNumber(kind: DocumentKind, year: number, sequence: number): string {
  return `${NUMBER_PREFIXES[kind]}-${year}-${String(sequence).padStart(4, '0')}`;
}

/**
 * What is stored. `sent`, `viewed`, `partially_paid` and `overdue` are not stored: they are read from
 * `sentAt`, `viewedAt`, `paidMinor` and `dueDate` (see `displayStatus`), so no job has to flip them.
 */
export const STORED_STATUSES = ['draft', 'issued', 'accepted', 'rejected', 'paid', 'void'] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];

/** What a user sees, most telling first. */
export const DISPLAY_STATUSES = [
  'draft',
  'issued',
  'sent',
  'viewed',
  'accepted',
  'rejected',
  'partially_paid',
  'paid',
  'overdue',
  'void',
] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export const DOCUMENT_LANGUAGES = ['en', 'fr', 'es', 'pt'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

/**
 * One side of the document as printed: the agency (from the tenant's billing profile) or the client
 * (from the client's billing details). Copied onto the document when it is issued, so a later change of
 * either never alters an issued document.
 */
export interface PartySnapshot {
  /** The agency's trading name or the client's name. */
  name: string;
  legalName: string;
  address: PostalAddress;
  /** VAT or other tax identifier; empty when none. */
  taxId: string;
  email: string;
  phone: string;
}

export interface DocumentLine {
  description: string;
  /** The catalog product the line came from, or empty. */
  productId: string;
  /** "h", "day", "unit"…: printed after the quantity; empty for none. */
  unit: string;
  /** Thousandths of a unit (1500 = 1.5), so quantities stay integers. */
  quantityMilli: number;
  unitPriceMinor: number;
  /** Basis points: 2000 = 20 %. */
  taxRateBasisPoints: number;
  /** Before tax. */
  totalMinor: number;
  taxMinor: number;
}

/** The tamper-evident answer to a quote (see docs/billing.md). */
export interface QuoteAnswer {
  decision: 'accepted' | 'rejected';
  /** The evidence record's id: the public verification page's key. */
  acceptanceId: string;
  signerName: string;
  comment: string;
  answeredAt: Date;
  /** SHA-256 (hex) of the exact PDF bytes the client answered. */
  pdfSha256: string;
  /** The document's `revision` answered: issuing a changed revision voids the answer. */
  revision: number;
}

export interface BillingDocument {
  id: string;
  tenantId: string;
  kind: DocumentKind;
  status: StoredStatus;
  /** Empty while a draft: numbers are taken only when a document is issued. */
  number: string;
  /** The numbering year and sequence; 0 while a draft. */
  year: number;
  sequence: number;
  /** Optimistic concurrency: one more with every change; writers pass the version they read. */
  version: number;
  /** One more each time changed content is issued again (a revised quote); answers name theirs. */
  revision: number;
  clientId: string;
  clientName: string;
  /** Filled when issued (the profile and billing details at that moment); empty parts while a draft. */
  seller: PartySnapshot;
  buyer: PartySnapshot;
  /** The language the PDF and e-mails speak: the client's. */
  language: DocumentLanguage;
  currency: string;
  lines: DocumentLine[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  /** Invoices: what payments (less refunds) have covered so far. */
  paidMinor: number;
  /**
   * Invoices: the total of their issued credit notes (0 otherwise). Recomputed from those credit notes
   * whenever one is issued or voided, never incremented.
   */
  creditedMinor: number;
  /** YYYY-MM-DD; the day it was (or will be) issued. */
  issueDate: string;
  /** Invoices and proformas: payment due; quotes: valid until; else empty. */
  dueDate: string;
  /** Printed above the footer (client-visible). */
  notes: string;
  /** Payment terms / conditions printed on the document. */
  terms: string;
  /** Where it came from: the quote of an invoice, the invoice of a credit note, an order, a subscription. */
  source: { kind: 'quote' | 'invoice' | 'order' | 'subscription' | 'duplicate' | ''; id: string };
  /** A deposit invoice: the share of the quote it asks, in basis points (3000 = 30 %); 0 otherwise. */
  depositBasisPoints: number;
  answer: QuoteAnswer | null;
  createdAt: Date;
  updatedAt: Date;
  issuedAt: Date | null;
  sentAt: Date | null;
  /** The first time a client user opened it. */
  viewedAt: Date | null;
  paidAt: Date | null;
  voidedAt: Date | null;
  voidReason: string;
  /** Internal: the staff member who created it. Never sent to a client user. */
  createdBy: string;
}

/** What a user sees, on a given day (YYYY-MM-DD, UTC). */
export function displayStatus(document: BillingDocument, today: string): DisplayStatus {
  const { status } = document;
  if (status === 'draft' || status === 'void' || status === 'paid') return status;
  if (status === 'accepted' || status === 'rejected') return status;
  const payable = document.kind === 'invoice' || document.kind === 'proforma';
  if (payable && document.dueDate && document.dueDate < today && amountDueMinor(document) > 0)
    return 'overdue';
  if (payable && document.paidMinor > 0) return 'partially_paid';
  if (document.viewedAt) return 'viewed';
  if (document.sentAt) return 'sent';
  return 'issued';
}

/** What is still to pay on a document: its total less payments and issued credit notes (never below zero). */
export function amountDueMinor(
  document: Pick<BillingDocument, 'totalMinor' | 'paidMinor' | 'status'> & { creditedMinor?: number },
): number {
  if (document.status === 'void' || document.status === 'draft') return 0;
  return Math.max(0, document.totalMinor - document.paidMinor - (document.creditedMinor ?? 0));
}
