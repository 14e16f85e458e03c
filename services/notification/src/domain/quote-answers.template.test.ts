import { documentCommentEmail, quoteAnsweredEmail } from './quote-answers.template.js';

describe('quote answer and comment e-mails', () => {
  const answered = {
    decision: 'accepted' as const,
    clientName: 'Globex',
    number: 'QUO-2026-0007',
    signerName: 'Grace <Hopper>',
    comment: 'Go ahead',
    verifyUrl: 'https://app.test/verify/abc',
    link: 'https://app.test/app/clients/c1',
  };

  it('speaks the four languages, with the evidence link in text and HTML', () => {
    expect(quoteAnsweredEmail('en', answered).subject).toBe('Globex accepted quote QUO-2026-0007');
    expect(quoteAnsweredEmail('fr', answered).subject).toBe('Globex a accepté le devis QUO-2026-0007');
    expect(quoteAnsweredEmail('es', { ...answered, decision: 'rejected' }).subject).toBe(
      'Globex ha rechazado el presupuesto QUO-2026-0007',
    );
    expect(quoteAnsweredEmail('pt', answered).subject).toBe('Globex aceitou o orçamento QUO-2026-0007');
    const email = quoteAnsweredEmail('en', answered);
    expect(email.text).toContain('https://app.test/verify/abc');
    expect(email.html).toContain('Grace &lt;Hopper&gt;');
    expect(email.html).not.toContain('<Hopper>');
  });

  it('quotes the comment for the other side', () => {
    const email = documentCommentEmail('pt', {
      authorName: 'Dana',
      otherPartyName: 'Acme',
      number: 'INV-2026-0042',
      body: 'Pago amanhã.',
      link: 'https://app.test/portal/billing/d1',
    });
    expect(email.subject).toBe('Novo comentário em INV-2026-0042 de Dana');
    expect(email.text).toContain('Pago amanhã.');
    expect(email.html).toContain('https://app.test/portal/billing/d1');
  });
});
