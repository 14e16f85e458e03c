import { documentSentEmail, type DocumentSentValues } from './documents.template.js';

const values: DocumentSentValues = {
  recipientName: 'Dana <Scully>',
  tenantName: 'Acme & Co',
  kind: 'invoice',
  number: 'INV-2026-0042',
  currency: 'EUR',
  totalMinor: 324_000,
  dueDate: '2026-12-29',
  message: 'Here is November.',
  portalUrl: 'https://portal.example.com/portal/documents/7a6b',
};

describe('the document-sent e-mail', () => {
  it.each([
    ['en', 'Acme & Co: invoice INV-2026-0042', /€3,240\.00/, 'Payment is due by 29 December 2026.'],
    ['fr', 'Acme & Co : la facture INV-2026-0042', /3\s240,00\s€/, 'À régler avant le 29 décembre 2026.'],
    ['es', 'Acme & Co: la factura INV-2026-0042', /3240,00\s€/, 'Vence el 29 de diciembre de 2026.'],
    ['pt', 'Acme & Co: a fatura INV-2026-0042', /3240,00\s€/, 'Pagamento até 29 de dezembro de 2026.'],
  ])('speaks %s: subject, amount, due date, message and portal link', (language, subject, amount, due) => {
    const email = documentSentEmail(language, values);
    expect(email.subject).toBe(subject);
    expect(email.text).toMatch(amount);
    expect(email.text).toContain(due);
    expect(email.text).toContain('Here is November.');
    expect(email.text).toContain(values.portalUrl);
    expect(email.html).toContain(values.portalUrl);
    // Names are escaped in the HTML part.
    expect(email.html).toContain('Dana &lt;Scully&gt;');
    expect(email.html).not.toContain('<Scully>');
  });

  it('says "valid until" for a quote and nothing about dates for a delivery note', () => {
    expect(documentSentEmail('en', { ...values, kind: 'quote' }).text).toContain(
      'Valid until 29 December 2026.',
    );
    const delivery = documentSentEmail('en', { ...values, kind: 'delivery_note' }).text;
    expect(delivery).not.toContain('2026.');
  });
});
