import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { extractPdfText } from '@client-portal/testing';
import type { DocumentKind, DocumentLanguage, PartySnapshot } from '../domain/document.js';
import { renderDocumentPdf } from './document-pdf.js';
import { sampleDocument } from './sample-document.js';

const seller: PartySnapshot = {
  name: 'Ελληνικά Studio',
  legalName: 'Ελληνικά Studio Μονοπρόσωπη ΙΚΕ',
  address: { street: 'Οδός Ερμού 12', postalCode: '105 63', city: 'Αθήνα', country: 'Ελλάδα' },
  taxId: 'EL123456789',
  email: 'billing@ellinika.example',
  phone: '+30 21 0000 0000',
};
const buyer: PartySnapshot = {
  name: 'Łódź Żółć Studio',
  legalName: 'Łódź Żółć Studio Sp. z o.o.',
  address: { street: 'ul. Piotrkowska 1', postalCode: '90-001', city: 'Łódź', country: 'Polska' },
  taxId: 'PL1234567890',
  email: 'faktury@lodz.example',
  phone: '',
};
const payment = {
  bankName: 'Banque Populaire',
  iban: 'FR7630006000011234567890189',
  bic: 'CCBPFRPP',
  text: '',
};

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const textOf = async (pdf: Buffer): Promise<string> => (await extractPdfText(pdf)).pages.join('\n');

/** A 1×1 PNG made here: signature, IHDR, one IDAT row, IEND (CRCs computed). */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x2a, 0x6f, 0xdb]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('document PDF', () => {
  it('embeds fonts that bring Polish, Greek and Cyrillic names back out of the PDF', async () => {
    const document = sampleDocument({
      tenantId: 't1',
      seller,
      buyer,
      notes: 'Contact: Дмитрий Иванов (Москва)',
      language: 'en',
    });
    const pdf = await renderDocumentPdf(document, {
      payment,
      footer: 'Ελληνικά Studio — Αθήνα',
      logo: tinyPng(),
    });
    const text = await textOf(pdf);
    expect(text).toContain('Łódź Żółć Studio');
    expect(text).toContain('Łódź Żółć Studio Sp. z o.o.');
    expect(text).toContain('Ελληνικά Studio Μονοπρόσωπη ΙΚΕ');
    expect(text).toContain('Οδός Ερμού 12');
    expect(text).toContain('Дмитрий Иванов (Москва)');
    expect(text).toContain('ul. Piotrkowska 1');
    expect(text).toContain('PL1234567890');
    expect(text).toContain('FR76 3000 6000 0112 3456 7890 189');
    // The fonts are embedded (a subset of DejaVu Sans), not the 14 standard fonts that cannot show these.
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
    expect(pdf.toString('latin1')).not.toContain('/Helvetica');
  });

  const expectations: Record<
    DocumentLanguage,
    { invoice: string; quote: string; labels: string[]; date: string; total: string; page: string }
  > = {
    en: {
      invoice: 'Invoice',
      quote: 'Quote',
      labels: [
        'Billed to',
        'Issue date',
        'Due date',
        'Description',
        'Unit price',
        'Subtotal',
        'Payment instructions',
      ],
      date: '2 March 2026',
      total: '€6,483.00',
      page: 'Page 1 of 1',
    },
    fr: {
      invoice: 'Facture',
      quote: 'Devis',
      labels: [
        'Facturé à',
        "Date d'émission",
        "Date d'échéance",
        'Désignation',
        'Prix unitaire',
        'Total HT',
        'Total TTC',
        'Modalités de paiement',
      ],
      date: '2 mars 2026',
      total: '6 483,00 €',
      page: 'Page 1 sur 1',
    },
    es: {
      invoice: 'Factura',
      quote: 'Presupuesto',
      labels: [
        'Facturar a',
        'Fecha de emisión',
        'Fecha de vencimiento',
        'Concepto',
        'Precio unitario',
        'Base imponible',
        'Instrucciones de pago',
      ],
      date: '2 de marzo de 2026',
      total: '6483,00 €',
      page: 'Página 1 de 1',
    },
    pt: {
      invoice: 'Fatura',
      quote: 'Orçamento',
      labels: [
        'Faturado a',
        'Data de emissão',
        'Data de vencimento',
        'Descrição',
        'Preço unitário',
        'Subtotal',
        'Instruções de pagamento',
      ],
      date: '2 de março de 2026',
      total: '6483,00 €',
      page: 'Página 1 de 1',
    },
  };

  it.each(Object.keys(expectations) as DocumentLanguage[])(
    'speaks %s: title, labels, dates and money',
    async (language) => {
      const expected = expectations[language];
      const invoice = await textOf(
        await renderDocumentPdf(sampleDocument({ tenantId: 't1', seller, buyer, language }), { payment }),
      );
      expect(invoice).toContain(expected.invoice);
      // Party and section headings are printed in capitals.
      for (const label of expected.labels)
        expect(invoice.toLocaleLowerCase(language)).toContain(label.toLocaleLowerCase(language));
      expect(invoice).toContain(expected.date);
      expect(invoice).toContain(expected.total);
      expect(invoice).toContain(expected.page);
      const quote = await textOf(
        await renderDocumentPdf(sampleDocument({ tenantId: 't1', seller, buyer, language, kind: 'quote' }), {
          payment,
        }),
      );
      expect(quote).toContain(expected.quote);
      // Bank details are for documents one pays.
      expect(quote).not.toContain('FR76');
    },
  );

  it.each<[DocumentKind, string[]]>([
    ['proforma', ['Proforma invoice', 'Facture proforma', 'Factura proforma', 'Fatura pró-forma']],
    ['credit_note', ['Credit note', 'Avoir', 'Nota de crédito', 'Nota de crédito']],
    ['delivery_note', ['Delivery note', 'Bon de livraison', 'Albarán', 'Guia de remessa']],
  ])('titles a %s in each language', async (kind, titles) => {
    const languages: DocumentLanguage[] = ['en', 'fr', 'es', 'pt'];
    for (const [index, language] of languages.entries()) {
      const text = await textOf(
        await renderDocumentPdf(sampleDocument({ tenantId: 't1', seller, buyer, kind, language })),
      );
      expect(text).toContain(titles[index]);
    }
  });

  it('says visibly when an invoice is partly paid, paid or void', async () => {
    const partly = await textOf(
      await renderDocumentPdf(sampleDocument({ tenantId: 't1', seller, buyer, paidMinor: 100_000 })),
    );
    expect(partly).toContain('PARTIALLY PAID');
    expect(partly).toContain('Amount due: €5,483.00');
    expect(partly).toContain('-€1,000.00');
    const paid = await textOf(
      await renderDocumentPdf(
        sampleDocument({ tenantId: 't1', seller, buyer, status: 'paid', paidMinor: 648_300 }),
      ),
    );
    expect(paid).toContain('PAID — thank you');
    const voided = await textOf(
      await renderDocumentPdf(
        sampleDocument({ tenantId: 't1', seller, buyer, status: 'void', language: 'fr' }),
      ),
    );
    expect(voided).toContain('ANNULÉ');
  });

  it('breaks a 200-line document across pages: header on each, every line once, totals with a line', async () => {
    const document = sampleDocument({ tenantId: 't1', seller, buyer, lineCount: 200, taxRates: [2000, 550] });
    const { pages } = await extractPdfText(
      await renderDocumentPdf(document, { payment, footer: 'Footer text' }),
    );
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('Footer text');
    });
    const pagesWithLines = pages.filter((page) => /\b\d+\. (Brand|Website|Development|Hosting)/.test(page));
    for (const page of pagesWithLines) expect(page).toContain('Unit price');
    const all = pages.join('\n');
    for (let line = 1; line <= 200; line++) {
      const occurrences =
        all.match(new RegExp(`(^|\\s)${line}\\. (Brand|Website|Development|Hosting)`, 'g')) ?? [];
      expect({ line, count: occurrences.length }).toEqual({ line, count: 1 });
    }
    // The totals share their page with the last line.
    const totalsPage = pages.findIndex((page) => page.includes('Subtotal'));
    expect(pages[totalsPage]).toContain('200. Hosting');
    expect(pages[totalsPage]).toContain('Tax 5.5 %');
  });

  it('gives the same bytes for the same document, other bytes for another', async () => {
    const document = sampleDocument({ tenantId: 't1', seller, buyer, lineCount: 30 });
    const options = { payment, footer: 'Same', logo: tinyPng() };
    const first = await renderDocumentPdf(document, options);
    // A copy, as a document read again from the database would be (not structuredClone: under jest its
    // Dates come from another realm).
    const copy = {
      ...document,
      lines: document.lines.map((line) => ({ ...line })),
      createdAt: new Date(document.createdAt.getTime()),
      issuedAt: new Date(document.issuedAt?.getTime() ?? 0),
    };
    const second = await renderDocumentPdf(copy, options);
    expect(sha256(second)).toBe(sha256(first));
    const changed = await renderDocumentPdf({ ...document, notes: 'One more word' }, options);
    expect(sha256(changed)).not.toBe(sha256(first));
    // The creation date is the issue instant, never the clock.
    const { info } = await extractPdfText(first);
    expect(info.CreationDate).toMatch(/^D:20260302090000/);
  });
});
