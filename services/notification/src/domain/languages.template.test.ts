import { TEMPLATES } from './notification.js';
import { TEMPLATE_SAMPLES } from './template-samples.js';
import { invitationEmail, languageOf, LANGUAGES, newMessageEmail } from './templates.js';

const invitation = {
  displayName: 'Dana',
  tenantName: 'Acme Agency',
  clientName: 'Globex',
  workspaceName: 'Website',
  acceptUrl: 'https://portal.example.com/invitations/secret',
};

describe('notifications in four languages', () => {
  it('has a preview sample for every template, and each speaks four different languages in every part', () => {
    expect(TEMPLATE_SAMPLES.map((sample) => sample.template).sort()).toEqual([...TEMPLATES].sort());
    for (const sample of TEMPLATE_SAMPLES) {
      const rendered = LANGUAGES.map((language) =>
        sample.render(language, 'Acme Agency', 'https://portal.example.com'),
      );
      // Four languages, four different subjects, bodies and (when the kind has one) text messages.
      expect(new Set(rendered.map((email) => email.subject)).size).toBe(4);
      expect(new Set(rendered.map((email) => email.text)).size).toBe(4);
      expect(new Set(rendered.map((email) => email.html)).size).toBe(4);
      for (const email of rendered) {
        expect(email.html).toMatch(/^<!doctype html>/);
        expect(email.text.endsWith('\n')).toBe(true);
        if (email.inApp) expect(email.inApp.link).toMatch(/^\//);
      }
    }
  });

  it('names the agency, not the client, as the portal an invitation is for, in every language', () => {
    const subjects = LANGUAGES.map((language) => invitationEmail(language, invitation).subject);
    expect(subjects).toEqual([
      'Acme Agency invited you to their client portal',
      'Acme Agency vous invite sur son portail client',
      'Acme Agency le ha invitado a su portal de clientes',
      'Acme Agency convidou-o para o seu portal de clientes',
    ]);
    const en = invitationEmail('en', invitation);
    expect(en.text).toContain(
      'Acme Agency invited you to their client portal, in the workspace "Website" for Globex, where',
    );
    expect(en.text).not.toMatch(/Globex portal/);
    expect(invitationEmail('fr', invitation).text).toContain(
      "Acme Agency vous invite sur son portail client, dans l'espace « Website » pour Globex, où",
    );
    // The invitation's secret link goes by text message at most, never into an inbox entry.
    expect(en.inApp).toBeUndefined();
    expect(en.sms).toBe(`Acme Agency invited you to their client portal ${invitation.acceptUrl}`);
  });

  it('speaks the new-message notification in the reader language, with the in-app entry linking inside the app', () => {
    const values = {
      authorName: '',
      placeName: 'Website',
      body: 'Ready?\nYes.',
      link: 'https://portal.example.com/app/workspaces/w1',
    };
    expect(LANGUAGES.map((language) => newMessageEmail(language, values).subject)).toEqual([
      'New message from Someone in Website',
      "Nouveau message de Quelqu'un dans Website",
      'Nuevo mensaje de Alguien en Website',
      'Nova mensagem de Alguém em Website',
    ]);
    expect(newMessageEmail('pt', { ...values, authorName: 'Dana' }).inApp).toEqual({
      title: 'Nova mensagem de Dana em Website',
      body: 'Ready? Yes.',
      link: '/app/workspaces/w1',
    });
  });

  it('reads a language from anything, English for the unknown', () => {
    expect(languageOf(' FR ')).toBe('fr');
    expect(languageOf('')).toBe('en');
    expect(languageOf('de')).toBe('en');
  });
});
