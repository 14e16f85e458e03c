/**
 * The client KPIs (Holded's seven), per currency: amounts in euros and in dollars are never added.
 * They are computed from fact rows the KPI read model keeps, one per document, payment and refund,
 * each filled from billing's own events (see docs/billing-catalog.md for the exact formulas).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export type KpiFactKind = 'document' | 'payment' | 'refund';

/** One row per document, payment or refund of a client; fields a kind does not use stay empty. */
export interface KpiFact {
  /** `document|<id>`, `payment|<id>`, `refund|<id>`. */
  id: string;
  tenantId: string;
  clientId: string;
  fact: KpiFactKind;
  currency: string;
  /** Documents: quote, invoice, …; empty for payments and refunds. */
  documentKind: string;
  /** Documents: the total; payments and refunds: the amount. */
  amountMinor: number;
  lineCount: number;
  issuedAt: Date | null;
  /** Quotes: valid until (YYYY-MM-DD); invoices: due date; else empty. */
  dueDate: string;
  voidedAt: Date | null;
  /** Quotes: accepted or rejected, once answered. */
  answer: '' | 'accepted' | 'rejected';
  /** Invoices: when fully paid; payments: when received. */
  paidAt: Date | null;
  refundedAt: Date | null;
  /** Payments: what went to which invoice. */
  allocations: { documentId: string; amountMinor: number }[];
  /** Refunds: the payment refunded. */
  paymentId: string;
}

export interface CurrencyKpis {
  currency: string;
  salesReceivedThisYearMinor: number;
  pendingPaymentMinor: number;
  quotesAwaitingCount: number;
  quotesAwaitingMinor: number;
  averageInvoiceMinor: number;
  productsPerInvoiceHundredths: number;
  /** -1 when no invoice of this currency was paid. */
  averageDaysToPayTenths: number;
  invoicesThisYear: number;
}

export interface ClientKpis {
  tenantId: string;
  clientId: string;
  year: number;
  /** The UTC day the figures hold for ("this year", expired quotes). */
  day: string;
  currencies: CurrencyKpis[];
  computedAt: Date;
}

/** Half-up rounding of a non-negative ratio of integers. */
const roundedRatio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 0 : Math.floor((numerator * 2 + denominator) / (denominator * 2));

const inYear = (instant: Date | null, year: number): boolean =>
  !!instant && instant.getUTCFullYear() === year;

/**
 * What payments less refunds have put on each invoice. A refund names its payment, not invoices: it is
 * taken back from that payment's allocations, last allocation first (the order they were paid in).
 */
function paidByInvoice(facts: KpiFact[]): Map<string, number> {
  const remaining = new Map<string, { documentId: string; amountMinor: number }[]>();
  for (const fact of facts)
    if (fact.fact === 'payment')
      remaining.set(
        fact.id.slice('payment|'.length),
        fact.allocations.map((allocation) => ({ ...allocation })),
      );
  for (const refund of facts) {
    if (refund.fact !== 'refund') continue;
    const allocations = remaining.get(refund.paymentId);
    if (!allocations) continue;
    let left = refund.amountMinor;
    for (const allocation of [...allocations].reverse()) {
      if (left <= 0) break;
      const taken = Math.min(allocation.amountMinor, left);
      allocation.amountMinor -= taken;
      left -= taken;
    }
  }
  const paid = new Map<string, number>();
  for (const allocations of remaining.values())
    for (const { documentId, amountMinor } of allocations)
      paid.set(documentId, (paid.get(documentId) ?? 0) + amountMinor);
  return paid;
}

/** The client's KPIs on `now`, from all of its fact rows. */
export function computeKpis(
  tenantId: string,
  clientId: string,
  facts: KpiFact[],
  now = new Date(),
): ClientKpis {
  const year = now.getUTCFullYear();
  const today = now.toISOString().slice(0, 10);
  const paid = paidByInvoice(facts);
  const currencies = [...new Set(facts.map((fact) => fact.currency).filter(Boolean))].sort();
  return {
    tenantId,
    clientId,
    year,
    day: today,
    computedAt: now,
    currencies: currencies.map((currency) => {
      const mine = facts.filter((fact) => fact.currency === currency);
      const issued = mine.filter((fact) => fact.fact === 'document' && fact.issuedAt);
      const invoices = issued.filter((fact) => fact.documentKind === 'invoice' && !fact.voidedAt);
      const invoicesThisYear = invoices.filter((fact) => inYear(fact.issuedAt, year));
      const quotesAwaiting = issued.filter(
        (fact) =>
          fact.documentKind === 'quote' &&
          !fact.voidedAt &&
          !fact.answer &&
          (!fact.dueDate || fact.dueDate >= today),
      );
      const daysToPay = invoices.flatMap((fact) =>
        fact.paidAt && fact.issuedAt ? [Math.max(0, fact.paidAt.getTime() - fact.issuedAt.getTime())] : [],
      );
      const received = mine
        .filter((fact) => fact.fact === 'payment' && inYear(fact.paidAt, year))
        .reduce((sum, fact) => sum + fact.amountMinor, 0);
      const refunded = mine
        .filter((fact) => fact.fact === 'refund' && inYear(fact.refundedAt, year))
        .reduce((sum, fact) => sum + fact.amountMinor, 0);
      const daysToPayMs = daysToPay.reduce((sum, milliseconds) => sum + milliseconds, 0);
      return {
        currency,
        salesReceivedThisYearMinor: received - refunded,
        pendingPaymentMinor: invoices.reduce((sum, fact) => {
          if (fact.paidAt) return sum;
          const documentId = fact.id.slice('document|'.length);
          return sum + Math.max(0, fact.amountMinor - (paid.get(documentId) ?? 0));
        }, 0),
        quotesAwaitingCount: quotesAwaiting.length,
        quotesAwaitingMinor: quotesAwaiting.reduce((sum, fact) => sum + fact.amountMinor, 0),
        averageInvoiceMinor: roundedRatio(
          invoicesThisYear.reduce((sum, fact) => sum + fact.amountMinor, 0),
          invoicesThisYear.length,
        ),
        productsPerInvoiceHundredths: roundedRatio(
          invoicesThisYear.reduce((sum, fact) => sum + fact.lineCount, 0) * 100,
          invoicesThisYear.length,
        ),
        averageDaysToPayTenths:
          daysToPay.length === 0 ? -1 : roundedRatio(daysToPayMs * 10, daysToPay.length * DAY_MS),
        invoicesThisYear: invoicesThisYear.length,
      };
    }),
  };
}
