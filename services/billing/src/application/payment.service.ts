import { assertClientRight, assertSeesBilling } from './client-rights.js';
import { randomUUID } from 'node:crypto';
import {
  assertRecentAuthentication,
  assertPermission,
  canSeeClient,
  DomainError,
  pageInfo,
  type EventOutbox,
  type Logger,
  type OutboxEntry,
  type Principal,
} from '@client-portal/kit';
import type { ProducedBy } from '@client-portal/events';
import {
  amountDueMinor,
  DOCUMENT_LANGUAGES,
  type BillingDocument,
  type DocumentLanguage,
} from '../domain/document.js';
import {
  MANUAL_METHODS,
  MAX_REASON_LENGTH,
  MAX_REFERENCE_LENGTH,
  paidOn,
  planAllocations,
  planRefund,
  refundedMinor,
  settle,
  type Allocation,
  type AllocationRequest,
  type Payment,
  type PaymentMethod,
  type Refund,
} from '../domain/payment.js';
import { DocumentRepository } from '../store/document.repository.js';
import { PaymentRepository, type CardCheckout } from '../store/payment.repository.js';
import type { PartyDirectory, Recipient } from './parties.js';
import { updatedSinceOf } from './updated-since.js';
import type { IntentMetadata, StripePayments } from './stripe-payments.js';

const MAX_SETTLE_ATTEMPTS = 10;
const MAX_REFUND_ATTEMPTS = 10;
/** Tries of a manual payment whose invoices another payment was settling at the same moment. */
const MAX_PAYMENT_ATTEMPTS = 10;
/** A balance claim this old whose payment does not exist was left by a replica that died. */
const BALANCE_CLAIM_STALE_MS = 30_000;
const PAYMENT_METHOD_ID = /^pm_[A-Za-z0-9_]{1,100}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface PaymentWithRefunds {
  payment: Payment;
  refunds: Refund[];
}

const languageOf = (value: string): DocumentLanguage =>
  (DOCUMENT_LANGUAGES as readonly string[]).includes(value) ? (value as DocumentLanguage) : 'en';

/**
 * Payments use cases. A card payment is only ever RECORDED from a verified Stripe webhook; starting one
 * creates and confirms the PaymentIntent and nothing else. Every write that must happen once is claimed
 * by a unique `_id` (the Stripe event, the payment intent, the n-th refund of a payment).
 */
export class PaymentService {
  constructor(
    private readonly payments: PaymentRepository,
    private readonly documents: DocumentRepository,
    private readonly parties: PartyDirectory,
    private readonly stripe: StripePayments,
    private readonly outbox: EventOutbox<ProducedBy<'billing'>>,
    private readonly logger: Logger,
  ) {}

  // --- card payments -------------------------------------------------------------------------------

  async startCardPayment(
    principal: Principal,
    input: { allocations: AllocationRequest[]; paymentMethod: string; payerName: string; payerEmail: string },
  ): Promise<CardCheckout> {
    if (principal.kind !== 'client' || !principal.clientId)
      throw DomainError.forbidden('Only client users pay invoices by card', 'payments.client_only');
    assertClientRight(principal, 'pay');
    const clientId = principal.clientId;
    const paymentMethod = input.paymentMethod.trim();
    if (!PAYMENT_METHOD_ID.test(paymentMethod))
      throw DomainError.invalid('Enter a card', [
        {
          field: 'paymentMethod',
          message: 'A Stripe payment method (pm_…) is required',
          code: 'invalid_format',
        },
      ]);
    const found = await this.visibleDocuments(principal, input.allocations);
    const plan = planAllocations(input.allocations, found, clientId);
    // Paying: the tenant may ask for a recent sign-in (step-up), checked once the request is known valid.
    assertRecentAuthentication(principal, 'invoice.pay');
    const first = found.find((document) => document.id === plan.allocations[0]?.documentId);
    const checkout: CardCheckout = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      clientId,
      clientName: first?.clientName ?? '',
      userId: principal.userId,
      payer: { email: input.payerEmail, name: input.payerName, language: first?.language ?? 'en' },
      currency: plan.currency,
      amountMinor: plan.amountMinor,
      allocations: plan.allocations,
      stripePaymentIntentId: '',
      status: 'pending',
      paymentId: '',
      failure: '',
      createdAt: new Date(),
    };
    await this.payments.insertCheckout(checkout);
    const metadata: IntentMetadata = {
      tenant: checkout.tenantId,
      client: clientId,
      checkout: checkout.id,
      allocations: plan.allocations
        .map((a) => `${a.documentId}:${a.amountMinor}`)
        .join(',')
        .slice(0, 500),
    };
    let intent: Awaited<ReturnType<StripePayments['charge']>>;
    try {
      intent = await this.stripe.charge({
        checkoutId: checkout.id,
        amountMinor: plan.amountMinor,
        currency: plan.currency,
        paymentMethod,
        metadata,
        description: plan.allocations.map((a) => a.number).join(', '),
      });
    } catch (error) {
      const failure = error instanceof Error ? error.message : 'The card payment failed';
      await this.payments.updateCheckout(checkout.tenantId, checkout.id, { status: 'failed', failure });
      throw error;
    }
    await this.payments.updateCheckout(checkout.tenantId, checkout.id, { stripePaymentIntentId: intent.id });
    // Locally Stripe's servers are out of reach: billing sends the signed event Stripe would send, to the
    // gateway's public webhook URL, and the payment is recorded by the same path as in production.
    if (this.stripe.sendsLocalWebhooks) await this.stripe.sendSucceededWebhook(intent);
    return (await this.payments.findCheckout(checkout.tenantId, checkout.id)) ?? checkout;
  }

  async getCardPayment(principal: Principal, checkoutId: string): Promise<CardCheckout> {
    const checkout = await this.payments.findCheckout(principal.tenantId, checkoutId);
    if (!checkout || !canSeeClient(principal, checkout.clientId))
      throw DomainError.notFound('Card payment', checkoutId);
    if (principal.kind === 'staff') assertPermission(principal, 'billing.view');
    return checkout;
  }

  /**
   * A webhook delivery from Stripe (through the gateway). Verified first; then `payment_intent.succeeded`
   * records its payment exactly once however often it is delivered, to however many replicas:
   * 1. claim `stripe:<event id>` (tells a replay apart, for the answer);
   * 2. claim `pi:<intent id>` naming a new payment id, or read the id an earlier delivery claimed;
   * 3. insert the payment under that id with its event (a duplicate = already recorded);
   * 4. recompute each invoice's paid amount (idempotent; also finishes a delivery that crashed after 3).
   */
  async receiveWebhook(payload: Buffer, signature: string): Promise<{ outcome: string; paymentId: string }> {
    const event = await this.stripe.verify(payload, signature);
    const { intent } = event;
    const tenantId = intent.metadata.tenant ?? '';
    const checkoutId = intent.metadata.checkout ?? '';
    const checkout =
      tenantId && checkoutId ? await this.payments.findCheckout(tenantId, checkoutId) : undefined;
    if (!checkout || !event.type.startsWith('payment_intent.')) {
      this.logger.info({ event: event.id, type: event.type }, 'Stripe event ignored');
      return { outcome: 'ignored', paymentId: '' };
    }
    if (event.type === 'payment_intent.payment_failed') {
      if (checkout.status === 'pending')
        await this.payments.updateCheckout(tenantId, checkoutId, {
          status: 'failed',
          failure: 'The card was declined',
        });
      return { outcome: 'failed', paymentId: '' };
    }
    if (event.type !== 'payment_intent.succeeded') return { outcome: 'ignored', paymentId: '' };
    if (intent.amount !== checkout.amountMinor || intent.currency.toUpperCase() !== checkout.currency) {
      this.logger.error(
        { event: event.id, checkout: checkoutId },
        'Stripe event does not match its checkout',
      );
      return { outcome: 'ignored', paymentId: '' };
    }
    const firstDelivery = await this.payments.claim(`stripe:${event.id}`, tenantId, intent.id);
    const proposed = randomUUID();
    const paymentId = (await this.payments.claim(`pi:${intent.id}`, tenantId, proposed))
      ? proposed
      : ((await this.payments.claimed(`pi:${intent.id}`))?.targetId ?? proposed);
    const now = new Date();
    const payment: Payment = {
      id: paymentId,
      tenantId,
      clientId: checkout.clientId,
      clientName: checkout.clientName,
      method: 'card',
      currency: checkout.currency,
      amountMinor: checkout.amountMinor,
      allocations: checkout.allocations,
      paidAt: new Date(event.created * 1000),
      recordedAt: now,
      updatedAt: now,
      recordedBy: checkout.userId,
      reference: intent.id,
      stripePaymentIntentId: intent.id,
      stripeEventId: event.id,
    };
    const recipients: Recipient[] = checkout.payer.email
      ? [
          {
            email: checkout.payer.email,
            name: checkout.payer.name,
            language: languageOf(checkout.payer.language),
          },
        ]
      : [];
    const recorded = await this.record(payment, recipients);
    await this.payments.updateCheckout(tenantId, checkoutId, { status: 'succeeded', paymentId });
    return { outcome: recorded && firstDelivery ? 'recorded' : 'duplicate', paymentId };
  }

  // --- manual payments -----------------------------------------------------------------------------

  async recordManualPayment(
    principal: Principal,
    input: {
      clientId: string;
      method: string;
      paidOn: string;
      currency: string;
      reference: string;
      allocations: AllocationRequest[];
    },
  ): Promise<PaymentWithRefunds> {
    assertPermission(principal, 'payments.record');
    const violations = [];
    if (!(MANUAL_METHODS as readonly string[]).includes(input.method))
      violations.push({
        field: 'method',
        message: 'Choose bank transfer, cash or other',
        code: input.method ? 'invalid_value' : 'required',
      });
    const today = new Date().toISOString().slice(0, 10);
    const day = input.paidOn.trim();
    if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
      violations.push({
        field: 'paidOn',
        message: 'Enter the date as YYYY-MM-DD',
        code: day ? 'invalid_format' : 'required',
      });
    else if (day > today)
      violations.push({ field: 'paidOn', message: 'The date cannot be in the future', code: 'too_big' });
    if (input.reference.length > MAX_REFERENCE_LENGTH)
      violations.push({
        field: 'reference',
        message: `At most ${MAX_REFERENCE_LENGTH} characters`,
        code: 'too_long',
      });
    if (violations.length > 0) throw DomainError.invalid(violations[0]?.message ?? 'Not valid', violations);
    // Two payments of the same balance may arrive at once (two replicas, two people): each is planned
    // against the invoices as read, and claims those invoices' versions by insert before it is
    // recorded. The second one's claim collides: it reads the invoices again (now paid) and is planned,
    // or refused, against what is really left.
    for (let attempt = 1; attempt <= MAX_PAYMENT_ATTEMPTS; attempt++) {
      const found = await this.visibleDocuments(principal, input.allocations);
      const plan = planAllocations(input.allocations, found, input.clientId);
      if (input.currency && input.currency.toUpperCase() !== plan.currency)
        throw DomainError.invalid(`The invoices are in ${plan.currency}`, [
          { field: 'currency', message: `The invoices are in ${plan.currency}`, code: 'invalid_value' },
        ]);
      const first = found.find((document) => document.id === plan.allocations[0]?.documentId);
      const recordedAt = new Date();
      const payment: Payment = {
        id: randomUUID(),
        tenantId: principal.tenantId,
        clientId: input.clientId,
        clientName: first?.clientName ?? '',
        method: input.method as PaymentMethod,
        currency: plan.currency,
        amountMinor: plan.amountMinor,
        allocations: plan.allocations,
        paidAt: new Date(`${day}T12:00:00Z`),
        recordedAt: recordedAt,
        updatedAt: recordedAt,
        recordedBy: principal.userId,
        reference: input.reference.trim(),
        stripePaymentIntentId: '',
        stripeEventId: '',
      };
      if (!(await this.claimBalances(principal.tenantId, payment.id, found, plan.allocations))) {
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
        continue;
      }
      // A manual payment's receipt goes to the client's billing recipients (the client's billing details).
      const buyer = await this.parties.buyer(principal.tenantId, input.clientId, payment.clientName);
      await this.record(payment, buyer.recipients);
      return { payment, refunds: [] };
    }
    throw new DomainError(
      'FAILED_PRECONDITION',
      'These invoices were being paid by someone else meanwhile: check their balance and try again',
      [],
      'payment.changed_meanwhile',
    );
  }

  /**
   * Claims, by insert, the version of each invoice the payment was planned against
   * (`balance:<invoiceId>|<version>`): one payment per version of an invoice, since recording one
   * moves the invoice to its next version. False when another payment holds one of them (this call's
   * own claims are given back). A claim left by a replica that died before recording its payment is
   * freed after BALANCE_CLAIM_STALE_MS; one whose payment was recorded but not yet settled on the
   * invoice gets the invoice settled, so the next attempt plans against the new version.
   */
  private async claimBalances(
    tenantId: string,
    paymentId: string,
    documents: BillingDocument[],
    allocations: Allocation[],
  ): Promise<boolean> {
    const taken: string[] = [];
    for (const { documentId } of allocations) {
      const document = documents.find((candidate) => candidate.id === documentId);
      if (!document) continue;
      const name = `balance:${document.id}|${document.version}`;
      if (await this.payments.claim(name, tenantId, paymentId)) {
        taken.push(name);
        continue;
      }
      for (const mine of taken) await this.payments.release(mine);
      const holder = await this.payments.claimed(name);
      const recorded = holder ? await this.payments.find(tenantId, holder.targetId) : undefined;
      if (recorded)
        await this.settleInvoices(tenantId, recorded.clientId, recorded.allocations, recorded.paidAt);
      else if (holder && Date.now() - holder.claimedAt.getTime() > BALANCE_CLAIM_STALE_MS)
        await this.payments.release(name);
      return false;
    }
    return true;
  }

  // --- refunds -------------------------------------------------------------------------------------

  /**
   * Refunds all or part of a payment. The n-th refund of a payment is stored as `<paymentId>|<n>`, so
   * two concurrent refunds cannot both pass the "never more than paid" check: the second one's insert
   * collides, it re-reads and checks again. A card payment is refunded through Stripe first (its
   * idempotency key is the same `<paymentId>|<n>`), then recorded.
   */
  async refund(
    principal: Principal,
    input: { paymentId: string; amountMinor: number; reason: string },
  ): Promise<PaymentWithRefunds> {
    assertPermission(principal, 'payments.refund');
    const reason = input.reason.trim();
    if (reason.length > MAX_REASON_LENGTH)
      throw DomainError.invalid(`At most ${MAX_REASON_LENGTH} characters`, [
        { field: 'reason', message: `At most ${MAX_REASON_LENGTH} characters`, code: 'too_long' },
      ]);
    if (input.amountMinor < 0 || !Number.isSafeInteger(input.amountMinor))
      throw DomainError.invalid('The amount must be more than zero', [
        { field: 'amountMinor', message: 'The amount must be more than zero', code: 'too_small' },
      ]);
    const payment = await this.payments.find(principal.tenantId, input.paymentId);
    if (!payment) throw DomainError.notFound('Payment', input.paymentId);
    for (let attempt = 1; attempt <= MAX_REFUND_ATTEMPTS; attempt++) {
      const earlier = await this.payments.refundsOf(payment.tenantId, [payment.id]);
      const plan = planRefund(payment, earlier, input.amountMinor);
      const id = `${payment.id}|${earlier.length + 1}`;
      const stripeRefundId = payment.stripePaymentIntentId
        ? await this.stripe.refund({
            paymentIntentId: payment.stripePaymentIntentId,
            amountMinor: plan.amountMinor,
            idempotencyKey: `refund:${id}:${plan.amountMinor}`,
            metadata: { tenant: payment.tenantId, payment: payment.id, refund: id },
          })
        : '';
      const refund: Refund = {
        id,
        tenantId: payment.tenantId,
        clientId: payment.clientId,
        paymentId: payment.id,
        currency: payment.currency,
        amountMinor: plan.amountMinor,
        allocations: plan.allocations,
        reason,
        refundedAt: new Date(),
        refundedBy: principal.userId,
        stripeRefundId,
      };
      const event = this.outbox.entry({
        type: 'billing.payment.refunded',
        tenantId: payment.tenantId,
        subject: payment.id,
        data: {
          paymentId: payment.id,
          refundId: id,
          clientId: payment.clientId,
          currency: payment.currency,
          amountMinor: plan.amountMinor,
          reason,
          refundedAt: refund.refundedAt.toISOString(),
        },
      });
      if (await this.payments.insertRefund(refund, event)) {
        // The payment's refunded amount changed: its updatedAt moves, so a sync by updated_since sees it.
        await this.payments.touch(payment.tenantId, payment.id, refund.refundedAt);
        await this.settleInvoices(payment.tenantId, payment.clientId, plan.allocations, refund.refundedAt);
        return { payment: { ...payment, updatedAt: refund.refundedAt }, refunds: [...earlier, refund] };
      }
    }
    throw new DomainError('UNAVAILABLE', 'This payment is being refunded by someone else: try again');
  }

  // --- history -------------------------------------------------------------------------------------

  async list(
    principal: Principal,
    request: {
      clientId: string;
      documentId: string;
      page: { pageSize?: number; pageToken?: string } | null;
      updatedSince?: string;
      byUpdate?: boolean;
    },
  ): Promise<{ payments: PaymentWithRefunds[]; page: { nextPageToken: string; totalSize: number } }> {
    let clientId = request.clientId.trim();
    if (principal.kind === 'client') {
      clientId ||= principal.clientId ?? '';
      // Another client's history answers like a client that does not exist.
      if (!canSeeClient(principal, clientId)) throw DomainError.notFound('Client', clientId);
      assertSeesBilling(principal);
    } else assertPermission(principal, 'billing.view');
    const since = updatedSinceOf(request.updatedSince);
    if ((request.byUpdate || since) && !request.documentId) {
      // The sync order: staff may ask the whole tenant's payments (no client given).
      const page = PaymentRepository.updateOrder.read(request.page);
      const found = await this.payments.listByUpdate(principal.tenantId, { clientId, since }, page);
      return {
        payments: await this.withRefunds(principal.tenantId, found.payments),
        page: pageInfo(found.nextPageToken),
      };
    }
    if (!clientId)
      throw DomainError.invalid('Choose a client', [
        { field: 'clientId', message: 'Choose a client', code: 'required' },
      ]);
    let payments: Payment[];
    let nextPageToken = '';
    if (request.documentId) {
      const document = await this.documents.find(principal.tenantId, request.documentId);
      if (!document || document.clientId !== clientId || !canSeeClient(principal, document.clientId))
        throw DomainError.notFound('Invoice', request.documentId);
      // One invoice's payments are few: all of them, newest first, on one page.
      payments = (await this.payments.ofClient(principal.tenantId, clientId)).payments
        .filter((payment) => payment.allocations.some((a) => a.documentId === document.id))
        .sort(
          (a, b) =>
            b.paidAt.getTime() - a.paidAt.getTime() ||
            b.recordedAt.getTime() - a.recordedAt.getTime() ||
            (a.id < b.id ? 1 : -1),
        );
    } else {
      const page = PaymentRepository.listOrder.read(request.page);
      ({ payments, nextPageToken } = await this.payments.list(principal.tenantId, clientId, page));
    }
    return { payments: await this.withRefunds(principal.tenantId, payments), page: pageInfo(nextPageToken) };
  }

  private async withRefunds(tenantId: string, payments: Payment[]): Promise<PaymentWithRefunds[]> {
    const refunds = await this.payments.refundsOf(
      tenantId,
      payments.map((payment) => payment.id),
    );
    return payments.map((payment) => ({
      payment,
      refunds: refunds.filter((refund) => refund.paymentId === payment.id),
    }));
  }

  /** A client's issued invoices (drafts and void ones left out), newest first, with their balances. */
  async invoiceBalances(
    principal: Principal,
    request: { clientId: string; page: { pageSize?: number; pageToken?: string } | null },
  ): Promise<{ invoices: BillingDocument[]; page: { nextPageToken: string; totalSize: number } }> {
    let clientId = request.clientId.trim();
    if (principal.kind === 'client') {
      clientId ||= principal.clientId ?? '';
      if (!canSeeClient(principal, clientId)) throw DomainError.notFound('Client', clientId);
      // Balances are amounts of invoices: the same right as the invoices themselves (the matrix found
      // a client user without "billing" reading them).
      assertSeesBilling(principal);
    } else assertPermission(principal, 'billing.view');
    if (!clientId)
      throw DomainError.invalid('Choose a client', [
        { field: 'clientId', message: 'Choose a client', code: 'required' },
      ]);
    const page = DocumentRepository.listOrder.read(request.page);
    const { documents, nextPageToken } = await this.documents.list(
      principal.tenantId,
      { clientId, kind: 'invoice' },
      page,
    );
    return {
      invoices: documents.filter((document) => document.status !== 'draft' && document.status !== 'void'),
      page: pageInfo(nextPageToken),
    };
  }

  // --- shared --------------------------------------------------------------------------------------

  /** The documents named by the allocations that the caller may see (another client's are left out). */
  private async visibleDocuments(
    principal: Principal,
    requests: AllocationRequest[],
  ): Promise<BillingDocument[]> {
    const ids = [...new Set(requests.map((request) => request.documentId).filter(Boolean))];
    const found = await this.documents.findMany(principal.tenantId, ids);
    return found.filter((document) => canSeeClient(principal, document.clientId));
  }

  /** Inserts the payment with its event (false: it existed), then brings its invoices up to date. */
  private async record(payment: Payment, recipients: Recipient[]): Promise<boolean> {
    const documents = await this.documents.findMany(
      payment.tenantId,
      payment.allocations.map((a) => a.documentId),
    );
    const event = this.outbox.entry({
      type: 'billing.payment.recorded',
      tenantId: payment.tenantId,
      subject: payment.id,
      data: {
        paymentId: payment.id,
        clientId: payment.clientId,
        clientName: payment.clientName,
        tenantName: documents[0]?.seller.name ?? '',
        currency: payment.currency,
        amountMinor: payment.amountMinor,
        method: payment.method,
        allocations: payment.allocations.map((allocation) => {
          const document = documents.find((d) => d.id === allocation.documentId);
          const due = document ? amountDueMinor(document) : 0;
          return { ...allocation, remainingMinor: Math.max(0, due - allocation.amountMinor) };
        }),
        paidAt: payment.paidAt.toISOString(),
        receiptRecipients: recipients,
      },
    });
    const inserted = await this.payments.insert(payment, event);
    await this.settleInvoices(payment.tenantId, payment.clientId, payment.allocations, payment.paidAt);
    return inserted;
  }

  /**
   * Each invoice's paid amount recomputed from the payments and refunds (never incremented), written
   * with the document's version check and retried when someone changed it meanwhile.
   */
  private async settleInvoices(
    tenantId: string,
    clientId: string,
    allocations: Allocation[],
    at: Date,
  ): Promise<void> {
    for (const { documentId } of allocations) {
      for (let attempt = 1; ; attempt++) {
        const document = await this.documents.find(tenantId, documentId);
        if (!document) break;
        const { payments, refunds } = await this.payments.ofClient(tenantId, clientId);
        const next = settle(document, paidOn(documentId, payments, refunds), at);
        if (!next) break;
        const events: OutboxEntry[] = [];
        if (next.status === 'paid' && document.status !== 'paid')
          events.push(
            this.outbox.entry({
              type: 'billing.invoice.paid',
              tenantId,
              subject: document.id,
              data: {
                invoiceId: document.id,
                clientId: document.clientId,
                number: document.number,
                currency: document.currency,
                totalMinor: document.totalMinor,
                issuedAt: (document.issuedAt ?? document.createdAt).toISOString(),
                paidAt: at.toISOString(),
              },
            }),
          );
        if (await this.documents.replace(next, document.version, ...events)) {
          break;
        }
        if (attempt >= MAX_SETTLE_ATTEMPTS)
          throw new DomainError(
            'UNAVAILABLE',
            `Invoice ${document.number} is changing: its payment will show shortly`,
          );
      }
    }
  }
}

export { refundedMinor };
