import { z } from 'zod';
import { defineRoute, named } from '../../http/route.js';
import { idParams, minorUnits } from '../shared/shared.schemas.js';

export const currencyKpisSchema = named(
  'CurrencyKpis',
  z.object({
    currency: z.string(),
    salesReceivedThisYearMinor: minorUnits.meta({
      description: 'Payments received this calendar year (UTC) less refunds made this year',
    }),
    pendingPaymentMinor: minorUnits.meta({ description: 'Still due on issued, non-void invoices' }),
    quotesAwaitingCount: z
      .number()
      .int()
      .meta({ description: 'Issued quotes not answered, voided or expired' }),
    quotesAwaitingMinor: minorUnits,
    averageInvoiceMinor: minorUnits.meta({
      description: 'Non-void invoices issued this year: total ÷ count',
    }),
    productsPerInvoiceHundredths: z
      .number()
      .int()
      .meta({ description: 'Average line count of this year’s invoices, in hundredths (250 = 2.5)' }),
    averageDaysToPayTenths: z
      .number()
      .int()
      .meta({ description: 'Paid invoices: mean days from issue to paid, in tenths; -1 when none was paid' }),
    invoicesThisYear: z.number().int(),
  }),
);

export const clientKpisSchema = named(
  'ClientKpis',
  z.object({
    clientId: z.string(),
    year: z.number().int().meta({ description: 'The calendar year (UTC) of the "this year" figures' }),
    currencies: z.array(currencyKpisSchema).meta({ description: 'One entry per currency; never added up' }),
    computedAt: z.string(),
  }),
);

/** The client KPIs, from billing's read model. */
export const kpiRoutes = [
  defineRoute({
    method: 'get',
    path: '/clients/:clientId/kpis',
    access: 'staff-or-client',
    clientRight: 'billing',
    summary: "A client's billing KPIs per currency (staff: billing.view; a client user: their own client)",
    tags: ['catalog'],
    params: idParams('clientId'),
    response: clientKpisSchema,
    handler: ({ params, onBehalf }, { backends }) => backends.kpis.getClientKpis(params, onBehalf),
  }),
];
