import { button, escapeHtml, layout, oneLine, otherChannels, type RenderedEmail } from './templates.js';

/** What a team invitation e-mail says; the role is shown in the reader's language. */
export interface TeamInvitationValues {
  displayName: string;
  tenantName: string;
  invitedByName: string;
  role: 'owner' | 'admin' | 'manager' | 'member';
  acceptUrl: string;
}

interface TeamInvitationTexts {
  roles: Record<TeamInvitationValues['role'], string>;
  subject(values: TeamInvitationValues): string;
  greeting(values: TeamInvitationValues): string;
  intro(values: TeamInvitationValues, role: string): string;
  action: string;
  validity: string;
  ignore: string;
}

/** Every language a tenant may speak has its own wording: staff are invited in the agency's language. */
const TEXTS: Record<'en' | 'fr' | 'es' | 'pt', TeamInvitationTexts> = {
  en: {
    roles: { owner: 'owner', admin: 'administrator', manager: 'manager', member: 'member' },
    subject: ({ tenantName }) => `Join the ${tenantName} team`,
    greeting: ({ displayName }) => `Hello ${displayName},`,
    intro: ({ tenantName, invitedByName }, role) =>
      `${invitedByName} invited you to join the ${tenantName} team as ${role}. You will work with the agency's clients, projects and messages in one place.`,
    action: 'Accept the invitation and choose your password',
    validity: 'This link works for 7 days and only once.',
    ignore: 'If you were not expecting this invitation, you can ignore this e-mail.',
  },
  fr: {
    roles: { owner: 'propriétaire', admin: 'administrateur', manager: 'manager', member: 'membre' },
    subject: ({ tenantName }) => `Rejoignez l'équipe ${tenantName}`,
    greeting: ({ displayName }) => `Bonjour ${displayName},`,
    intro: ({ tenantName, invitedByName }, role) =>
      `${invitedByName} vous invite à rejoindre l'équipe ${tenantName} en tant que ${role}. Vous retrouverez les clients, les projets et les messages de l'agence au même endroit.`,
    action: "Accepter l'invitation et choisir votre mot de passe",
    validity: 'Ce lien est valable 7 jours et une seule fois.',
    ignore: "Si vous n'attendiez pas cette invitation, vous pouvez ignorer cet e-mail.",
  },
  es: {
    roles: { owner: 'propietario', admin: 'administrador', manager: 'gestor', member: 'miembro' },
    subject: ({ tenantName }) => `Únete al equipo de ${tenantName}`,
    greeting: ({ displayName }) => `Hola ${displayName}:`,
    intro: ({ tenantName, invitedByName }, role) =>
      `${invitedByName} te ha invitado a unirte al equipo de ${tenantName} como ${role}. Tendrás los clientes, los proyectos y los mensajes de la agencia en un solo lugar.`,
    action: 'Aceptar la invitación y elegir tu contraseña',
    validity: 'Este enlace es válido durante 7 días y una sola vez.',
    ignore: 'Si no esperabas esta invitación, puedes ignorar este correo.',
  },
  pt: {
    roles: { owner: 'proprietário', admin: 'administrador', manager: 'gestor', member: 'membro' },
    subject: ({ tenantName }) => `Junte-se à equipa ${tenantName}`,
    greeting: ({ displayName }) => `Olá ${displayName},`,
    intro: ({ tenantName, invitedByName }, role) =>
      `${invitedByName} convidou-o para a equipa ${tenantName} como ${role}. Terá os clientes, os projetos e as mensagens da agência num só lugar.`,
    action: 'Aceitar o convite e escolher a sua palavra-passe',
    validity: 'Esta ligação é válida durante 7 dias e uma única vez.',
    ignore: 'Se não esperava este convite, pode ignorar este e-mail.',
  },
};

function textsFor(language: string): TeamInvitationTexts {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? TEXTS[key] : TEXTS.en;
}

/** The branded team invitation: the agency's name in the subject and heading, the link as a button. */
export function teamInvitationEmail(language: string, values: TeamInvitationValues): RenderedEmail {
  const texts = textsFor(language);
  const role = texts.roles[values.role];
  const intro = texts.intro(values, role);
  return {
    subject: oneLine(texts.subject(values)),
    text:
      [
        values.tenantName,
        texts.greeting(values),
        intro,
        `${texts.action}:\n${values.acceptUrl}`,
        texts.validity,
        texts.ignore,
      ].join('\n\n') + '\n',
    html: layout([
      `<h1 style="font-size:20px;margin:0 0 16px;color:#1f2933">${escapeHtml(values.tenantName)}</h1>`,
      `<p>${escapeHtml(texts.greeting(values))}</p>`,
      `<p>${escapeHtml(intro)}</p>`,
      button(values.acceptUrl, texts.action),
      `<p style="font-size:13px;color:#52606d">${escapeHtml(texts.validity)} ${escapeHtml(texts.ignore)}</p>`,
    ]),
    // No account yet: no inbox entry.
    ...otherChannels(texts.subject(values), intro, values.acceptUrl, { inApp: false }),
  };
}
