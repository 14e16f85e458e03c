import { DomainError, type FieldViolation } from '@client-portal/kit';
import type { PartnerApi, PaymentView__Output } from '@client-portal/contracts';
import { on } from '../../http/backends.js';
import { nextPageToken, readListOptions, requireField } from '../call.js';
import type { PartnerResource } from '../server.js';
import { integerOf, money, withPublicFields } from './billing-fields.js';

/** The methods of money received outside the portal (card payments come through Stripe only). */
const MANUAL_METHODS = ['bank_transfer', 'cash', 'other'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The public payment, field by field from billing's view. Left out: who recorded it, the Stripe ids and
 * the refunds' details (their reasons are the team's; the refunded amounts are on the payment and on
 * each allocation).
 */
export function toPartnerPayment(payment: PaymentView__Output): PartnerApi.Payment {
  const { currency } = payment;
  return {
    id: payment.id,
    clientId: payment.clientId,
    clientName: payment.clientName,
    method: payment.method,
    amount: money(payment.amountMinor, currency),
    refunded: money(payment.refundedMinor, currency),
    allocations: payment.allocations.map((allocation) => ({
      documentId: allocation.documentId,
      documentNumber: allocation.number,
      amountMinor: allocation.amountMinor,
      refundedMinor: allocation.refundedMinor,
    })),
    paidAt: payment.paidAt,
    reference: payment.reference,
    createdAt: payment.recordedAt,
    updatedAt: payment.updatedAt,
  };
}

/** paid_at as billing's day (UTC): RFC 3339 or YYYY-MM-DD; empty: today. */
function paidOnOf(value: string): string {
  const text = value.trim();
  if (!text) return new Date().toISOString().slice(0, 10);
  if (DAY.test(text)) return text;
  const parsed = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(parsed))
    throw DomainError.invalid('paid_at is not a date', [
      { field: 'paid_at', message: 'RFC 3339 or YYYY-MM-DD', code: 'invalid_format' },
    ]);
  return new Date(parsed).toISOString().slice(0, 10);
}

/** PaymentService of the partner API (proto/partner/v1/payments.proto) over billing's payments. */
export const paymentsResource: PartnerResource = {
  service: 'PaymentService',
  methods: (backends) => ({
    ListPayments: {
      scope: 'payments:read',
      handle: async (
        request: PartnerApi.ListPaymentsRequest__Output,
        call,
      ): Promise<PartnerApi.ListPaymentsResponse> => {
        const filters = { clientId: request.clientId.trim() };
        const window = readListOptions(request.options, 'ListPayments', filters);
        const internal = await withPublicFields(() =>
          backends.payments.listPayments(
            {
              clientId: filters.clientId,
              documentId: '',
              page: { pageSize: window.pageSize, pageToken: window.innerToken },
              updatedSince: window.updatedSince,
              byUpdate: true,
            },
            on(call.principal),
          ),
        );
        return {
          payments: internal.payments.map(toPartnerPayment),
          nextPageToken: nextPageToken(internal.page?.nextPageToken, 'ListPayments', filters, window),
        };
      },
    },
    RecordPayment: {
      scope: 'payments:write',
      write: true,
      handle: async (request: PartnerApi.RecordPaymentRequest__Output, call) => {
        const clientId = requireField(request.clientId, 'client_id');
        const violations: FieldViolation[] = [];
        const method = request.method.trim();
        if (!MANUAL_METHODS.includes(method))
          violations.push({
            field: 'method',
            message: 'must be bank_transfer, cash or other',
            code: method ? 'invalid_value' : 'required',
          });
        const amount = integerOf(request.amount?.amountMinor, 'amount.amount_minor');
        if (amount <= 0)
          violations.push({
            field: 'amount.amount_minor',
            message: 'must be more than zero',
            code: 'too_small',
          });
        if (request.allocations.length === 0)
          violations.push({ field: 'allocations', message: 'at least one invoice', code: 'required' });
        const allocations = request.allocations.map((allocation, index) => ({
          documentId: allocation.documentId.trim(),
          amountMinor: integerOf(allocation.amountMinor, `allocations[${index}].amount_minor`),
          whole: false,
        }));
        allocations.forEach((allocation, index) => {
          if (allocation.amountMinor <= 0)
            violations.push({
              field: `allocations[${index}].amount_minor`,
              message: 'must be more than zero',
              code: 'too_small',
            });
        });
        const allocated = allocations.reduce((sum, allocation) => sum + allocation.amountMinor, 0);
        if (amount > 0 && allocations.length > 0 && allocated !== amount)
          violations.push({
            field: 'amount.amount_minor',
            message: `must be the sum of the allocations (${allocated})`,
            code: 'invalid_value',
          });
        const paidOn = paidOnOf(request.paidAt);
        if (violations.length > 0) throw DomainError.invalid('The payment is not valid', violations);
        const recorded = await withPublicFields(
          () =>
            backends.payments.recordManualPayment(
              {
                clientId,
                method,
                paidOn,
                currency: (request.amount?.currency ?? '').trim(),
                reference: request.reference,
                allocations,
              },
              on(call.principal),
            ),
          { paid_on: 'paid_at', currency: 'amount.currency' },
        );
        return toPartnerPayment(recorded);
      },
    },
  }),
};
