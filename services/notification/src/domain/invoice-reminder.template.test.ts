import { invoiceReminderEmail } from './invoice-reminder.template.js';

const values = {
  recipientName: 'Dana <Scully>',
  tenantName: 'Acme Agency',
  number: 'INV-2026-0042',
  currency: 'EUR',
  amountDueMinor: 224_050,
  dueDate: '2026-12-29',
  daysOverdue: 7,
  payUrl: 'https://portal.example.com/portal/billing/documents/abc',
};

describe('the overdue invoice reminder e-mail', () => {
  it.each([
    ['en', 'overdue', '7 days', 'View and pay the invoice'],
    ['fr', 'échue', '7 jours', 'Voir et payer la facture'],
    ['es', 'vencida', '7 días', 'Ver y pagar la factura'],
    ['pt', 'vencida', '7 dias', 'Ver e pagar a fatura'],
  ])('speaks %s: amount due, due date, days overdue and the link to pay', (language, word, days, action) => {
    const email = invoiceReminderEmail(language, values);
    expect(email.subject).toContain('INV-2026-0042');
    expect(email.subject).toContain(word);
    expect(email.text).toMatch(/2[\s.,\u00a0\u202f]?240[.,]50/);
    expect(email.text).toContain('2026');
    expect(email.text).toContain(days);
    expect(email.text).toContain(values.payUrl);
    expect(email.html).toContain(action);
    expect(email.html).toContain(`href="${values.payUrl}"`);
    // The recipient's name is escaped in the HTML part.
    expect(email.html).toContain('Dana &lt;Scully&gt;');
  });
});
