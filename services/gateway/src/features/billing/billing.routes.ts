import { z } from 'zod';
import type { BillingDocumentView__Output as DocumentMessage } from '@client-portal/contracts';
import { DomainError, FIELD_LIMITS } from '@client-portal/kit';
import { binary, defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits, pageInfoSchema, pageOf, pageQuerySchema } from '../shared/shared.schemas.js';

export const invoiceLineSchema = named(
  'InvoiceLine',
  z.object({
    description: z.string(),
    quantityMilli: z.string().meta({ description: 'Thousandths of a unit: 1500 = 1.5' }),
    unitPriceMinor: minorUnits,
    taxRateBasisPoints: z.number().int().meta({ description: '2000 = 20 %' }),
    totalMinor: minorUnits,
  }),
);

export const invoiceSchema = named(
  'Invoice',
  z.object({
    id: z.string(),
    tenantId: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    number: z.string(),
    currency: z.string(),
    lines: z.array(invoiceLineSchema),
    subtotalMinor: minorUnits,
    taxMinor: minorUnits,
    totalMinor: minorUnits,
    status: z.enum(['issued', 'paid', 'void']),
    issuedAt: z.string(),
    dueDate: z.string(),
    tenantName: z.string(),
  }),
);

/** Whole numbers as JSON numbers or decimal strings (int64 amounts may exceed 2^53). */
const integerText = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be a whole number')])
  .transform((value) => String(value));

export const newInvoiceSchema = named(
  'NewInvoice',
  z.object({
    currency: z.string().default('EUR'),
    dueDate: z.string().default('').meta({ description: 'YYYY-MM-DD; 30 days after issue when empty' }),
    lines: z
      .array(
        named(
          'InvoiceLineInput',
          z.object({
            description: z.string().meta({ maxLength: FIELD_LIMITS.billing.lineDescription }).default(''),
            quantityMilli: integerText.meta({ description: 'Thousandths of a unit: 1500 = 1.5' }),
            unitPriceMinor: integerText,
            taxRateBasisPoints: z.number().int().default(0).meta({ description: '2000 = 20 %' }),
          }),
        ),
      )
      .min(1, 'Add at least one line')
      .max(FIELD_LIMITS.billing.documentLines),
  }),
);

/**
 * An invoice document in the shape of the retired invoice API, which the portal's Billing tab and the
 * older flows still read until the portal's billing screens move to /api/documents.
 */
function toInvoice(document: DocumentMessage) {
  return {
    id: document.id,
    tenantId: document.tenantId,
    clientId: document.clientId,
    clientName: document.clientName,
    number: document.number,
    currency: document.currency,
    lines: document.lines.map((line) => ({
      description: line.description,
      quantityMilli: line.quantityMilli,
      unitPriceMinor: line.unitPriceMinor,
      taxRateBasisPoints: line.taxRateBasisPoints,
      totalMinor: line.totalMinor,
    })),
    subtotalMinor: document.subtotalMinor,
    taxMinor: document.taxMinor,
    totalMinor: document.totalMinor,
    status: document.status === 'paid' || document.status === 'void' ? document.status : 'issued',
    issuedAt: document.issuedAt,
    dueDate: document.dueDate,
    tenantName: document.seller?.name ?? '',
  };
}

/** Invoices (kind invoice of the billing documents): the retired invoice API's routes, kept for their callers. */
export const billingRoutes = [
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/invoices',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A client's issued invoices (billing documents of kind invoice)",
    tags: ['billing'],
    params: idParams('clientId'),
    query: pageQuerySchema,
    response: named('InvoiceList', z.object({ invoices: z.array(invoiceSchema), page: pageInfoSchema })),
    handler: async ({ params, query, onBehalf }, { backends }) => {
      const { documents, page } = await backends.documents.listDocuments(
        { clientId: params.clientId, kind: 'invoice', page: pageOf(query) },
        onBehalf,
      );
      // Drafts never were invoices here: a page may hold fewer than asked, the token still pages on.
      return { invoices: documents.filter((document) => document.status !== 'draft').map(toInvoice), page };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/invoices',
    access: { permission: 'documents.edit' },
    summary: 'Issue an invoice at once (a draft of kind invoice, issued)',
    tags: ['billing'],
    status: 201,
    params: idParams('clientId'),
    body: newInvoiceSchema,
    response: invoiceSchema,
    handler: async ({ params, body, caller, onBehalf }, { backends }) => {
      const client = await backends.crm.getClient({ clientId: params.clientId }, onBehalf);
      const draft = await backends.documents.createDraft(
        { ...body, kind: 'invoice', clientId: client.id, clientName: client.name },
        onBehalf,
      );
      const issued = await backends.documents.issueDocument(
        { documentId: draft.id, expectedVersion: draft.version, tenantName: caller.tenantName },
        onBehalf,
      );
      return toInvoice(issued);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/invoices/:invoiceId',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: 'An invoice',
    tags: ['billing'],
    params: idParams('invoiceId'),
    response: invoiceSchema,
    handler: async ({ params, onBehalf }, { backends }) => {
      const document = await backends.documents.getDocument({ documentId: params.invoiceId }, onBehalf);
      if (document.kind !== 'invoice' || document.status === 'draft')
        throw new DomainError('NOT_FOUND', `Invoice ${params.invoiceId} was not found`);
      return toInvoice(document);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/invoices/:invoiceId/pdf',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: 'An invoice as PDF',
    tags: ['billing'],
    params: idParams('invoiceId'),
    response: binary('application/pdf', 'The PDF, as an attachment'),
    handler: async ({ params, onBehalf }, { backends }) => {
      const rendered = await backends.documents.renderDocumentPdf({ documentId: params.invoiceId }, onBehalf);
      return { bytes: rendered.pdf, filename: rendered.filename };
    },
  }),
];
