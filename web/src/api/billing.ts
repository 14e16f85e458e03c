import { downloadFile, getJson, postJson, type PageRequest } from './http';
import type { Schemas } from './schema';

/** Integer minor units as a decimal string (int64 does not fit a JS number safely). */
export type MinorUnits = Schemas['Money']['amountMinor'];
export type Money = Schemas['Money'];
export type Invoice = Schemas['Invoice'];
export type InvoiceLine = Schemas['InvoiceLine'];
export type InvoiceStatus = Invoice['status'];
export type InvoiceList = Schemas['InvoiceList'];
export type NewInvoice = Schemas['NewInvoice'];
export type InvoiceLineInput = Schemas['InvoiceLineInput'];

export function listInvoices(clientId: string, page: PageRequest = {}): Promise<InvoiceList> {
  return getJson<InvoiceList>(`/api/clients/${encodeURIComponent(clientId)}/invoices`, {
    query: { pageSize: page.pageSize, pageToken: page.pageToken },
  });
}

export function issueInvoice(clientId: string, input: NewInvoice): Promise<Invoice> {
  return postJson<Invoice>(`/api/clients/${encodeURIComponent(clientId)}/invoices`, input);
}

export function getInvoice(invoiceId: string): Promise<Invoice> {
  return getJson<Invoice>(`/api/invoices/${encodeURIComponent(invoiceId)}`);
}

export function invoicePdfPath(invoiceId: string): string {
  return `/api/invoices/${encodeURIComponent(invoiceId)}/pdf`;
}

export function downloadInvoicePdf(invoiceId: string, number: string): Promise<void> {
  return downloadFile(invoicePdfPath(invoiceId), `${number || invoiceId}.pdf`, 'application/pdf');
}
