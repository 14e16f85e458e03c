/**
 * E-mail wording per language. Only English is written so far; a language without texts falls back
 * to English, so adding French is adding one entry to TEXTS.
 */
export interface InvitationValues {
  displayName: string;
  tenantName: string;
  clientName: string;
  workspaceName: string;
  acceptUrl: string;
}

export interface NewMessageValues {
  authorName: string;
  /** The workspace's name, else the client's, else empty. */
  placeName: string;
  body: string;
  link: string;
}

export interface RenderedEmail {
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
    subject(values: NewMessageValues): string;
    intro(values: NewMessageValues): string;
    action: string;
  };
}

const en: Texts = {
  invitation: {
    subject: ({ tenantName, clientName }) =>
      clientName
        ? `${tenantName} invited you to the ${clientName} portal`
        : `${tenantName} invited you to their client portal`,
    greeting: ({ displayName }) => `Hello ${displayName},`,
    intro: ({ tenantName, clientName, workspaceName }) =>
      `${tenantName} invited you to ${workspaceName ? `the workspace "${workspaceName}" in ` : ''}${clientName ? `the ${clientName} portal` : 'their client portal'}, where your projects, documents, invoices and messages are in one place.`,
    action: 'Accept the invitation and choose your password',
    ignore: 'If you were not expecting this invitation, you can ignore this e-mail.',
  },
  newMessage: {
    subject: ({ authorName, placeName }) =>
      `New message from ${authorName}${placeName ? ` in ${placeName}` : ''}`,
    intro: ({ authorName, placeName }) => `${authorName} wrote${placeName ? ` in ${placeName}` : ''}:`,
    action: 'Reply in the portal',
  },
};

const TEXTS: Record<string, Texts> = { en };

function textsFor(language: string): Texts {
  return TEXTS[language.trim().toLowerCase()] ?? en;
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
  };
}

export function newMessageEmail(language: string, values: NewMessageValues): RenderedEmail {
  const texts = textsFor(language).newMessage;
  const quoted = escapeHtml(values.body).replaceAll('\n', '<br>');
  return {
    subject: oneLine(texts.subject(values)),
    text: [texts.intro(values), values.body, `${texts.action}:\n${values.link}`].join('\n\n') + '\n',
    html: layout([
      `<p>${escapeHtml(texts.intro(values))}</p>`,
      `<blockquote style="margin:0 0 16px;padding:8px 14px;border-left:3px solid #cbd2d9;color:#323f4b">${quoted}</blockquote>`,
      button(values.link, texts.action),
    ]),
  };
}
