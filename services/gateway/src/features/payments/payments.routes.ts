import { z } from 'zod';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';
import { defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

/** Whole numbers as JSON numbers or decimal strings (int64 amounts may exceed 2^53). */
const integerText = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be a whole number')])
  .transform((value) => String(value));

const allocationInputSchema = named(
  'PaymentAllocationInput',
  z.object({
    documentId: z.string().meta({ description: 'The invoice (billing document) id' }),
    amountMinor: integerText
      .optional()
      .meta({ description: 'Minor units, more than zero; absent = everything due on that invoice' }),
  }),
);

/** Absent amount = the whole amount due (the gRPC message's `whole`). */
const toAllocationInputs = (allocations: { documentId: string; amountMinor?: string | undefined }[]) =>
  allocations.map((allocation) => ({
    documentId: allocation.documentId,
    amountMinor: allocation.amountMinor ?? '0',
    whole: allocation.amountMinor === undefined,
  }));

const allocationSchema = named(
  'PaymentAllocation',
  z.object({
    documentId: z.string(),
    number: z.string(),
    amountMinor: minorUnits,
    refundedMinor: minorUnits,
  }),
);

export const paymentSchema = named(
  'Payment',
  z.object({
    id: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    method: z.enum(['card', 'bank_transfer', 'cash', 'other']),
    currency: z.string(),
    amountMinor: minorUnits,
    refundedMinor: minorUnits,
    allocations: z.array(allocationSchema),
    paidAt: z.string(),
    reference: z.string(),
    stripePaymentIntentId: z.string(),
    refunds: z.array(
      named(
        'PaymentRefund',
        z.object({
          id: z.string(),
          amountMinor: minorUnits,
          reason: z.string(),
          refundedAt: z.string(),
          stripeRefundId: z.string(),
        }),
      ),
    ),
    recordedAt: z.string(),
  }),
);

export const cardPaymentSchema = named(
  'CardPayment',
  z.object({
    id: z.string(),
    status: z.enum(['pending', 'succeeded', 'failed']),
    currency: z.string(),
    amountMinor: minorUnits,
    allocations: z.array(allocationSchema),
    stripePaymentIntentId: z.string(),
    paymentId: z.string().meta({ description: 'The recorded payment, once the signed webhook arrived' }),
    failure: z.string(),
  }),
);

/** Payments: card checkouts (client users), Stripe's webhook, manual payments, refunds, history. */
export const paymentsRoutes = [
  defineRoute({
    method: 'post',
    path: '/payments/card',
    access: 'client',
    clientRight: 'pay',
    summary: 'Pay one or more of your invoices by card',
    description:
      "Creates and confirms a Stripe PaymentIntent for the invoices (one currency; an amount per invoice, at most what is due). The payment is recorded only when Stripe's signed payment_intent.succeeded webhook arrives.",
    tags: ['payments'],
    status: 201,
    body: named(
      'NewCardPayment',
      z.object({
        allocations: z
          .array(allocationInputSchema)
          .max(FIELD_LIMITS.billing.paymentAllocations)
          .min(1, 'Choose at least one invoice to pay'),
        paymentMethod: z.string().meta({
          description:
            'A Stripe PaymentMethod id (pm_…) from Stripe Elements; locally a test one (pm_card_visa)',
        }),
      }),
    ),
    response: cardPaymentSchema,
    handler: ({ body, caller, onBehalf }, { backends }) =>
      backends.payments.startCardPayment(
        {
          allocations: toAllocationInputs(body.allocations),
          paymentMethod: body.paymentMethod,
          payerName: caller.displayName,
          payerEmail: caller.email,
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/payments/card/:checkoutId',
    access: 'staff-or-client',
    clientRight: 'pay',
    summary: 'A card payment: pending until Stripe confirms it',
    tags: ['payments'],
    params: idParams('checkoutId'),
    response: cardPaymentSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.payments.getCardPayment(params, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/webhooks/stripe',
    access: 'anonymous',
    summary: "Stripe's webhook endpoint",
    description:
      'Public: Stripe POSTs events here. The raw body and its Stripe-Signature header go to billing, which verifies the signature with the endpoint secret (400 when missing or wrong: nothing is recorded) and records payment_intent.succeeded exactly once.',
    tags: ['payments'],
    // Kept as raw bytes (the signature covers them exactly); documented as the Event JSON Stripe sends.
    body: z.unknown().meta({ description: 'A Stripe Event object (JSON), verified byte for byte' }),
    response: named(
      'StripeWebhookReceipt',
      z.object({
        received: z.boolean(),
        outcome: z.string().meta({ description: 'recorded, duplicate, failed or ignored' }),
      }),
    ),
    handler: async ({ request }, { backends }) => {
      // The body was kept raw for this path (app.ts): the signature covers its exact bytes.
      const payload = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const signature = request.header('stripe-signature') ?? '';
      if (!signature)
        throw DomainError.invalid('The Stripe-Signature header is missing', [
          { field: 'Stripe-Signature', message: 'Missing', code: 'required' },
        ]);
      const answer = await backends.payments.receiveStripeWebhook({ payload, signature });
      return { received: true, outcome: answer.outcome };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/payments',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A client's payments, newest first",
    description: 'Staff need billing.view; a client user sees their own client only (another client: 404).',
    tags: ['payments'],
    params: idParams('clientId'),
    query: pageQuerySchema.extend({
      documentId: z.string().optional().meta({ description: 'Only the payments of this invoice' }),
    }),
    response: named('PaymentList', z.object({ payments: z.array(paymentSchema), page: pageInfoSchema })),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.payments.listPayments(
        { clientId: params.clientId, documentId: query.documentId ?? '', page: pageOf(query) },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/invoice-balances',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A client's issued invoices with what is paid and due on each",
    description:
      'What the pay dialogs choose from. Staff need billing.view; a client user sees their own only.',
    tags: ['payments'],
    params: idParams('clientId'),
    query: pageQuerySchema,
    response: named(
      'InvoiceBalanceList',
      z.object({
        invoices: z.array(
          named(
            'InvoiceBalance',
            z.object({
              id: z.string(),
              number: z.string(),
              currency: z.string(),
              totalMinor: minorUnits,
              paidMinor: minorUnits,
              dueMinor: minorUnits,
              issueDate: z.string(),
              dueDate: z.string(),
              status: z
                .string()
                .meta({ description: 'issued, sent, viewed, partially_paid, paid, overdue…' }),
              depositBasisPoints: z.number().int(),
            }),
          ),
        ),
        page: pageInfoSchema,
      }),
    ),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.payments.listInvoiceBalances({ clientId: params.clientId, page: pageOf(query) }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/payments',
    access: { permission: 'payments.record' },
    summary: 'Record a manual payment (bank transfer, cash, other)',
    tags: ['payments'],
    status: 201,
    params: idParams('clientId'),
    body: named(
      'NewManualPayment',
      z.object({
        method: z.string().meta({ description: 'bank_transfer, cash or other' }),
        paidOn: z.string().meta({ description: 'YYYY-MM-DD, not in the future' }),
        currency: z.string().default(''),
        reference: z.string().meta({ maxLength: FIELD_LIMITS.billing.paymentReference }).default(''),
        allocations: z
          .array(allocationInputSchema)
          .max(FIELD_LIMITS.billing.paymentAllocations)
          .min(1, 'Choose at least one invoice'),
      }),
    ),
    response: paymentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.payments.recordManualPayment(
        { ...body, clientId: params.clientId, allocations: toAllocationInputs(body.allocations) },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/payments/:paymentId/refunds',
    access: { permission: 'payments.refund' },
    summary: 'Refund all or part of a payment',
    description:
      'A card payment is refunded through Stripe; a manual one is recorded. Never more than was paid.',
    tags: ['payments'],
    status: 201,
    params: idParams('paymentId'),
    body: named(
      'NewRefund',
      z.object({
        amountMinor: integerText.optional().meta({ description: 'Absent = everything not yet refunded' }),
        reason: z.string().meta({ maxLength: FIELD_LIMITS.billing.refundReason }).default(''),
      }),
    ),
    response: paymentSchema,
    handler: ({ params, body, onBehalf }, { backends }) => {
      if (body.amountMinor !== undefined && BigInt(body.amountMinor) <= 0n)
        throw DomainError.invalid('The amount must be more than zero', [
          { field: 'amountMinor', message: 'The amount must be more than zero', code: 'too_small' },
        ]);
      return backends.payments.refundPayment(
        { paymentId: params.paymentId, amountMinor: body.amountMinor ?? '0', reason: body.reason },
        onBehalf,
      );
    },
  }),
];
