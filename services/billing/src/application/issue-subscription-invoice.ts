/**
 * Issues the invoice of one subscription period as a billing document: what DocumentService.issue
 * does for a draft (number claimed for the document id, parties frozen, the same issued events
 * through the document's outbox), for a document that never was a draft.
 */
import type { EventOutbox } from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import { issuedEvents } from './document-events.js';
import { documentNumber, type BillingDocument } from '../domain/document.js';
import { lineAmounts } from '../domain/document-rules.js';
import { addDays, dayOf, type Subscription } from '../domain/subscription.js';
import type { DocumentRepository } from '../store/document.repository.js';
import type { PartyDirectory } from './parties.js';

export interface SubscriptionInvoiceRequest {
  subscription: Subscription;
  /** Chosen when the period was claimed: whoever resumes an interrupted run issues this same id. */
  documentId: string;
  period: { start: string; end: string };
  now: Date;
}

export interface IssueDependencies {
  documents: DocumentRepository;
  outbox: EventOutbox<ProducedBy<'billing'>>;
  parties: PartyDirectory;
}

/**
 * The period's invoice, issued once: if the document already exists (an earlier attempt got that far)
 * it is returned as is; the number is the one the document id already holds, or the next free one.
 * The document `_id` is unique, so even two attempts racing here leave one invoice.
 */
export async function issueSubscriptionInvoice(
  dependencies: IssueDependencies,
  request: SubscriptionInvoiceRequest,
): Promise<BillingDocument> {
  const { documents, outbox, parties } = dependencies;
  const { subscription, documentId, period, now } = request;
  const existing = await documents.find(subscription.tenantId, documentId);
  if (existing) return existing;

  const issueDate = dayOf(now);
  const [seller, buyer] = await Promise.all([
    parties.seller(subscription.tenantId, subscription.tenantName),
    parties.buyer(subscription.tenantId, subscription.clientId, subscription.clientName),
  ]);
  const lines = subscription.lines.map((line) => {
    const { totalMinor, taxMinor } = lineAmounts(line);
    return {
      description: line.description,
      productId: '',
      unit: line.unit,
      quantityMilli: line.quantityMilli,
      unitPriceMinor: line.unitPriceMinor,
      taxRateBasisPoints: line.taxRateBasisPoints,
      totalMinor: Number(totalMinor),
      taxMinor: Number(taxMinor),
    };
  });
  const subtotalMinor = lines.reduce((sum, line) => sum + line.totalMinor, 0);
  const taxMinor = lines.reduce((sum, line) => sum + line.taxMinor, 0);
  const { year, sequence } = await documents.claimNumber(
    { id: documentId, tenantId: subscription.tenantId, kind: 'invoice' },
    now.getUTCFullYear(),
  );
  const periodNote = `Period ${period.start} – ${period.end}`;
  const document: BillingDocument = {
    id: documentId,
    tenantId: subscription.tenantId,
    kind: 'invoice',
    status: 'issued',
    number: documentNumber('invoice', year, sequence),
    year,
    sequence,
    version: 1,
    revision: 1,
    clientId: subscription.clientId,
    clientName: subscription.clientName,
    seller,
    buyer: buyer.party,
    language: buyer.language,
    currency: subscription.currency,
    lines,
    subtotalMinor,
    taxMinor,
    totalMinor: subtotalMinor + taxMinor,
    paidMinor: 0,
    creditedMinor: 0,
    issueDate,
    dueDate: addDays(issueDate, subscription.paymentTermDays),
    notes: subscription.notes ? `${periodNote}\n${subscription.notes}` : periodNote,
    terms: '',
    source: { kind: 'subscription', id: subscription.id },
    depositBasisPoints: 0,
    answer: null,
    createdAt: now,
    updatedAt: now,
    issuedAt: now,
    sentAt: null,
    viewedAt: null,
    paidAt: null,
    voidedAt: null,
    voidReason: '',
    createdBy: subscription.createdBy,
  };
  const inserted = await documents.insert(document, ...issuedEvents(outbox, document));
  if (inserted) return document;
  // Another attempt inserted it between our look-up and our insert: that one is the invoice.
  const winner = await documents.find(subscription.tenantId, documentId);
  if (!winner) throw new Error(`Document ${documentId} was neither inserted nor found`);
  return winner;
}
