/**
 * E-mail wording per language (issue 12: every notification in FR, EN, ES and PT). A language a
 * template has no words for falls back to English; the caller chooses the language: the recipient's,
 * else the tenant's default (see application/notification-language.ts).
 */
export const LANGUAGES = ['en', 'fr', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One of the four languages, from anything a person or an event carries ('FR', ' pt ', ''…): else English. */
export function languageOf(language: string): Language {
  const key = language.trim().toLowerCase();
  return (LANGUAGES as readonly string[]).includes(key) ? (key as Language) : 'en';
}

export interface InvitationValues {
  displayName: string;
  /** The agency: the one who invites and whose portal it is. */
  tenantName: string;
  /** The agency's client the invited person belongs to; empty: not said. */
  clientName: string;
  workspaceName: string;
  acceptUrl: string;
}

export interface NewMessageValues {
  /** Empty: "someone" in the reader's language. */
  authorName: string;
  /** The workspace's name, else the client's, else empty. */
  placeName: string;
  body: string;
  link: string;
}

/** The in-app entry and text message of a notification, next to its e-mail (issue 12). */
export interface RenderedChannels {
  /** The text message: short, one line, with the link. */
  sms?: string;
  /** The inbox entry: title, one line, and the web app path it leads to. */
  inApp?: { title: string; body: string; link: string };
}

export interface RenderedEmail extends RenderedChannels {
  subject: string;
  text: string;
  html: string;
}

interface Texts {
  invitation: {
    subject(values: InvitationValues): string;
    greeting(values: InvitationValues): string;
    intro(values: InvitationValues): string;
    action: string;
    ignore: string;
  };
  newMessage: {
    someone: string;
    subject(values: NewMessageValues): string;
    intro(values: NewMessageValues): string;
    action: string;
  };
}

// The invitation names the AGENCY's portal (the tenant), never the client's: the portal is the
// agency's, and the client is who the person is invited for.
const TEXTS: Record<Language, Texts> = {
  en: {
    invitation: {
      subject: ({ tenantName }) => `${tenantName} invited you to their client portal`,
      greeting: ({ displayName }) => `Hello ${displayName},`,
      intro: ({ tenantName, clientName, workspaceName }) =>
        `${tenantName} invited you to their client portal${workspaceName ? `, in the workspace "${workspaceName}"` : ''}${clientName ? ` for ${clientName}` : ''}, where your projects, documents, invoices and messages are in one place.`,
      action: 'Accept the invitation and choose your password',
      ignore: 'If you were not expecting this invitation, you can ignore this e-mail.',
    },
    newMessage: {
      someone: 'Someone',
      subject: ({ authorName, placeName }) =>
        `New message from ${authorName}${placeName ? ` in ${placeName}` : ''}`,
      intro: ({ authorName, placeName }) => `${authorName} wrote${placeName ? ` in ${placeName}` : ''}:`,
      action: 'Reply in the portal',
    },
  },
  fr: {
    invitation: {
      subject: ({ tenantName }) => `${tenantName} vous invite sur son portail client`,
      greeting: ({ displayName }) => `Bonjour ${displayName},`,
      intro: ({ tenantName, clientName, workspaceName }) =>
        `${tenantName} vous invite sur son portail client${workspaceName ? `, dans l'espace « ${workspaceName} »` : ''}${clientName ? ` pour ${clientName}` : ''}, où vos projets, documents, factures et messages sont réunis au même endroit.`,
      action: "Accepter l'invitation et choisir votre mot de passe",
      ignore: "Si vous n'attendiez pas cette invitation, vous pouvez ignorer cet e-mail.",
    },
    newMessage: {
      someone: "Quelqu'un",
      subject: ({ authorName, placeName }) =>
        `Nouveau message de ${authorName}${placeName ? ` dans ${placeName}` : ''}`,
      intro: ({ authorName, placeName }) => `${authorName} a écrit${placeName ? ` dans ${placeName}` : ''} :`,
      action: 'Répondre dans le portail',
    },
  },
  es: {
    invitation: {
      subject: ({ tenantName }) => `${tenantName} le ha invitado a su portal de clientes`,
      greeting: ({ displayName }) => `Hola ${displayName}:`,
      intro: ({ tenantName, clientName, workspaceName }) =>
        `${tenantName} le ha invitado a su portal de clientes${workspaceName ? `, en el espacio «${workspaceName}»` : ''}${clientName ? ` para ${clientName}` : ''}, donde sus proyectos, documentos, facturas y mensajes están en un solo lugar.`,
      action: 'Aceptar la invitación y elegir su contraseña',
      ignore: 'Si no esperaba esta invitación, puede ignorar este correo.',
    },
    newMessage: {
      someone: 'Alguien',
      subject: ({ authorName, placeName }) =>
        `Nuevo mensaje de ${authorName}${placeName ? ` en ${placeName}` : ''}`,
      intro: ({ authorName, placeName }) => `${authorName} escribió${placeName ? ` en ${placeName}` : ''}:`,
      action: 'Responder en el portal',
    },
  },
  pt: {
    invitation: {
      subject: ({ tenantName }) => `${tenantName} convidou-o para o seu portal de clientes`,
      greeting: ({ displayName }) => `Olá ${displayName},`,
      intro: ({ tenantName, clientName, workspaceName }) =>
        `${tenantName} convidou-o para o seu portal de clientes${workspaceName ? `, no espaço «${workspaceName}»` : ''}${clientName ? ` para ${clientName}` : ''}, onde os seus projetos, documentos, faturas e mensagens estão num só lugar.`,
      action: 'Aceitar o convite e escolher a sua palavra-passe',
      ignore: 'Se não esperava este convite, pode ignorar este e-mail.',
    },
    newMessage: {
      someone: 'Alguém',
      subject: ({ authorName, placeName }) =>
        `Nova mensagem de ${authorName}${placeName ? ` em ${placeName}` : ''}`,
      intro: ({ authorName, placeName }) => `${authorName} escreveu${placeName ? ` em ${placeName}` : ''}:`,
      action: 'Responder no portal',
    },
  },
};

function textsFor(language: string): Texts {
  return TEXTS[languageOf(language)];
}

/** The web app path of an absolute portal link (in-app entries link inside the app, not to an origin). */
export function appPath(link: string): string {
  try {
    const url = new URL(link);
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return link.startsWith('/') ? link : '';
  }
}

/** The longest text message body kept before the link: two SMS segments with the link. */
const SMS_TEXT_LIMIT = 200;

/**
 * The SMS and in-app entry of a notification from words its e-mail already has in the reader's
 * language: the subject as the title, the first sentence as the body, the link. Links that carry a
 * secret (invitations) are never put in an in-app entry.
 */
export function otherChannels(
  subject: string,
  body: string,
  link: string,
  options: { inApp?: boolean; sms?: boolean } = {},
): RenderedChannels {
  const title = oneLine(subject);
  const line = oneLine(body);
  const short = title.length > SMS_TEXT_LIMIT ? `${title.slice(0, SMS_TEXT_LIMIT - 1)}…` : title;
  return {
    ...(options.sms === false ? {} : { sms: link ? `${short} ${link}` : short }),
    ...(options.inApp === false ? {} : { inApp: { title, body: line, link: appPath(link) } }),
  };
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Subjects are one line whatever a name contains. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The tenant's look in its e-mails (notification's branding read model, from identity.branding.changed). */
export interface EmailBrand {
  name: string;
  /** Absolute URL of the public logo; empty: none. */
  logoUrl: string;
  primaryColor: string;
  accentColor: string;
}

/** The platform's own colours, for tenants that never chose theirs. */
const DEFAULT_BUTTON = '#2563eb';
const BRAND_SLOT = '<!--brand-->';
// Buttons are drawn in the platform's blue; a brand swaps this exact style for its primary colour.
const BUTTON_STYLE = `style="display:inline-block;padding:10px 18px;background:${DEFAULT_BUTTON};`;
const HEX = /^#[0-9a-f]{6}$/i;

/**
 * Every e-mail's frame: templates give the paragraphs, and the one place that sends (the
 * notification service) dresses it in the tenant's brand with `brandEmail` (a header with logo and
 * name, buttons in the primary colour) or leaves the platform's look.
 */
export function layout(paragraphs: string[]): string {
  return `<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2933">${BRAND_SLOT}${paragraphs.join('')}</body></html>`;
}

export function button(url: string, label: string): string {
  const href = escapeHtml(url);
  return `<p><a href="${href}" ${BUTTON_STYLE}color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(label)}</a></p><p style="font-size:13px;color:#52606d">${href}</p>`;
}

/** Dresses a rendered e-mail in the tenant's brand: its header (logo, name) and button colour. */
export function brandEmail(html: string, brand?: EmailBrand): string {
  if (!brand) return html;
  const primary = HEX.test(brand.primaryColor) ? brand.primaryColor : DEFAULT_BUTTON;
  const header = `<table role="presentation" width="100%" style="border-collapse:collapse;margin:0 0 20px;border-top:4px solid ${primary}" data-brand="header"><tr><td style="padding:12px 0">${
    brand.logoUrl
      ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${escapeHtml(brand.name)}" style="max-height:48px;max-width:200px;vertical-align:middle;margin-right:12px">`
      : ''
  }<span style="font-size:18px;font-weight:700;vertical-align:middle;color:${primary}">${escapeHtml(brand.name)}</span></td></tr></table>`;
  return html
    .replaceAll(BRAND_SLOT, header)
    .replaceAll(BUTTON_STYLE, BUTTON_STYLE.replace(DEFAULT_BUTTON, primary));
}

export function invitationEmail(language: string, values: InvitationValues): RenderedEmail {
  const texts = textsFor(language).invitation;
  return {
    subject: oneLine(texts.subject(values)),
    text:
      [
        texts.greeting(values),
        texts.intro(values),
        `${texts.action}:\n${values.acceptUrl}`,
        texts.ignore,
      ].join('\n\n') + '\n',
    html: layout([
      `<p>${escapeHtml(texts.greeting(values))}</p>`,
      `<p>${escapeHtml(texts.intro(values))}</p>`,
      button(values.acceptUrl, texts.action),
      `<p style="font-size:13px;color:#52606d">${escapeHtml(texts.ignore)}</p>`,
    ]),
    // The person has no account yet: no inbox entry; a text message may carry the link.
    ...otherChannels(texts.subject(values), texts.intro(values), values.acceptUrl, { inApp: false }),
  };
}

export function newMessageEmail(language: string, given: NewMessageValues): RenderedEmail {
  const texts = textsFor(language).newMessage;
  const values = { ...given, authorName: given.authorName.trim() || texts.someone };
  const quoted = escapeHtml(values.body).replaceAll('\n', '<br>');
  return {
    subject: oneLine(texts.subject(values)),
    text: [texts.intro(values), values.body, `${texts.action}:\n${values.link}`].join('\n\n') + '\n',
    html: layout([
      `<p>${escapeHtml(texts.intro(values))}</p>`,
      `<blockquote style="margin:0 0 16px;padding:8px 14px;border-left:3px solid #cbd2d9;color:#323f4b">${quoted}</blockquote>`,
      button(values.link, texts.action),
    ]),
    ...otherChannels(texts.subject(values), values.body, values.link),
  };
}
