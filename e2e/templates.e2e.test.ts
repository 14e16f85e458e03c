import { passwordToken, uniqueName, waitForMail, type MailpitMessage } from '@client-portal/testing';
import { demoLogoPng } from '../deploy/local/demo-logo.js';
import { Api, type ApiResponse } from './support/http.js';
import { addClientUser, addStaff, createTenant } from './support/people.js';
import { Platform } from './support/platform.js';

interface Branding {
  version: number;
  senderName: string;
  replyTo: string;
  defaultLanguage: string;
}
interface Preview {
  language: string;
  subject: string;
  html: string;
  text: string;
  fromName: string;
  replyTo: string;
  sms: string;
  inAppTitle: string;
}
type Mail = MailpitMessage & { ReplyTo?: { Address: string; Name: string }[] };

const ROLES = ['owner', 'admin', 'manager', 'member', 'client', 'rival'] as const;
type Role = (typeof ROLES)[number];

const violationsOf = (response: ApiResponse): string[] =>
  ((response.body as { violations?: { field: string; code?: string }[] }).violations ?? []).map(
    (violation) => `${violation.field}:${violation.code ?? ''}`,
  );

/**
 * Templates (issue 12) on the real platform: the branding's sender name and reply-to (refusals name
 * the field and keep what was stored), a client's invitation read back from Mailpit in the tenant's
 * language and branding, and the staff preview of every template with its permission matrix.
 */
describe('notification templates over REST and SMTP', () => {
  let platform: Platform;
  let api: Api;
  const as = {} as Record<Role, Api>;
  const slug = uniqueName('tpl').replaceAll('_', '-').toLowerCase();

  beforeAll(async () => {
    platform = await Platform.start();
    api = new Api(platform.url);
    const { tenantId, owner } = await createTenant(platform, { name: 'Atelier Lumière', slug });
    as.owner = api.as(await passwordToken(owner.email, owner.password));
    for (const role of ['admin', 'manager', 'member'] as const) {
      const person = await addStaff(platform, tenantId, role, `The ${role}`);
      as[role] = api.as(await passwordToken(person.email, person.password));
    }
    const clientId = (await as.owner.post<{ id: string }>('/clients', { name: 'Globex' })).body.id;
    const contact = await addClientUser(platform, tenantId, clientId, 'Dana Scully');
    as.client = api.as(await passwordToken(contact.email, contact.password));
    const rival = await createTenant(platform, { name: 'Rival Agency' });
    as.rival = api.as(await passwordToken(rival.owner.email, rival.owner.password));
  });

  afterAll(async () => {
    await platform.stop();
  });

  it('sends a French client invitation from the sender name, with the reply-to, logo and colour', async () => {
    const current = (await as.owner.get<Branding>('/branding')).body;
    const refused = await as.owner.put('/branding', {
      primaryColor: '#0b5e55',
      accentColor: '#7a2e8f',
      defaultLanguage: 'fr',
      senderName: 'x'.repeat(101),
      replyTo: 'not an address',
      expectedVersion: current.version,
    });
    expect(refused.status).toBe(400);
    expect(violationsOf(refused)).toEqual(['senderName:too_long', 'replyTo:invalid_format']);
    // Nothing was stored by the refusal.
    expect((await as.owner.get<Branding>('/branding')).body).toMatchObject({
      version: current.version,
      senderName: '',
      replyTo: '',
    });

    const saved = await as.owner.put<Branding>('/branding', {
      primaryColor: '#0b5e55',
      accentColor: '#7a2e8f',
      defaultLanguage: 'fr',
      senderName: "L'équipe Lumière",
      replyTo: 'Bonjour@Lumiere.test',
      expectedVersion: current.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ senderName: "L'équipe Lumière", replyTo: 'bonjour@lumiere.test' });
    // A member may not change who e-mails come from.
    expect(
      (await as.member.put('/branding', { ...saved.body, expectedVersion: saved.body.version })).status,
    ).toBe(403);
    const logo = await as.owner.upload('PUT', '/branding/logo', demoLogoPng(), 'image/png');
    expect(logo.status).toBe(200);

    const email = `${uniqueName('chloe')}@globex.test`;
    const client = await as.owner.post<{ id: string }>('/clients', {
      name: 'Maison Dubois',
      primaryContact: { firstName: 'Chloé', lastName: 'Dubois', email, role: 'decision-maker' },
    });
    expect((await as.owner.post('/clients/portal-links', { clientIds: [client.body.id] })).status).toBe(200);

    const mail = (await waitForMail(email, {
      subject: 'Atelier Lumière vous invite sur son portail client',
      timeoutMs: 30_000,
    })) as Mail;
    expect(mail.From.Name).toBe("L'équipe Lumière");
    expect(mail.ReplyTo?.map((address) => address.Address)).toEqual(['bonjour@lumiere.test']);
    expect(mail.Text).toContain('Bonjour Chloé Dubois,');
    expect(mail.Text).toContain("Accepter l'invitation et choisir votre mot de passe");
    expect(mail.Text).not.toMatch(/Maison Dubois portal|invited you/);
    expect(mail.HTML).toContain(`/api/branding/logos/${slug}?v=`);
    expect(mail.HTML).toContain('border-top:4px solid #0b5e55');
    expect(mail.HTML).toContain('background:#0b5e55');
  });

  it('previews every template in each language for staff, in the branding; nobody else may', async () => {
    const list = await as.member.get<{
      templates: { template: string; hasSms: boolean }[];
      defaultLanguage: string;
    }>('/notification-templates');
    expect(list.status).toBe(200);
    expect(list.body.defaultLanguage).toBe('fr');
    expect(list.body.templates.map((entry) => entry.template)).toContain('invitation');
    // Every template in the tenant's branding (the unit tests cover each template in the four languages).
    for (const { template } of list.body.templates) {
      const preview = await as.member.get<Preview>(`/notification-templates/${template}/preview?language=fr`);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        language: 'fr',
        fromName: "L'équipe Lumière",
        replyTo: 'bonjour@lumiere.test',
      });
      expect(preview.body.html).toContain('border-top:4px solid #0b5e55');
    }
    const subjects: string[] = [];
    for (const language of ['fr', 'en', 'es', 'pt'])
      subjects.push(
        (await as.member.get<Preview>(`/notification-templates/invitation/preview?language=${language}`)).body
          .subject,
      );
    expect(subjects).toEqual([
      'Atelier Lumière vous invite sur son portail client',
      'Atelier Lumière invited you to their client portal',
      'Atelier Lumière le ha invitado a su portal de clientes',
      'Atelier Lumière convidou-o para o seu portal de clientes',
    ]);
    // Without a language: the tenant's default.
    const fallback = await as.owner.get<Preview>('/notification-templates/new-message/preview');
    expect(fallback.body.language).toBe('fr');
    expect(fallback.body.inAppTitle).toContain('Nouveau message');

    const bad = await as.owner.get('/notification-templates/invitation/preview?language=de');
    expect(bad.status).toBe(400);
    expect(violationsOf(bad)).toEqual(['language:invalid_value']);
    expect((await as.owner.get('/notification-templates/nothing-like-it/preview')).status).toBe(404);

    const statuses: Partial<Record<Role, number[]>> = {};
    for (const role of ROLES)
      statuses[role] = [
        (await as[role].get('/notification-templates')).status,
        (await as[role].get('/notification-templates/invitation/preview?language=en')).status,
      ];
    expect(statuses).toEqual({
      owner: [200, 200],
      admin: [200, 200],
      manager: [200, 200],
      member: [200, 200],
      client: [403, 403],
      // Another tenant's staff see their own tenant's previews, never this one's branding.
      rival: [200, 200],
    });
    const rivalPreview = await as.rival.get<Preview>(
      '/notification-templates/invitation/preview?language=en',
    );
    expect(rivalPreview.body.fromName).not.toBe("L'équipe Lumière");
    expect(rivalPreview.body.replyTo).toBe('');
    expect((await api.get('/notification-templates')).status).toBe(401);
  });
});
