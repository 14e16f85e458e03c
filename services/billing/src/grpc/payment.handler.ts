import { requirePrincipal } from '@client-portal/kit';
import type {
  HandlersOf,
  PaymentAllocationInput__Output,
  PaymentCheckoutView,
  PaymentView,
} from '@client-portal/contracts';
import type { PaymentService, PaymentWithRefunds } from '../application/payment.service.js';
import { amountDueMinor, displayStatus } from '../domain/document.js';
import { refundedMinor, type Allocation, type AllocationRequest } from '../domain/payment.js';
import type { CardCheckout } from '../store/payment.repository.js';

// Out-of-range int64 values become unsafe numbers here, which the domain refuses field by field.
const allocationRequest = (input: PaymentAllocationInput__Output): AllocationRequest => ({
  documentId: input.documentId.trim(),
  amountMinor: Number(input.amountMinor),
  whole: input.whole,
});

const allocationView = (allocation: Allocation, refunded = 0) => ({
  documentId: allocation.documentId,
  number: allocation.number,
  amountMinor: String(allocation.amountMinor),
  refundedMinor: String(refunded),
});

/** The payment as both sides see it; who recorded it (a staff id) stays inside billing. */
export function toPaymentView({ payment, refunds }: PaymentWithRefunds): PaymentView {
  const refundedOn = (documentId: string) =>
    refunds
      .flatMap((refund) => refund.allocations)
      .filter((allocation) => allocation.documentId === documentId)
      .reduce((sum, allocation) => sum + allocation.amountMinor, 0);
  return {
    id: payment.id,
    clientId: payment.clientId,
    clientName: payment.clientName,
    method: payment.method,
    currency: payment.currency,
    amountMinor: String(payment.amountMinor),
    refundedMinor: String(refundedMinor(refunds)),
    allocations: payment.allocations.map((a) => allocationView(a, refundedOn(a.documentId))),
    paidAt: payment.paidAt.toISOString(),
    reference: payment.reference,
    stripePaymentIntentId: payment.stripePaymentIntentId,
    refunds: refunds.map((refund) => ({
      id: refund.id,
      amountMinor: String(refund.amountMinor),
      reason: refund.reason,
      refundedAt: refund.refundedAt.toISOString(),
      stripeRefundId: refund.stripeRefundId,
    })),
    recordedAt: payment.recordedAt.toISOString(),
    updatedAt: payment.updatedAt.toISOString(),
  };
}

export function toCheckoutView(checkout: CardCheckout): PaymentCheckoutView {
  return {
    id: checkout.id,
    status: checkout.status,
    currency: checkout.currency,
    amountMinor: String(checkout.amountMinor),
    allocations: checkout.allocations.map((a) => allocationView(a)),
    stripePaymentIntentId: checkout.stripePaymentIntentId,
    paymentId: checkout.paymentId,
    failure: checkout.failure,
  };
}

export function paymentHandlers(payments: PaymentService): HandlersOf<'payments'> {
  return {
    StartCardPayment: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const checkout = await payments.startCardPayment(principal, {
        allocations: request.allocations.map(allocationRequest),
        paymentMethod: request.paymentMethod,
        payerName: request.payerName,
        payerEmail: request.payerEmail,
      });
      return toCheckoutView(checkout);
    },
    GetCardPayment: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toCheckoutView(await payments.getCardPayment(principal, request.checkoutId));
    },
    // No principal: Stripe calls the public webhook; the signature is the authentication.
    ReceiveStripeWebhook: async (request) =>
      payments.receiveWebhook(Buffer.from(request.payload), request.signature),
    RecordManualPayment: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toPaymentView(
        await payments.recordManualPayment(principal, {
          clientId: request.clientId.trim(),
          method: request.method,
          paidOn: request.paidOn,
          currency: request.currency,
          reference: request.reference,
          allocations: request.allocations.map(allocationRequest),
        }),
      );
    },
    RefundPayment: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toPaymentView(
        await payments.refund(principal, {
          paymentId: request.paymentId,
          amountMinor: Number(request.amountMinor),
          reason: request.reason,
        }),
      );
    },
    ListInvoiceBalances: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await payments.invoiceBalances(principal, request);
      const today = new Date().toISOString().slice(0, 10);
      return {
        invoices: result.invoices.map((document) => ({
          id: document.id,
          number: document.number,
          currency: document.currency,
          totalMinor: String(document.totalMinor),
          paidMinor: String(document.paidMinor),
          dueMinor: String(amountDueMinor(document)),
          issueDate: document.issueDate,
          dueDate: document.dueDate,
          status: displayStatus(document, today),
          depositBasisPoints: document.depositBasisPoints,
        })),
        page: result.page,
      };
    },
    ListPayments: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await payments.list(principal, request);
      return { payments: result.payments.map(toPaymentView), page: result.page };
    },
  };
}
