import { fileSharedNotice } from './file-shared.template.js';
import { deliverableAwaitingNotice } from './deliverable-awaiting-approval.template.js';
import { deliverableDecidedNotice } from './deliverable-decided.template.js';
import { invoicePaidNotice } from './invoice-paid.template.js';
import { taskAssignedNotice } from './task-assigned.template.js';
import { taskDueNotice } from './task-due.template.js';

const link = 'https://portal.example.test/portal/workspaces/w-1';

/** Each notice of the notify-events slice in the four languages: its subject, once each. */
const subjects = (render: (language: string) => { email: { subject: string } }) =>
  ['en', 'fr', 'es', 'pt'].map((language) => render(language).email.subject);

describe('notify-events templates', () => {
  it('speak the four languages, and English for any other', () => {
    const notices = [
      (language: string) =>
        fileSharedNotice(language, {
          recipientName: 'Dana',
          tenantName: 'Acme',
          actorName: 'Mia',
          fileName: 'brief.pdf',
          workspaceName: 'Launch',
          link,
        }),
      (language: string) =>
        deliverableAwaitingNotice(language, {
          recipientName: 'Dana',
          tenantName: 'Acme',
          title: 'Mock-up',
          version: 2,
          workspaceName: 'Launch',
          link,
        }),
      (language: string) =>
        deliverableDecidedNotice(language, {
          recipientName: 'Olivia',
          decision: 'changes_requested',
          actorName: 'Dana',
          clientName: 'Globex',
          title: 'Mock-up',
          version: 2,
          fullyApproved: false,
          link,
        }),
      (language: string) =>
        invoicePaidNotice(language, {
          recipientName: 'Olivia',
          clientName: 'Globex',
          number: 'INV-1',
          currency: 'EUR',
          totalMinor: 120000,
          link,
        }),
      (language: string) =>
        taskAssignedNotice(language, {
          recipientName: 'Dana',
          actorName: 'Mia',
          title: 'Send the logo',
          dueDate: '2026-12-15',
          workspaceName: '',
          link,
        }),
      (language: string) =>
        taskDueNotice(language, {
          recipientName: 'Dana',
          title: 'Send the logo',
          dueDate: '2026-12-15',
          overdue: true,
          workspaceName: '',
          link,
        }),
    ];
    for (const notice of notices) {
      expect(new Set(subjects(notice)).size).toBe(4);
      expect(notice('de').email.subject).toBe(notice('en').email.subject);
    }
    expect(subjects(notices[2] as (language: string) => { email: { subject: string } })).toEqual([
      'Globex asked for changes to Mock-up (version 2)',
      'Globex demande des modifications sur Mock-up (version 2)',
      'Globex solicita cambios en Mock-up (versión 2)',
      'Globex pediu alterações a Mock-up (versão 2)',
    ]);
  });

  it('give the in-app entry a title, one line and the path of the link; escape names in HTML', () => {
    const { email, inApp } = fileSharedNotice('fr', {
      recipientName: 'Dana',
      tenantName: 'Acme',
      actorName: '<b>Mia</b>',
      fileName: 'brief.pdf',
      workspaceName: 'Launch',
      link,
    });
    expect(inApp).toEqual({
      title: 'Nouveau fichier dans Launch : brief.pdf',
      body: '<b>Mia</b> a partagé le fichier « brief.pdf » avec vous dans Launch.',
      link: '/portal/workspaces/w-1',
    });
    expect(email.html).toContain('&lt;b&gt;Mia&lt;/b&gt;');
    expect(email.text).toContain(`Ouvrir le fichier dans votre portail:\n${link}`);
    expect(
      invoicePaidNotice('fr', {
        recipientName: '',
        clientName: 'Globex',
        number: 'INV-1',
        currency: 'EUR',
        totalMinor: 120000,
        link,
      }).email.text,
    ).toMatch(/1\s200,00\s€/);
  });
});
