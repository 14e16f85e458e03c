import { receiptEmail, type ReceiptValues } from './payments.template.js';

const values: ReceiptValues = {
  recipientName: 'Dana Scully',
  tenantName: 'Acme Agency',
  clientName: 'Globex',
  currency: 'EUR',
  amountMinor: 150_050,
  method: 'bank_transfer',
  paidAt: '2026-11-30T15:00:00.000Z',
  allocations: [
    { number: 'INV-2026-0042', amountMinor: 100_000, remainingMinor: 0 },
    { number: 'INV-2026-0043', amountMinor: 50_050, remainingMinor: 20_000 },
  ],
};

describe('the payment receipt e-mail', () => {
  it.each([
    ['en', '€1,500.50', 'Bank transfer', 'Still due', 'paid in full', '30 November 2026'],
    ['fr', '1 500,50 €', 'Virement bancaire', 'Reste dû', 'soldée', '30 novembre 2026'],
    [
      'es',
      '1500,50 €',
      'Transferencia bancaria',
      'Pendiente',
      'pagada por completo',
      '30 de noviembre de 2026',
    ],
    [
      'pt',
      '1500,50 €',
      'Transferência bancária',
      'Em dívida',
      'paga na totalidade',
      '30 de novembro de 2026',
    ],
  ])(
    'speaks %s: amount, method, date, each invoice and what remains due',
    (language, amount, method, remaining, settled, date) => {
      const email = receiptEmail(language, values);
      const text = email.text.replace(/\u202f|\u00a0/g, ' ');
      expect(email.subject.replace(/\u202f|\u00a0/g, ' ')).toContain(amount);
      for (const expected of [
        amount,
        method,
        remaining,
        settled,
        date,
        'INV-2026-0042',
        'INV-2026-0043',
        'Acme Agency',
      ])
        expect(text).toContain(expected);
      expect(email.html).toContain('INV-2026-0043');
      expect(email.html).toContain('<table');
    },
  );

  it('escapes names in the HTML', () => {
    const email = receiptEmail('en', { ...values, tenantName: '<b>Acme</b>' });
    expect(email.html).not.toContain('<b>Acme</b>');
    expect(email.html).toContain('&lt;b&gt;Acme&lt;/b&gt;');
  });
});
