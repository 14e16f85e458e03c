import type { DocumentLine } from '../domain/document.js';
import { formatMoney } from '../domain/money.js';

const LOCALE = 'en-GB';
const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** Table columns, left to right; amounts are right-aligned so their decimals line up. */
const COLUMNS = [
  { title: 'Description', x: MARGIN, width: 190, align: 'left' },
  { title: 'Quantity', x: 245, width: 60, align: 'right' },
  { title: 'Unit price', x: 310, width: 85, align: 'right' },
  { title: 'Tax', x: 400, width: 45, align: 'right' },
  { title: 'Line total', x: 450, width: 95, align: 'right' },
] as const;

const quantityFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });
const rateFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });

const formatDay = (day: string): string => dateFormat.format(new Date(`${day}T00:00:00.000Z`));

/**
 * Renders an invoice as a PDF. Streams are left uncompressed: invoices are a page or two of text,
 * and plain content streams let support (and the tests) search a file for its number.
 */
/** What the invoice layout prints (document-pdf.ts maps a document onto it until the PDF slice's layout). */
export interface Invoice {
  id: string;
  tenantId: string;
  tenantName: string;
  clientId: string;
  clientName: string;
  number: string;
  year: number;
  sequence: number;
  currency: string;
  lines: Omit<DocumentLine, 'productId' | 'unit'>[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  status: 'issued' | 'paid' | 'void';
  issuedAt: Date;
  dueDate: string;
}

export async function renderInvoicePdf(invoice: Invoice): Promise<Buffer> {
  // Loaded on the first render, not at start-up (idle RSS; document-pdf.ts does the same).
  const { default: PDFDocument } = await import('pdfkit');
  const document = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: false,
    // A fixed creation date (the issue's) instead of pdfkit's clock: the file id is derived from it, so
    // the same invoice renders the same bytes and an accepted quote's SHA-256 can be checked later.
    info: {
      Title: `Invoice ${invoice.number}`,
      Author: invoice.tenantName || 'Client portal',
      CreationDate: invoice.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    document.on('error', reject);
  });

  const money = (amountMinor: number): string => formatMoney(amountMinor, invoice.currency, LOCALE);
  const right = document.page.width - MARGIN;
  const contentWidth = right - MARGIN;

  document
    .font(BOLD)
    .fontSize(18)
    .text(invoice.tenantName || 'Invoice', MARGIN, MARGIN);
  document.font(FONT).fontSize(12).text(`Invoice ${invoice.number}`, MARGIN, MARGIN, { align: 'right' });
  document.moveDown(2);
  document.font(BOLD).fontSize(10).text('Billed to');
  document.font(FONT).text(invoice.clientName);
  document.moveDown();
  document.text(`Invoice number: ${invoice.number}`);
  document.text(`Issue date: ${dateFormat.format(invoice.issuedAt)}`);
  document.text(`Due date: ${formatDay(invoice.dueDate)}`);
  document.text(`Currency: ${invoice.currency}`);
  document.moveDown(2);

  const drawRow = (cells: readonly string[], font: string): void => {
    document.font(font).fontSize(10);
    const top = document.y;
    const height = Math.max(
      ...COLUMNS.map((column, index) => document.heightOfString(cells[index] ?? '', { width: column.width })),
    );
    if (top + height > document.page.height - MARGIN - 80) {
      document.addPage();
      drawRow(cells, font);
      return;
    }
    COLUMNS.forEach((column, index) => {
      document.text(cells[index] ?? '', column.x, top, { width: column.width, align: column.align });
    });
    document.x = MARGIN;
    document.y = top + height + 6;
  };

  drawRow(
    COLUMNS.map((column) => column.title),
    BOLD,
  );
  document
    .moveTo(MARGIN, document.y - 3)
    .lineTo(right, document.y - 3)
    .stroke();
  for (const line of invoice.lines)
    drawRow(
      [
        line.description,
        quantityFormat.format(line.quantityMilli / 1000),
        money(line.unitPriceMinor),
        `${rateFormat.format(line.taxRateBasisPoints / 100)} %`,
        money(line.totalMinor),
      ],
      FONT,
    );
  document.moveTo(MARGIN, document.y).lineTo(right, document.y).stroke();
  document.moveDown();

  const totals: [string, string, string][] = [
    ['Subtotal', money(invoice.subtotalMinor), FONT],
    ['Tax', money(invoice.taxMinor), FONT],
    ['Total', money(invoice.totalMinor), BOLD],
  ];
  for (const [label, amount, font] of totals) {
    const top = document.y;
    document.font(font).fontSize(11);
    document.text(label, MARGIN, top, { width: contentWidth - 110, align: 'right' });
    document.text(amount, right - 100, top, { width: 100, align: 'right' });
    document.x = MARGIN;
  }

  document.end();
  return finished;
}
