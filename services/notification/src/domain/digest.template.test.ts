import { digestEmail } from './digest.template.js';

describe('the digest e-mail', () => {
  const entries = [
    { subject: 'New message from Grace', text: 'Hello <team>', at: new Date() },
    { subject: 'New message from Grace', text: 'Second', at: new Date() },
  ];
  const values = {
    timing: 'daily' as const,
    recipientName: 'Olivia',
    entries,
    preferencesUrl: 'https://x.test/p',
  };

  it('lists every entry once, in four languages', () => {
    const english = digestEmail('en', values);
    expect(english.subject).toBe('Your daily digest: 2 notifications');
    expect(english.text).toContain('1. New message from Grace');
    expect(english.text).toContain('2. New message from Grace');
    expect(english.html.match(/data-digest-item/g)).toHaveLength(2);
    expect(english.html).toContain('Hello &lt;team&gt;');
    expect(digestEmail('fr', values).subject).toBe('Votre résumé quotidien : 2 notifications');
    expect(digestEmail('es', { ...values, timing: 'hourly' }).subject).toBe(
      'Tu resumen por hora: 2 notificaciones',
    );
    expect(digestEmail('pt', { ...values, entries: entries.slice(0, 1) }).subject).toBe(
      'O seu resumo diário: 1 notificação',
    );
    expect(digestEmail('de', values).subject).toBe(english.subject);
  });
});
