import { downloadFile, getJson, postJson, type PageInfo, type PageRequest } from './http';

/** Integer minor units as a decimal string (int64 does not fit a JS number safely). */
export type MinorUnits = string;

export interface Money {
  amountMinor: MinorUnits;
  currency: string;
}

export interface InvoiceLine {
  description: string;
  quantityMilli: string;
  unitPriceMinor: MinorUnits;
  taxRateBasisPoints: number;
  totalMinor: MinorUnits;
}

export type InvoiceStatus = 'issued' | 'paid' | 'void';

export interface Invoice {
  id: string;
  tenantId: string;
  clientId: string;
  clientName: string;
  number: string;
  currency: string;
  lines: InvoiceLine[];
  subtotalMinor: MinorUnits;
  taxMinor: MinorUnits;
  totalMinor: MinorUnits;
  status: InvoiceStatus;
  issuedAt: string;
  dueDate: string;
  tenantName: string;
}

export interface InvoiceList {
  invoices: Invoice[];
  page: PageInfo;
}

export interface InvoiceLineInput {
  description: string;
  /** Thousandths of a unit: 1500 = 1.5. */
  quantityMilli: number;
  /** Sent as a JSON number like the other integers of the request; the form keeps it below 2^53. */
  unitPriceMinor: number;
  /** 2000 = 20 %. */
  taxRateBasisPoints?: number;
}

export interface NewInvoice {
  currency: string;
  /** YYYY-MM-DD; the server defaults it to 30 days after issue. */
  dueDate?: string;
  lines: InvoiceLineInput[];
}

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
