import { requirePrincipal } from '@client-portal/kit';
import type {
  HandlersOf,
  Invoice as InvoiceMessage,
  InvoiceLineInput__Output,
} from '@client-portal/contracts';
import type { InvoiceService } from '../application/invoice.service.js';
import type { Invoice, InvoiceLineInput } from '../domain/invoice.js';

/** Maps an invoice to its message; int64 amounts travel as decimal strings. */
export function toInvoiceMessage(invoice: Invoice): InvoiceMessage {
  return {
    id: invoice.id,
    tenantId: invoice.tenantId,
    tenantName: invoice.tenantName,
    clientId: invoice.clientId,
    clientName: invoice.clientName,
    number: invoice.number,
    currency: invoice.currency,
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantityMilli: String(line.quantityMilli),
      unitPriceMinor: String(line.unitPriceMinor),
      taxRateBasisPoints: line.taxRateBasisPoints,
      totalMinor: String(line.totalMinor),
    })),
    subtotalMinor: String(invoice.subtotalMinor),
    taxMinor: String(invoice.taxMinor),
    totalMinor: String(invoice.totalMinor),
    status: invoice.status,
    issuedAt: invoice.issuedAt.toISOString(),
    dueDate: invoice.dueDate,
  };
}

// Out-of-range int64 values become unsafe numbers here, which the domain refuses field by field.
const lineInput = (line: InvoiceLineInput__Output): InvoiceLineInput => ({
  description: line.description,
  quantityMilli: Number(line.quantityMilli),
  unitPriceMinor: Number(line.unitPriceMinor),
  taxRateBasisPoints: line.taxRateBasisPoints,
});

export function billingHandlers(invoices: InvoiceService): HandlersOf<'billing'> {
  return {
    IssueInvoice: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const invoice = await invoices.issue(principal, { ...request, lines: request.lines.map(lineInput) });
      return toInvoiceMessage(invoice);
    },
    GetInvoice: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return toInvoiceMessage(await invoices.get(principal, request.invoiceId));
    },
    ListInvoices: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      const result = await invoices.list(principal, request);
      return { invoices: result.invoices.map(toInvoiceMessage), page: result.page };
    },
    RenderInvoicePdf: async (request, call) => {
      const principal = requirePrincipal(call.metadata);
      return invoices.renderPdf(principal, request.invoiceId);
    },
  };
}
