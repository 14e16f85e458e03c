import { FIELD_LIMITS } from '@client-portal/kit';
import { z } from 'zod';
import { binary, defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

export const DOCUMENT_KINDS = ['quote', 'proforma', 'invoice', 'credit_note', 'delivery_note'] as const;
export const DOCUMENT_DISPLAY_STATUSES = [
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

const partySchema = named(
  'DocumentParty',
  z.object({
    name: z.string(),
    legalName: z.string(),
    address: z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() }),
    taxId: z.string(),
    email: z.string(),
    phone: z.string(),
  }),
);

export const documentLineSchema = named(
  'DocumentLine',
  z.object({
    description: z.string(),
    productId: z.string(),
    unit: z.string(),
    quantityMilli: minorUnits.meta({ description: 'Thousandths of a unit: 1500 = 1.5' }),
    unitPriceMinor: minorUnits,
    taxRateBasisPoints: z.number().int().meta({ description: '2000 = 20 %' }),
    totalMinor: minorUnits.meta({ description: 'Before tax' }),
    taxMinor: minorUnits,
  }),
);

export const billingDocumentSchema = named(
  'BillingDocument',
  z.object({
    id: z.string(),
    tenantId: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    status: z.enum(['draft', 'issued', 'accepted', 'rejected', 'paid', 'void']),
    displayStatus: z.enum(DOCUMENT_DISPLAY_STATUSES),
    number: z.string().meta({ description: 'QUO-2026-0001…; empty while a draft' }),
    version: z.number().int().meta({ description: 'Send it back as expectedVersion when changing it' }),
    revision: z.number().int(),
    clientId: z.string(),
    clientName: z.string(),
    seller: partySchema,
    buyer: partySchema,
    language: z.string(),
    currency: z.string(),
    lines: z.array(documentLineSchema),
    subtotalMinor: minorUnits,
    taxMinor: minorUnits,
    totalMinor: minorUnits,
    paidMinor: minorUnits,
    creditedMinor: minorUnits.meta({ description: "Invoices: their issued credit notes' total" }),
    amountDueMinor: minorUnits.meta({ description: 'total − paid − credited (0 for drafts and void)' }),
    issueDate: z.string(),
    dueDate: z.string().meta({ description: 'Invoices/proformas: payment due; quotes: valid until' }),
    notes: z.string(),
    terms: z.string(),
    source: z.object({ kind: z.string(), id: z.string() }),
    depositBasisPoints: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    issuedAt: z.string(),
    sentAt: z.string(),
    viewedAt: z.string(),
    voidedAt: z.string(),
    paidAt: z.string(),
    voidReason: z.string(),
    createdBy: z.string().meta({ description: 'Internal: empty for client users' }),
  }),
);

export const documentListSchema = named(
  'BillingDocumentList',
  z.object({ documents: z.array(billingDocumentSchema), page: pageInfoSchema }),
);

/** Whole numbers as JSON numbers or decimal strings (int64 amounts may exceed 2^53). */
const integerText = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be a whole number')])
  .transform((value) => String(value));

const lineInputSchema = named(
  'DocumentLineInput',
  z.object({
    description: z.string().meta({ maxLength: FIELD_LIMITS.billing.lineDescription }).default(''),
    productId: z.string().default(''),
    unit: z.string().meta({ maxLength: FIELD_LIMITS.billing.lineUnit }).default(''),
    quantityMilli: integerText.meta({ description: 'Thousandths of a unit: 1500 = 1.5' }),
    unitPriceMinor: integerText,
    taxRateBasisPoints: z.number().int().default(0).meta({ description: '2000 = 20 %' }),
  }),
);

/** The gateway checks types only: the rules (quantities, currency, dates, tax rates) live in billing. */
const contentInput = {
  currency: z.string().default(''),
  language: z.string().default(''),
  lines: z.array(lineInputSchema).max(FIELD_LIMITS.billing.documentLines).default([]),
  issueDate: z.string().default('').meta({ description: 'YYYY-MM-DD; the day it is issued when empty' }),
  dueDate: z.string().default('').meta({ description: 'YYYY-MM-DD; 30 days after issue when empty' }),
  notes: z.string().meta({ maxLength: FIELD_LIMITS.billing.documentNotes }).default(''),
  terms: z.string().max(FIELD_LIMITS.billing.documentTerms).default(''),
};

export const newDocumentSchema = named(
  'NewBillingDocument',
  z.object({ kind: z.enum(DOCUMENT_KINDS), ...contentInput }),
);
export const documentChangesSchema = named(
  'BillingDocumentChanges',
  z.object({ expectedVersion: z.number().int(), ...contentInput }),
);

const documentParams = idParams('documentId');
const listQuery = pageQuerySchema.extend({
  kind: z.enum(DOCUMENT_KINDS).optional(),
  status: z.enum(DOCUMENT_DISPLAY_STATUSES).optional().meta({ description: 'A display status' }),
  year: z.coerce.number().int().optional().meta({ description: 'Issue date in this year' }),
  quarter: z.coerce.number().int().min(1).max(4).optional().meta({ description: 'With year: 1-4' }),
});

const listRequest = (clientId: string, query: z.output<typeof listQuery>) => ({
  clientId,
  kind: query.kind ?? '',
  displayStatus: query.status ?? '',
  year: query.year ?? 0,
  quarter: query.quarter ?? 0,
  page: pageOf(query),
});

/** Billing documents of the five kinds: drafts, issuing, duplicating, converting, credit notes, sending, voiding. */
export const documentsRoutes = [
  defineRoute({
    method: 'get',
    path: '/documents',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "The tenant's billing documents, newest first (client users: their own client's, issued only)",
    tags: ['documents'],
    query: listQuery.extend({ clientId: z.string().optional() }),
    response: documentListSchema,
    handler: ({ query, onBehalf }, { backends }) =>
      backends.documents.listDocuments(listRequest(query.clientId ?? '', query), onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/documents',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A client's billing documents, newest first",
    tags: ['documents'],
    params: idParams('clientId'),
    query: listQuery,
    response: documentListSchema,
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.documents.listDocuments(listRequest(params.clientId, query), onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/documents',
    access: { permission: 'documents.edit' },
    summary: 'A new draft (quote, proforma, invoice, credit note or delivery note) for a client',
    tags: ['documents'],
    status: 201,
    params: idParams('clientId'),
    body: newDocumentSchema,
    response: billingDocumentSchema,
    handler: async ({ params, body, onBehalf }, { backends }) => {
      const client = await backends.crm.getClient({ clientId: params.clientId }, onBehalf);
      return backends.documents.createDraft(
        { ...body, clientId: client.id, clientName: client.name },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/documents/:documentId',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A billing document (a client user's first read marks it viewed)",
    tags: ['documents'],
    params: documentParams,
    response: billingDocumentSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.documents.getDocument(params, onBehalf),
  }),
  defineRoute({
    method: 'put',
    path: '/documents/:documentId',
    access: { permission: 'documents.edit' },
    summary: "Replaces a draft's content (an issued document is refused)",
    tags: ['documents'],
    params: documentParams,
    body: documentChangesSchema,
    response: billingDocumentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.documents.updateDraft({ ...body, documentId: params.documentId }, onBehalf),
  }),
  defineRoute({
    method: 'delete',
    path: '/documents/:documentId',
    access: { permission: 'documents.edit' },
    summary: 'Deletes a draft that never held a number',
    tags: ['documents'],
    params: documentParams,
    query: z.object({ expectedVersion: z.coerce.number().int() }),
    response: named('DeletedBillingDocument', z.object({ documentId: z.string() })),
    handler: async ({ params, query, onBehalf }, { backends }) => {
      await backends.documents.deleteDraft(
        { documentId: params.documentId, expectedVersion: query.expectedVersion },
        onBehalf,
      );
      return { documentId: params.documentId };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/documents/:documentId/issue',
    access: { permission: 'documents.edit' },
    summary: 'Issues a draft: numbered gap-free per kind and year, parties frozen',
    tags: ['documents'],
    params: documentParams,
    body: named('IssueBillingDocument', z.object({ expectedVersion: z.number().int() })),
    response: billingDocumentSchema,
    handler: ({ params, body, caller, onBehalf }, { backends }) =>
      backends.documents.issueDocument(
        {
          documentId: params.documentId,
          expectedVersion: body.expectedVersion,
          tenantName: caller.tenantName,
        },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/documents/:documentId/duplicate',
    access: { permission: 'documents.edit' },
    summary: 'A new draft with the same content, of the same kind or another',
    tags: ['documents'],
    status: 201,
    params: documentParams,
    body: named('DuplicateBillingDocument', z.object({ kind: z.enum(DOCUMENT_KINDS).optional() })),
    response: billingDocumentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.documents.duplicateDocument(
        { documentId: params.documentId, kind: body.kind ?? '' },
        onBehalf,
      ),
  }),
  defineRoute({
    method: 'post',
    path: '/documents/:documentId/convert',
    access: { permission: 'documents.edit' },
    summary: 'An accepted quote as an invoice draft: in full, a deposit percentage, or the balance',
    tags: ['documents'],
    status: 201,
    params: documentParams,
    body: named(
      'ConvertQuote',
      z.object({
        mode: z.enum(['full', 'deposit', 'balance']),
        depositBasisPoints: z.number().int().default(0).meta({ description: 'deposit: 3000 = 30 %' }),
      }),
    ),
    response: billingDocumentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.documents.convertQuote({ quoteId: params.documentId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/documents/:documentId/credit-notes',
    access: { permission: 'documents.edit' },
    summary: 'A credit note draft against an issued invoice (all its lines when none are given)',
    tags: ['documents'],
    status: 201,
    params: documentParams,
    body: named(
      'NewCreditNote',
      z.object({ lines: z.array(lineInputSchema).max(FIELD_LIMITS.billing.documentLines).default([]) }),
    ),
    response: billingDocumentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.documents.createCreditNote({ invoiceId: params.documentId, lines: body.lines }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/documents/:documentId/send',
    access: { permission: 'documents.edit' },
    summary: "E-mails an issued document with a portal link (to the client's billing recipients by default)",
    tags: ['documents'],
    params: documentParams,
    body: named(
      'SendBillingDocument',
      z.object({
        recipients: z
          .array(
            z.object({
              email: z.string().meta({ maxLength: FIELD_LIMITS.billing.email }),
              name: z.string().meta({ maxLength: FIELD_LIMITS.billing.recipientName }).default(''),
              language: z.string().default(''),
            }),
          )
          .max(FIELD_LIMITS.billing.sendRecipients)
          .default([]),
        message: z.string().meta({ maxLength: FIELD_LIMITS.billing.sendMessage }).default(''),
      }),
    ),
    response: billingDocumentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.documents.sendDocument({ documentId: params.documentId, ...body }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/documents/:documentId/void',
    access: { permission: 'documents.void' },
    summary: 'Voids an issued document nobody paid (it keeps its number); a reason is required',
    tags: ['documents'],
    params: documentParams,
    body: named(
      'VoidBillingDocument',
      z.object({ reason: z.string().meta({ maxLength: FIELD_LIMITS.billing.voidReason }).default('') }),
    ),
    response: billingDocumentSchema,
    handler: ({ params, body, onBehalf }, { backends }) =>
      backends.documents.voidDocument({ documentId: params.documentId, reason: body.reason }, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/documents/:documentId/pdf',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: 'A billing document as PDF',
    tags: ['documents'],
    params: documentParams,
    response: binary('application/pdf', 'The PDF, as an attachment'),
    handler: async ({ params, onBehalf }, { backends }) => {
      const rendered = await backends.documents.renderDocumentPdf(params, onBehalf);
      return { bytes: rendered.pdf, filename: rendered.filename };
    },
  }),
];
