import { z } from 'zod';
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
            description: z.string().default(''),
            quantityMilli: integerText.meta({ description: 'Thousandths of a unit: 1500 = 1.5' }),
            unitPriceMinor: integerText,
            taxRateBasisPoints: z.number().int().default(0).meta({ description: '2000 = 20 %' }),
          }),
        ),
      )
      .min(1, 'Add at least one line'),
  }),
);

/** Invoices: issuing, reading, PDFs. */
export const billingRoutes = [
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/invoices',
    access: 'staff-or-client',
    summary: "A client's invoices",
    tags: ['billing'],
    params: idParams('clientId'),
    query: pageQuerySchema,
    response: named('InvoiceList', z.object({ invoices: z.array(invoiceSchema), page: pageInfoSchema })),
    handler: ({ params, query, onBehalf }, { backends }) =>
      backends.billing.listInvoices({ clientId: params.clientId, page: pageOf(query) }, onBehalf),
  }),
  defineRoute({
    method: 'post',
    path: '/clients/:clientId/invoices',
    access: { permission: 'invoices.issue' },
    summary: 'Issue an invoice',
    tags: ['billing'],
    status: 201,
    params: idParams('clientId'),
    body: newInvoiceSchema,
    response: invoiceSchema,
    handler: async ({ params, body, caller, onBehalf }, { backends }) => {
      // The invoice carries the client's and the agency's names as they are at issue time.
      const client = await backends.crm.getClient({ clientId: params.clientId }, onBehalf);
      return backends.billing.issueInvoice(
        { ...body, clientId: client.id, clientName: client.name, tenantName: caller.tenantName },
        onBehalf,
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/invoices/:invoiceId',
    access: 'staff-or-client',
    summary: 'An invoice',
    tags: ['billing'],
    params: idParams('invoiceId'),
    response: invoiceSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.billing.getInvoice(params, onBehalf),
  }),
  defineRoute({
    method: 'get',
    path: '/invoices/:invoiceId/pdf',
    access: 'staff-or-client',
    summary: 'An invoice as PDF',
    tags: ['billing'],
    params: idParams('invoiceId'),
    response: binary('application/pdf', 'The PDF, as an attachment'),
    handler: async ({ params, onBehalf }, { backends }) => {
      const rendered = await backends.billing.renderInvoicePdf(params, onBehalf);
      return { bytes: rendered.pdf, filename: rendered.filename };
    },
  }),
];
