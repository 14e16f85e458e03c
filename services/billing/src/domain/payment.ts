/**
 * Money received against invoices (issue 9): card payments confirmed by Stripe's signed webhook, and
 * manual ones staff record. A payment is never edited: refunds are rows of their own, and an invoice's
 * `paidMinor` is always recomputed from these rows (never incremented: see docs/ferretdb.md).
 */
import { DomainError, type FieldViolation, FIELD_LIMITS } from '@client-portal/kit';
import { amountDueMinor, type BillingDocument } from './document.js';

export const PAYMENT_METHODS = ['card', 'bank_transfer', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const MANUAL_METHODS = ['bank_transfer', 'cash', 'other'] as const;

/** At most this many invoices in one payment (a page of the portal's list). */
export const MAX_ALLOCATIONS = FIELD_LIMITS.billing.paymentAllocations;
export const MAX_REFERENCE_LENGTH = FIELD_LIMITS.billing.paymentReference;
export const MAX_REASON_LENGTH = FIELD_LIMITS.billing.refundReason;

export interface Allocation {
  documentId: string;
  number: string;
  amountMinor: number;
}

export interface Payment {
  id: string;
  tenantId: string;
  clientId: string;
  clientName: string;
  method: PaymentMethod;
  currency: string;
  amountMinor: number;
  allocations: Allocation[];
  /** When the money was received. */
  paidAt: Date;
  recordedAt: Date;
  /** When it last changed: recorded, then each refund (the partner API syncs payments by it). */
  updatedAt: Date;
  /** The staff member who recorded a manual payment, or the paying client user. Internal. */
  recordedBy: string;
  reference: string;
  /** Card payments: the PaymentIntent (pi_…) and the webhook event (evt_…) that recorded it. */
  stripePaymentIntentId: string;
  stripeEventId: string;
}

export interface Refund {
  /** `<paymentId>|<n>`: the n-th refund of the payment, claimed by inserting it (see PaymentService). */
  id: string;
  tenantId: string;
  clientId: string;
  paymentId: string;
  currency: string;
  amountMinor: number;
  /** Which invoices are due again, and by how much (taken from the payment's allocations). */
  allocations: Allocation[];
  reason: string;
  refundedAt: Date;
  refundedBy: string;
  stripeRefundId: string;
}

/** What a client asked to pay on one invoice: `whole` = everything due on it. */
export interface AllocationRequest {
  documentId: string;
  amountMinor: number;
  whole: boolean;
}

/**
 * Checks a request to pay invoices and answers the allocations with their amounts, or refuses the whole
 * request naming the field and rule. `documents` are those found for the ids the caller may see (a
 * missing one is another client's or does not exist: NOT_FOUND, the same answer for both).
 */
export function planAllocations(
  requests: AllocationRequest[],
  documents: BillingDocument[],
  clientId: string,
): { allocations: Allocation[]; currency: string; amountMinor: number } {
  if (requests.length === 0)
    throw DomainError.invalid('Choose at least one invoice to pay', [
      { field: 'allocations', message: 'Choose at least one invoice to pay', code: 'required' },
    ]);
  if (requests.length > MAX_ALLOCATIONS)
    throw DomainError.invalid(`At most ${MAX_ALLOCATIONS} invoices at once`, [
      { field: 'allocations', message: `At most ${MAX_ALLOCATIONS} invoices at once`, code: 'too_big' },
    ]);
  const byId = new Map(documents.map((document) => [document.id, document]));
  const violations: FieldViolation[] = [];
  const seen = new Set<string>();
  const allocations: Allocation[] = [];
  let currency = '';
  requests.forEach((request, index) => {
    const field = `allocations[${index}]`;
    if (!request.documentId) {
      violations.push({ field: `${field}.documentId`, message: 'Choose an invoice', code: 'required' });
      return;
    }
    const document = byId.get(request.documentId);
    if (!document || document.clientId !== clientId)
      throw DomainError.notFound('Invoice', request.documentId);
    if (seen.has(document.id)) {
      violations.push({
        field: `${field}.documentId`,
        message: `${document.number} is listed twice`,
        code: 'invalid_value',
      });
      return;
    }
    seen.add(document.id);
    if (document.kind !== 'invoice') {
      violations.push({
        field: `${field}.documentId`,
        message: `${document.number || 'This document'} is not an invoice: only invoices are paid`,
        code: 'invalid_value',
      });
      return;
    }
    if (document.status === 'draft' || document.status === 'void' || document.status === 'paid') {
      const why = { draft: 'is a draft', void: 'is void', paid: 'is already paid' }[document.status];
      violations.push({
        field: `${field}.documentId`,
        message: `${document.number || 'This invoice'} ${why}: it cannot be paid`,
        code: 'invalid_value',
      });
      return;
    }
    if (currency && document.currency !== currency) {
      violations.push({
        field: `${field}.documentId`,
        message: `${document.number} is in ${document.currency}, the others in ${currency}: pay one currency at a time`,
        code: 'invalid_value',
      });
      return;
    }
    currency ||= document.currency;
    const due = amountDueMinor(document);
    const amount = request.whole ? due : request.amountMinor;
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      violations.push({
        field: `${field}.amountMinor`,
        message: 'The amount must be more than zero',
        code: 'too_small',
      });
      return;
    }
    if (amount > due) {
      violations.push({
        field: `${field}.amountMinor`,
        message: `That is more than is due on ${document.number} (${due} ${document.currency} minor units)`,
        code: 'too_big',
      });
      return;
    }
    allocations.push({ documentId: document.id, number: document.number, amountMinor: amount });
  });
  if (violations.length > 0)
    throw DomainError.invalid(violations[0]?.message ?? 'The payment is not valid', violations);
  const amountMinor = allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
  return { allocations, currency, amountMinor };
}

/** What is still refundable on each allocation of a payment, after its earlier refunds. */
function refundableByDocument(payment: Payment, refunds: Refund[]): Map<string, number> {
  const left = new Map(payment.allocations.map((a) => [a.documentId, a.amountMinor]));
  for (const refund of refunds)
    for (const allocation of refund.allocations)
      left.set(allocation.documentId, (left.get(allocation.documentId) ?? 0) - allocation.amountMinor);
  return left;
}

export function refundedMinor(refunds: Refund[]): number {
  return refunds.reduce((sum, refund) => sum + refund.amountMinor, 0);
}

/**
 * Which invoices a refund of `amountMinor` makes due again: the payment's allocations from the last one
 * back (the invoice paid last is reopened first), each never below zero. `amountMinor` 0 = all left.
 */
export function planRefund(
  payment: Payment,
  earlier: Refund[],
  requested: number,
): { amountMinor: number; allocations: Allocation[] } {
  const left = payment.amountMinor - refundedMinor(earlier);
  if (left <= 0) throw DomainError.precondition('This payment has already been refunded in full');
  const amount = requested === 0 ? left : requested;
  if (!Number.isSafeInteger(amount) || amount < 0)
    throw DomainError.invalid('The amount must be more than zero', [
      { field: 'amountMinor', message: 'The amount must be more than zero', code: 'too_small' },
    ]);
  if (amount > left)
    throw DomainError.invalid(`At most ${left} can be refunded: the rest was refunded already`, [
      {
        field: 'amountMinor',
        message: `At most ${left} (minor units) can be refunded: more than was paid is never refunded`,
        code: 'too_big',
      },
    ]);
  const refundable = refundableByDocument(payment, earlier);
  const allocations: Allocation[] = [];
  let remaining = amount;
  for (const allocation of [...payment.allocations].reverse()) {
    if (remaining === 0) break;
    const take = Math.min(remaining, refundable.get(allocation.documentId) ?? 0);
    if (take <= 0) continue;
    allocations.push({ documentId: allocation.documentId, number: allocation.number, amountMinor: take });
    remaining -= take;
  }
  return { amountMinor: amount, allocations };
}

/** An invoice's paid amount from its source rows: allocations of payments less those of refunds. */
export function paidOn(documentId: string, payments: Payment[], refunds: Refund[]): number {
  let paid = 0;
  for (const payment of payments)
    for (const allocation of payment.allocations)
      if (allocation.documentId === documentId) paid += allocation.amountMinor;
  for (const refund of refunds)
    for (const allocation of refund.allocations)
      if (allocation.documentId === documentId) paid -= allocation.amountMinor;
  return Math.max(0, paid);
}

/**
 * The invoice after its payments changed, or undefined when nothing changes. Fully paid → `paid` (paidAt
 * set); a refund that leaves something due again → back to `issued` (partially paid is derived).
 */
export function settle(
  document: BillingDocument,
  paidMinor: number,
  at: Date,
  now = new Date(),
): BillingDocument | undefined {
  const full = paidMinor >= document.totalMinor;
  let status = document.status;
  let paidAt = document.paidAt;
  if (full && (status === 'issued' || status === 'accepted')) {
    status = 'paid';
    paidAt = at;
  } else if (!full && status === 'paid') {
    status = 'issued';
    paidAt = null;
  }
  if (status === document.status && paidMinor === document.paidMinor) return undefined;
  // `at` is when the money moved (a manual payment's day may be in the past); updatedAt is when the
  // document changed, which an incremental sync (updated_since) relies on.
  return { ...document, status, paidAt, paidMinor, version: document.version + 1, updatedAt: now };
}
