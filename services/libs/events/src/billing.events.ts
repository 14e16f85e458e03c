import { z } from 'zod';
import { defineEvent, fields } from './define.js';
import { languageSchema } from './identity.events.js';

export const invoiceStatusSchema = z.enum(['issued', 'paid', 'void']);

export const invoiceIssuedV1 = defineEvent({
  type: 'billing.invoice.issued',
  version: 1,
  producer: 'billing',
  subject: 'invoice id',
  description: 'An invoice was numbered and issued to a client.',
  consumers: [
    'portal (shared documents)',
    'crm (client value, last activity; timeline, metrics, dashboard)',
    'gateway (live updates)',
  ],
  schema: z.object({
    invoiceId: fields.id(),
    clientId: fields.id(),
    clientName: z.string(),
    number: z.string().min(1),
    currency: fields.currency(),
    totalMinor: fields.amountMinor(),
    status: invoiceStatusSchema,
    issuedAt: fields.instant(),
    dueDate: fields.day(),
  }),
  example: {
    invoiceId: '7a6b5c4d-3e2f-4a1b-8c0d-9e8f7a6b5c4d',
    clientId: 'c0ffee00-1111-4222-8333-444455556666',
    clientName: 'Globex',
    number: 'INV-2026-0001',
    currency: 'EUR',
    totalMinor: 324000,
    status: 'issued',
    issuedAt: '2026-11-29T10:15:00.000Z',
    dueDate: '2026-12-29',
  },
});

/** The five kinds of billing document (issue 9). */
export const documentKindSchema = z.enum(['quote', 'proforma', 'invoice', 'credit_note', 'delivery_note']);

/** Someone an e-mail about a document goes to, in their language. */
const recipient = z.object({ email: fields.email(), name: z.string(), language: languageSchema });

const CLIENT_ID = 'c0ffee00-1111-4222-8333-444455556666';
const DOCUMENT_ID = '7a6b5c4d-3e2f-4a1b-8c0d-9e8f7a6b5c4d';

export const documentIssuedV1 = defineEvent({
  type: 'billing.document.issued',
  version: 1,
  producer: 'billing',
  subject: 'document id',
  description:
    'A draft of any kind (quote, proforma, invoice, credit note, delivery note) was numbered and frozen. Invoices also publish billing.invoice.issued.',
  consumers: ['billing (client KPIs)', 'gateway (live updates)'],
  schema: z.object({
    documentId: fields.id(),
    kind: documentKindSchema,
    clientId: fields.id(),
    clientName: z.string(),
    number: z.string().min(1),
    currency: fields.currency(),
    totalMinor: fields.amountMinor(),
    lineCount: z.number().int().nonnegative(),
    issuedAt: fields.instant(),
    /** Invoices and proformas: when payment is due; quotes: until when they stand; else empty. */
    dueDate: fields.day().or(z.literal('')),
    /** The document this one came from (the quote of an invoice, the invoice of a credit note), or empty. */
    sourceDocumentId: z.string(),
  }),
  example: {
    documentId: DOCUMENT_ID,
    kind: 'quote',
    clientId: CLIENT_ID,
    clientName: 'Globex',
    number: 'QUO-2026-0007',
    currency: 'EUR',
    totalMinor: 324000,
    lineCount: 3,
    issuedAt: '2026-11-29T10:15:00.000Z',
    dueDate: '2026-12-29',
    sourceDocumentId: '',
  },
});

export const documentSentV1 = defineEvent({
  type: 'billing.document.sent',
  version: 1,
  producer: 'billing',
  subject: 'document id',
  description:
    'Staff sent an issued document to the client: the recipients get it by e-mail with a portal link.',
  consumers: ['notification (e-mails the client)', 'gateway (live updates)'],
  schema: z.object({
    documentId: fields.id(),
    kind: documentKindSchema,
    clientId: fields.id(),
    tenantName: z.string(),
    number: z.string().min(1),
    currency: fields.currency(),
    totalMinor: fields.amountMinor(),
    dueDate: fields.day().or(z.literal('')),
    recipients: z.array(recipient),
    message: z.string(),
    sentAt: fields.instant(),
  }),
  example: {
    documentId: DOCUMENT_ID,
    kind: 'invoice',
    clientId: CLIENT_ID,
    tenantName: 'Acme Agency',
    number: 'INV-2026-0042',
    currency: 'EUR',
    totalMinor: 324000,
    dueDate: '2026-12-29',
    recipients: [{ email: 'dana@globex.test', name: 'Dana Scully', language: 'en' }],
    message: 'Here is the invoice for November.',
    sentAt: '2026-11-29T10:20:00.000Z',
  },
});

export const documentViewedV1 = defineEvent({
  type: 'billing.document.viewed',
  version: 1,
  producer: 'billing',
  subject: 'document id',
  description: 'A client user opened an issued document for the first time.',
  consumers: ['gateway (live updates)'],
  schema: z.object({
    documentId: fields.id(),
    kind: documentKindSchema,
    clientId: fields.id(),
    number: z.string().min(1),
    viewerName: z.string(),
    viewedAt: fields.instant(),
  }),
  example: {
    documentId: DOCUMENT_ID,
    kind: 'invoice',
    clientId: CLIENT_ID,
    number: 'INV-2026-0042',
    viewerName: 'Dana Scully',
    viewedAt: '2026-11-29T11:00:00.000Z',
  },
});

export const documentVoidedV1 = defineEvent({
  type: 'billing.document.voided',
  version: 1,
  producer: 'billing',
  subject: 'document id',
  description: 'An issued document was voided (it keeps its number; nothing is due on it any more).',
  consumers: ['billing (client KPIs)', 'gateway (live updates)'],
  schema: z.object({
    documentId: fields.id(),
    kind: documentKindSchema,
    clientId: fields.id(),
    number: z.string().min(1),
    currency: fields.currency(),
    totalMinor: fields.amountMinor(),
    reason: z.string(),
    voidedAt: fields.instant(),
  }),
  example: {
    documentId: DOCUMENT_ID,
    kind: 'invoice',
    clientId: CLIENT_ID,
    number: 'INV-2026-0042',
    currency: 'EUR',
    totalMinor: 324000,
    reason: 'Issued to the wrong client',
    voidedAt: '2026-11-29T12:00:00.000Z',
  },
});

const quoteAnswer = z.object({
  documentId: fields.id(),
  clientId: fields.id(),
  clientName: z.string(),
  number: z.string().min(1),
  currency: fields.currency(),
  totalMinor: fields.amountMinor(),
  /** The evidence record: GET /api/public/acceptances/{acceptanceId} verifies a copy of the PDF. */
  acceptanceId: fields.id(),
  signerName: z.string().min(1),
  comment: z.string(),
  answeredAt: fields.instant(),
});
const quoteAnswerExample = {
  documentId: DOCUMENT_ID,
  clientId: CLIENT_ID,
  clientName: 'Globex',
  number: 'QUO-2026-0007',
  currency: 'EUR',
  totalMinor: 324000,
  acceptanceId: '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9',
  signerName: 'Dana Scully',
  comment: 'Go ahead.',
  answeredAt: '2026-11-29T13:00:00.000Z',
};

export const quoteAcceptedV1 = defineEvent({
  type: 'billing.quote.accepted',
  version: 1,
  producer: 'billing',
  subject: 'quote (document) id',
  description:
    'A client user accepted a quote; the evidence (SHA-256 of the PDF, who, when, IP, user agent) is kept.',
  consumers: ['billing (client KPIs)', 'notification (tells the staff)', 'gateway (live updates)'],
  schema: quoteAnswer,
  example: quoteAnswerExample,
});

export const quoteRejectedV1 = defineEvent({
  type: 'billing.quote.rejected',
  version: 1,
  producer: 'billing',
  subject: 'quote (document) id',
  description: 'A client user rejected a quote (with the same evidence as an acceptance).',
  consumers: ['billing (client KPIs)', 'notification (tells the staff)', 'gateway (live updates)'],
  schema: quoteAnswer,
  example: { ...quoteAnswerExample, comment: 'Too expensive for now.' },
});

export const documentCommentedV1 = defineEvent({
  type: 'billing.document.commented',
  version: 1,
  producer: 'billing',
  subject: 'document id',
  description:
    'Someone commented on a document: a client comment is e-mailed to the staff, a staff comment to the client recipients.',
  consumers: ['notification (e-mails the other side)', 'gateway (live updates)'],
  schema: z.object({
    documentId: fields.id(),
    kind: documentKindSchema,
    clientId: fields.id(),
    clientName: z.string(),
    tenantName: z.string(),
    number: z.string(),
    commentId: fields.id(),
    author: z.object({ kind: z.enum(['staff', 'client']), name: z.string() }),
    body: z.string().min(1),
    /** Who hears of it on the client side when staff wrote (empty when a client wrote). */
    clientRecipients: z.array(recipient),
    postedAt: fields.instant(),
  }),
  example: {
    documentId: DOCUMENT_ID,
    kind: 'quote',
    clientId: CLIENT_ID,
    clientName: 'Globex',
    tenantName: 'Acme Agency',
    number: 'QUO-2026-0007',
    commentId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    author: { kind: 'client', name: 'Dana Scully' },
    body: 'Can the second phase start in January?',
    clientRecipients: [],
    postedAt: '2026-11-29T14:00:00.000Z',
  },
});

export const paymentMethodSchema = z.enum(['card', 'bank_transfer', 'cash', 'other']);

export const paymentRecordedV1 = defineEvent({
  type: 'billing.payment.recorded',
  version: 1,
  producer: 'billing',
  subject: 'payment id',
  description:
    'Money was received (a Stripe payment confirmed by its signed webhook, or a manual payment staff recorded), allocated to one or more invoices.',
  consumers: ['billing (client KPIs)', 'notification (e-mails the receipt)', 'gateway (live updates)'],
  schema: z.object({
    paymentId: fields.id(),
    clientId: fields.id(),
    clientName: z.string(),
    tenantName: z.string(),
    currency: fields.currency(),
    amountMinor: fields.amountMinor(),
    method: paymentMethodSchema,
    allocations: z.array(
      z.object({
        documentId: fields.id(),
        number: z.string(),
        amountMinor: fields.amountMinor(),
        /** What is still due on that invoice after this payment (printed on the receipt). */
        remainingMinor: fields.amountMinor().default(0),
      }),
    ),
    paidAt: fields.instant(),
    /** Who receives the receipt (the paying user, or the client's billing recipients). */
    receiptRecipients: z.array(recipient),
  }),
  example: {
    paymentId: '2b3c4d5e-6f70-4819-8a2b-3c4d5e6f7081',
    clientId: CLIENT_ID,
    clientName: 'Globex',
    tenantName: 'Acme Agency',
    currency: 'EUR',
    amountMinor: 100000,
    method: 'card',
    allocations: [
      { documentId: DOCUMENT_ID, number: 'INV-2026-0042', amountMinor: 100000, remainingMinor: 224000 },
    ],
    paidAt: '2026-11-29T15:00:00.000Z',
    receiptRecipients: [{ email: 'dana@globex.test', name: 'Dana Scully', language: 'en' }],
  },
});

export const paymentRefundedV1 = defineEvent({
  type: 'billing.payment.refunded',
  version: 1,
  producer: 'billing',
  subject: 'payment id',
  description: 'A payment was refunded, in full or in part; the invoices it paid are due again by that much.',
  consumers: ['billing (client KPIs)', 'gateway (live updates)'],
  schema: z.object({
    paymentId: fields.id(),
    refundId: fields.id(),
    clientId: fields.id(),
    currency: fields.currency(),
    amountMinor: fields.amountMinor(),
    reason: z.string(),
    refundedAt: fields.instant(),
  }),
  example: {
    paymentId: '2b3c4d5e-6f70-4819-8a2b-3c4d5e6f7081',
    refundId: '3c4d5e6f-7081-492a-9b3c-4d5e6f708192',
    clientId: CLIENT_ID,
    currency: 'EUR',
    amountMinor: 20000,
    reason: 'Overcharged',
    refundedAt: '2026-11-30T09:00:00.000Z',
  },
});

export const invoicePaidV1 = defineEvent({
  type: 'billing.invoice.paid',
  version: 1,
  producer: 'billing',
  subject: 'invoice (document) id',
  description: 'An invoice became fully paid.',
  consumers: ['billing (client KPIs)', 'crm (timeline)', 'gateway (live updates)'],
  schema: z.object({
    invoiceId: fields.id(),
    clientId: fields.id(),
    number: z.string().min(1),
    currency: fields.currency(),
    totalMinor: fields.amountMinor(),
    issuedAt: fields.instant(),
    paidAt: fields.instant(),
  }),
  example: {
    invoiceId: DOCUMENT_ID,
    clientId: CLIENT_ID,
    number: 'INV-2026-0042',
    currency: 'EUR',
    totalMinor: 324000,
    issuedAt: '2026-11-29T10:15:00.000Z',
    paidAt: '2026-12-03T15:00:00.000Z',
  },
});

export const invoiceRemindedV1 = defineEvent({
  type: 'billing.invoice.reminded',
  version: 1,
  producer: 'billing',
  subject: 'invoice (document) id',
  description:
    "An overdue invoice reached a step of the tenant's reminder schedule (days after the due date); published once per step.",
  consumers: ['notification (e-mails the reminder)'],
  schema: z.object({
    invoiceId: fields.id(),
    clientId: fields.id(),
    clientName: z.string(),
    tenantName: z.string(),
    number: z.string().min(1),
    currency: fields.currency(),
    amountDueMinor: fields.amountMinor(),
    dueDate: fields.day(),
    daysOverdue: z.number().int().positive(),
    recipients: z.array(recipient),
  }),
  example: {
    invoiceId: DOCUMENT_ID,
    clientId: CLIENT_ID,
    clientName: 'Globex',
    tenantName: 'Acme Agency',
    number: 'INV-2026-0042',
    currency: 'EUR',
    amountDueMinor: 224000,
    dueDate: '2026-12-29',
    daysOverdue: 7,
    recipients: [{ email: 'dana@globex.test', name: 'Dana Scully', language: 'en' }],
  },
});

export const orderPlacedV1 = defineEvent({
  type: 'billing.order.placed',
  version: 1,
  producer: 'billing',
  subject: 'order id',
  description:
    "A client user placed an order from the tenant's catalog; staff turn it into a quote, invoice or delivery note.",
  consumers: ['notification (tells the staff)', 'gateway (live updates)'],
  schema: z.object({
    orderId: fields.id(),
    clientId: fields.id(),
    clientName: z.string(),
    number: z.string().min(1),
    currency: fields.currency(),
    totalMinor: fields.amountMinor(),
    lineCount: z.number().int().positive(),
    placedByName: z.string(),
    note: z.string(),
    placedAt: fields.instant(),
  }),
  example: {
    orderId: '4d5e6f70-8192-4a3b-8c4d-5e6f708192a3',
    clientId: CLIENT_ID,
    clientName: 'Globex',
    number: 'ORD-2026-0003',
    currency: 'EUR',
    totalMinor: 59000,
    lineCount: 2,
    placedByName: 'Dana Scully',
    note: 'Before the launch, please.',
    placedAt: '2026-11-29T16:00:00.000Z',
  },
});

/** What billing publishes, on billing.events. */
export const billingEvents = [
  invoiceIssuedV1,
  documentIssuedV1,
  documentSentV1,
  documentViewedV1,
  documentVoidedV1,
  quoteAcceptedV1,
  quoteRejectedV1,
  documentCommentedV1,
  paymentRecordedV1,
  paymentRefundedV1,
  invoicePaidV1,
  invoiceRemindedV1,
  orderPlacedV1,
] as const;
