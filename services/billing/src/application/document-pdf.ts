import type { BillingDocument } from '../domain/document.js';
import { renderInvoicePdf } from './invoice-pdf.js';

/** What the PDF of a document needs besides the document itself. */
export interface PdfOptions {
  /** The tenant's logo (PNG or JPEG bytes), when it has one. */
  logo?: Buffer;
}

/**
 * A document as the PDF a client receives. The same document and options always give the same bytes
 * (no creation date inside), so the SHA-256 of an accepted quote's PDF can be checked again later.
 * For now it prints any kind with the invoice layout; the PDF slice gives it its own.
 */
export async function renderDocumentPdf(
  document: BillingDocument,
  _options: PdfOptions = {},
): Promise<Buffer> {
  return renderInvoicePdf({
    id: document.id,
    tenantId: document.tenantId,
    tenantName: document.seller.name,
    clientId: document.clientId,
    clientName: document.clientName,
    number: document.number || 'DRAFT',
    year: document.year,
    sequence: document.sequence,
    currency: document.currency,
    lines: document.lines,
    subtotalMinor: document.subtotalMinor,
    taxMinor: document.taxMinor,
    totalMinor: document.totalMinor,
    status: 'issued',
    issuedAt: document.issuedAt ?? document.createdAt,
    dueDate: document.dueDate || document.issueDate,
  });
}
