import { readFileSync } from 'node:fs';
import type { FontkitFont } from 'fontkit';
import type PdfKitDocument from 'pdfkit';
import { resolvePackageFile } from '@client-portal/kit';
import type { BillingDocument, DocumentLine, PartySnapshot } from '../domain/document.js';
import { formatIban, type PaymentInstructions } from '../domain/billing-profile.js';
import { fill, PDF_LABELS, PDF_LOCALES, type PdfLabels } from './pdf-labels.js';

/** What the PDF of a document needs besides the document itself: the tenant's profile extras. */
export interface PdfOptions {
  /** The tenant's logo (PNG or JPEG bytes), when it has one. */
  logo?: Buffer;
  /** Bank details printed on invoices and proformas. */
  payment?: PaymentInstructions;
  /** The profile's footer text, on every page. */
  footer?: string;
  website?: string;
}

// DejaVu Sans (Bitstream Vera licence + public domain changes, from the `dejavu-fonts-ttf` package):
// Latin Extended, Greek and Cyrillic in one family, regular and bold. Parsed once per process (parsing
// was a third of a 200-line render) and handed to pdfkit as fontkit fonts; each document still makes
// its own subset, so it embeds only the glyphs it uses and stays small. pdfkit, fontkit and the fonts
// are loaded on the first render, not at start-up: an idle billing does not carry them (idle RSS).
interface PdfTools {
  PDFDocument: typeof PdfKitDocument;
  regular: FontkitFont;
  bold: FontkitFont;
}
let tools: Promise<PdfTools> | undefined;
const pdfTools = (): Promise<PdfTools> =>
  (tools ??= Promise.all([import('pdfkit'), import('fontkit')]).then(([pdfkit, fontkit]) => {
    const fontFile = (name: string): FontkitFont =>
      fontkit.create(readFileSync(resolvePackageFile(`dejavu-fonts-ttf/ttf/${name}`)));
    return {
      PDFDocument: pdfkit.default,
      regular: fontFile('DejaVuSans.ttf'),
      bold: fontFile('DejaVuSans-Bold.ttf'),
    };
  }));
/** pdfkit's types list only file sources; at run time it takes a parsed font too. */
const asFontSource = (font: FontkitFont): Buffer => font as unknown as Buffer;
const FONT = 'Body';
const BOLD = 'Body-Bold';

const MARGIN = 48;
const PAGE_WIDTH = 595.28; // A4 in points
const PAGE_HEIGHT = 841.89;
const RIGHT = PAGE_WIDTH - MARGIN;
const CONTENT_WIDTH = RIGHT - MARGIN;
/** Room kept at the bottom of every page for the footer. */
const FOOTER_HEIGHT = 36;
const BOTTOM = PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT;
const ROW_GAP = 5;
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const RULE = '#c9d1da';

interface Column {
  key: 'description' | 'quantity' | 'unitPrice' | 'tax' | 'amount';
  width: number;
  align: 'left' | 'right';
}
const COLUMNS: Column[] = [
  { key: 'description', width: 221, align: 'left' },
  { key: 'quantity', width: 62, align: 'right' },
  { key: 'unitPrice', width: 78, align: 'right' },
  { key: 'tax', width: 45, align: 'right' },
  { key: 'amount', width: 83, align: 'right' },
];
const COLUMN_GAP = 2.5;
const columnX = (index: number): number =>
  MARGIN + COLUMNS.slice(0, index).reduce((sum, column) => sum + column.width + COLUMN_GAP, 0);

interface Formats {
  labels: PdfLabels;
  money(amountMinor: number): string;
  day(day: string): string;
  quantity(milli: number): string;
  rate(basisPoints: number): string;
}

function formatsFor(document: BillingDocument): Formats {
  // A document stored before languages existed has none: English.
  const locale = (PDF_LOCALES as Partial<Record<string, string>>)[document.language] ?? PDF_LOCALES.en;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const quantityFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const rateFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // One formatter per document: building an Intl.NumberFormat costs more than the rest of a row.
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: document.currency });
  const digits = moneyFormat.resolvedOptions().maximumFractionDigits ?? 2;
  // As domain/money.ts does: the amount reaches Intl as a decimal string, never a float.
  const money = (amountMinor: number): string => {
    const magnitude = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
    const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
    return moneyFormat.format(`${amountMinor < 0 ? '-' : ''}${decimal}` as `${number}`);
  };
  return {
    labels: (PDF_LABELS as Partial<Record<string, PdfLabels>>)[document.language] ?? PDF_LABELS.en,
    money,
    day: (day) => (day ? dateFormat.format(new Date(`${day}T00:00:00.000Z`)) : ''),
    quantity: (milli) => quantityFormat.format(milli / 1000),
    rate: (basisPoints) => `${rateFormat.format(basisPoints / 100)} %`,
  };
}

/** Per tax rate: the base and the tax, in rate order (the breakdown tax authorities ask for). */
function taxBreakdown(lines: DocumentLine[]): { rate: number; base: number; tax: number }[] {
  const byRate = new Map<number, { base: number; tax: number }>();
  for (const line of lines) {
    const entry = byRate.get(line.taxRateBasisPoints) ?? { base: 0, tax: 0 };
    entry.base += line.totalMinor;
    entry.tax += line.taxMinor;
    byRate.set(line.taxRateBasisPoints, entry);
  }
  return [...byRate.entries()].sort(([a], [b]) => a - b).map(([rate, sums]) => ({ rate, ...sums }));
}

const partyLines = (party: PartySnapshot, labels: PdfLabels): string[] => {
  const { street, postalCode, city, country } = party.address;
  return [
    party.legalName && party.legalName !== party.name ? party.legalName : '',
    street,
    [postalCode, city].filter(Boolean).join(' '),
    country,
    party.taxId ? `${labels.taxId}: ${party.taxId}` : '',
    party.email,
    party.phone,
  ].filter(Boolean);
};

/**
 * The state worth shouting about on the page. Only states that do not move with time or the client's
 * answer: a quote's PDF stays byte-identical when it is accepted (its SHA-256 is the evidence).
 */
function banner(document: BillingDocument, f: Formats): { text: string; color: string } | undefined {
  if (document.status === 'draft') return { text: f.labels.draft, color: '#8a6d00' };
  if (document.status === 'void') return { text: f.labels.void, color: '#b42318' };
  const payable = document.kind === 'invoice' || document.kind === 'proforma';
  if (!payable) return undefined;
  if (document.status === 'paid' || (document.totalMinor > 0 && document.paidMinor >= document.totalMinor))
    return { text: f.labels.paidInFull, color: '#027a48' };
  if (document.paidMinor > 0)
    return {
      text: `${f.labels.partiallyPaid} — ${f.labels.amountDue}: ${f.money(
        Math.max(0, document.totalMinor - document.paidMinor),
      )}`,
      color: '#b54708',
    };
  return undefined;
}

/**
 * A document as the PDF a client receives, in the document's language. Deterministic: the same
 * document and options always give the same bytes (the creation date is the issue instant, the file
 * ID derives from it, fonts are subset in glyph order), so the SHA-256 of an accepted quote's PDF can
 * be checked again later.
 */
export async function renderDocumentPdf(
  document: BillingDocument,
  options: PdfOptions = {},
): Promise<Buffer> {
  const f = formatsFor(document);
  const { labels } = f;
  const title = labels.title[document.kind];
  const number = document.number || labels.draft.split(' ')[0] || 'DRAFT';
  const { PDFDocument, regular: REGULAR_FONT, bold: BOLD_FONT } = await pdfTools();
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: `${title} ${number}`,
      Author: document.seller.name || document.seller.legalName,
      Subject: document.buyer.legalName || document.clientName,
      Creator: 'Client portal',
      Producer: 'Client portal',
      CreationDate: document.issuedAt ?? document.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    pdf.on('error', reject);
  });
  // A glyph fontkit cached while a previous document's subset was written carries no code points,
  // and pdfkit maps text back (ToUnicode: copy, search, extraction) from the code points of the glyphs
  // it meets: each document starts with an empty glyph cache (the parsed tables stay). Rendering is
  // synchronous from here to end(), so two documents never share the cache.
  REGULAR_FONT._glyphs = {};
  BOLD_FONT._glyphs = {};
  pdf.registerFont(FONT, asFontSource(REGULAR_FONT));
  pdf.registerFont(BOLD, asFontSource(BOLD_FONT));
  pdf.fillColor(INK).strokeColor(RULE).lineWidth(0.7);

  // --- Header: logo (or the seller's name) left; title, number and dates right.
  let headerBottom = MARGIN;
  if (options.logo && options.logo.length > 0) {
    try {
      pdf.image(options.logo, MARGIN, MARGIN, { fit: [150, 60] });
      headerBottom = MARGIN + 60;
    } catch {
      // A logo pdfkit cannot read (a PNG flavour it does not support) must not stop the document.
      headerBottom = MARGIN;
    }
  }
  if (headerBottom === MARGIN) {
    pdf
      .font(BOLD)
      .fontSize(16)
      .text(document.seller.name || document.clientName, MARGIN, MARGIN, {
        width: 250,
      });
    headerBottom = pdf.y;
  }
  pdf
    .font(BOLD)
    .fontSize(20)
    .text(title, 300, MARGIN, { width: RIGHT - 300, align: 'right' });
  pdf.font(FONT).fontSize(10);
  const dateRows: [string, string][] = [[labels.number, number]];
  if (document.issueDate) dateRows.push([labels.issueDate, f.day(document.issueDate)]);
  if (document.dueDate) {
    const dueLabel =
      document.kind === 'quote'
        ? labels.validUntil
        : document.kind === 'delivery_note'
          ? labels.deliveryDate
          : labels.dueDate;
    dateRows.push([dueLabel, f.day(document.dueDate)]);
  }
  let metaY = pdf.y + 4;
  for (const [label, value] of dateRows) {
    pdf.fillColor(MUTED).font(FONT).text(label, 300, metaY, { width: 110, align: 'left' });
    pdf
      .fillColor(INK)
      .font(BOLD)
      .text(value, 410, metaY, { width: RIGHT - 410, align: 'right' });
    metaY = pdf.y + 1;
  }

  // --- Parties: seller left, buyer right, each with its legal details.
  let y = Math.max(headerBottom, metaY) + 18;
  const partyWidth = CONTENT_WIDTH / 2 - 12;
  const drawParty = (heading: string, party: PartySnapshot, x: number, extra: string[]): number => {
    pdf.fillColor(MUTED).font(BOLD).fontSize(8).text(heading.toUpperCase(), x, y, { width: partyWidth });
    pdf
      .fillColor(INK)
      .font(BOLD)
      .fontSize(11)
      .text(party.name || party.legalName, x, pdf.y + 2, {
        width: partyWidth,
      });
    pdf.font(FONT).fontSize(9);
    for (const line of [...partyLines(party, labels), ...extra])
      pdf.text(line, x, pdf.y + 1, { width: partyWidth });
    return pdf.y;
  };
  const buyer: PartySnapshot = {
    ...document.buyer,
    name: document.buyer.name || document.clientName,
  };
  const sellerBottom = drawParty(
    labels.from,
    document.seller,
    MARGIN,
    options.website ? [options.website] : [],
  );
  const buyerBottom = drawParty(labels.billedTo, buyer, MARGIN + CONTENT_WIDTH / 2 + 12, []);
  y = Math.max(sellerBottom, buyerBottom) + 16;

  // --- Status banner (draft, void, paid, partially paid).
  const state = banner(document, f);
  if (state) {
    pdf.font(BOLD).fontSize(11);
    const height = pdf.heightOfString(state.text, { width: CONTENT_WIDTH - 16 }) + 10;
    pdf
      .save()
      .lineWidth(1.2)
      .strokeColor(state.color)
      .rect(MARGIN, y, CONTENT_WIDTH, height)
      .stroke()
      .restore();
    pdf.fillColor(state.color).text(state.text, MARGIN + 8, y + 5, { width: CONTENT_WIDTH - 16 });
    pdf.fillColor(INK);
    y += height + 14;
  }

  // --- Lines table. The header is repeated on each page; a row is never split across pages.
  const headerCells: Record<Column['key'], string> = {
    description: labels.description,
    quantity: labels.quantity,
    unitPrice: labels.unitPrice,
    tax: labels.tax,
    amount: labels.amount,
  };
  const drawTableHeader = (): void => {
    pdf.font(BOLD).fontSize(8.5).fillColor(MUTED);
    COLUMNS.forEach((column, index) => {
      pdf.text(headerCells[column.key], columnX(index), y, { width: column.width, align: column.align });
    });
    y = pdf.y + 3;
    pdf.moveTo(MARGIN, y).lineTo(RIGHT, y).stroke();
    y += 5;
    pdf.fillColor(INK);
  };
  const rowCells = (line: DocumentLine): Record<Column['key'], string> => ({
    description: line.description,
    quantity: line.unit ? `${f.quantity(line.quantityMilli)} ${line.unit}` : f.quantity(line.quantityMilli),
    unitPrice: f.money(line.unitPriceMinor),
    tax: f.rate(line.taxRateBasisPoints),
    amount: f.money(line.totalMinor),
  });
  const rowHeight = (cells: Record<Column['key'], string>): number => {
    pdf.font(FONT).fontSize(9);
    return Math.max(
      ...COLUMNS.map((column) => pdf.heightOfString(cells[column.key], { width: column.width })),
    );
  };
  const newPage = (): void => {
    pdf.addPage();
    y = MARGIN;
  };

  // The totals block, measured before it is drawn so it never starts a page on its own.
  const breakdown = taxBreakdown(document.lines);
  const totalRows: { label: string; value: string; bold?: boolean }[] = [
    { label: labels.subtotal, value: f.money(document.subtotalMinor) },
    ...breakdown.map((entry) => ({
      label: fill(labels.taxOn, { rate: f.rate(entry.rate), base: f.money(entry.base) }),
      value: f.money(entry.tax),
    })),
    { label: labels.total, value: f.money(document.totalMinor), bold: true },
  ];
  const payable = document.kind === 'invoice' || document.kind === 'proforma';
  if (payable && document.paidMinor > 0 && document.status !== 'void') {
    totalRows.push({ label: labels.paid, value: f.money(-document.paidMinor) });
    totalRows.push({
      label: labels.amountDue,
      value: f.money(Math.max(0, document.totalMinor - document.paidMinor)),
      bold: true,
    });
  }
  const totalsHeight = 12 + totalRows.length * 16 + 6;

  drawTableHeader();
  document.lines.forEach((line, index) => {
    const cells = rowCells(line);
    const height = rowHeight(cells);
    const last = index === document.lines.length - 1;
    // The last row travels with the totals, so the totals are never alone at the top of a page.
    const needed = height + ROW_GAP + (last ? totalsHeight : 0);
    if (y + needed > BOTTOM && y > MARGIN + 40) {
      newPage();
      drawTableHeader();
    }
    pdf.font(FONT).fontSize(9).fillColor(INK);
    COLUMNS.forEach((column, columnIndex) => {
      pdf.text(cells[column.key], columnX(columnIndex), y, { width: column.width, align: column.align });
    });
    y += height + ROW_GAP;
    if (!last) {
      pdf
        .save()
        .strokeColor('#eef1f4')
        .moveTo(MARGIN, y - ROW_GAP / 2)
        .lineTo(RIGHT, y - ROW_GAP / 2)
        .stroke()
        .restore();
    }
  });
  if (y + totalsHeight > BOTTOM) newPage();
  pdf.moveTo(MARGIN, y).lineTo(RIGHT, y).stroke();
  y += 8;
  for (const row of totalRows) {
    pdf.font(row.bold ? BOLD : FONT).fontSize(row.bold ? 11 : 9.5);
    pdf.text(row.label, MARGIN, y, { width: CONTENT_WIDTH - 120, align: 'right' });
    pdf.text(row.value, RIGHT - 115, y, { width: 115, align: 'right' });
    y = Math.max(pdf.y, y + 14) + 2;
  }
  y += 10;

  // --- Notes, terms, payment instructions: each block kept whole on one page when it fits one.
  const section = (heading: string, body: string[]): void => {
    const text = body.filter(Boolean);
    if (text.length === 0) return;
    pdf.font(FONT).fontSize(9);
    const height =
      14 + text.reduce((sum, line) => sum + pdf.heightOfString(line, { width: CONTENT_WIDTH }) + 1, 0);
    if (y + height > BOTTOM && height < BOTTOM - MARGIN) newPage();
    pdf
      .font(BOLD)
      .fontSize(9)
      .fillColor(MUTED)
      .text(heading.toUpperCase(), MARGIN, y, { width: CONTENT_WIDTH });
    pdf.font(FONT).fontSize(9).fillColor(INK);
    for (const line of text) pdf.text(line, MARGIN, pdf.y + 1, { width: CONTENT_WIDTH });
    y = pdf.y + 12;
  };
  section(labels.notes, [document.notes]);
  section(labels.terms, [document.terms]);
  const payment = options.payment;
  if (payable && payment && (payment.iban || payment.bankName || payment.bic || payment.text))
    section(labels.paymentInstructions, [
      payment.bankName ? `${labels.bank}: ${payment.bankName}` : '',
      payment.iban ? `${labels.iban}: ${formatIban(payment.iban)}` : '',
      payment.bic ? `${labels.bic}: ${payment.bic}` : '',
      document.number ? `${labels.reference}: ${document.number}` : '',
      payment.text,
    ]);

  // --- Footer on every page: the profile's footer text and "page X of Y", in the language.
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    // Writing below the bottom margin would make pdfkit add a page: lift the margin while we do.
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const footerY = PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT + 12;
    pdf
      .moveTo(MARGIN, footerY - 6)
      .lineTo(RIGHT, footerY - 6)
      .stroke();
    pdf.font(FONT).fontSize(7.5).fillColor(MUTED);
    const pageText = fill(labels.page, { page: index + 1, pages: range.count });
    const footerText = [options.footer ?? '', `${title} ${number}`].filter(Boolean).join(' · ');
    pdf.text(footerText, MARGIN, footerY, { width: CONTENT_WIDTH - 110, lineBreak: true, height: 28 });
    pdf.text(pageText, RIGHT - 100, footerY, { width: 100, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottomMargin;
  }
  pdf.flushPages();
  pdf.end();
  return finished;
}
