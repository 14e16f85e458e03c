import { formatOrderTotal, orderPlacedEmail } from './catalog.template.js';

const values = {
  tenantName: 'Acme <Agency>',
  clientName: 'Globex',
  placedByName: 'Grace Hopper',
  number: 'ORD-2026-0003',
  total: '',
  lineCount: 2,
  note: 'Before the launch,\nplease.',
  link: 'https://portal.example.com/app/billing/orders/o1',
};

describe('the order-placed e-mail', () => {
  it('speaks each language, in text and escaped HTML', () => {
    const subjects = (['en', 'fr', 'es', 'pt'] as const).map((language) => {
      const email = orderPlacedEmail(language, {
        ...values,
        total: formatOrderTotal(123_327, 'EUR', language),
      });
      expect(email.text).toContain(values.link);
      expect(email.text).toContain('Before the launch,\nplease.');
      expect(email.html).toContain('Acme &lt;Agency&gt;');
      expect(email.html).toContain('Before the launch,<br>please.');
      return email.subject;
    });
    expect(subjects).toEqual([
      'New order ORD-2026-0003 from Globex',
      'Nouvelle commande ORD-2026-0003 de Globex',
      'Nuevo pedido ORD-2026-0003 de Globex',
      'Nova encomenda ORD-2026-0003 de Globex',
    ]);
    expect(orderPlacedEmail('fr', { ...values, total: formatOrderTotal(123_327, 'EUR', 'fr') }).text).toMatch(
      /1\s?233,27\s€/,
    );
    expect(orderPlacedEmail('en', { ...values, total: formatOrderTotal(500, 'JPY', 'en') }).text).toContain(
      '¥500',
    );
  });
});
