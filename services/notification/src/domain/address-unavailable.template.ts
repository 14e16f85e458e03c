import { escapeHtml, layout, oneLine, type RenderedEmail } from './templates.js';

/**
 * Sent instead of an invitation when the address already signs in to another organisation's portal:
 * the person learns this address cannot be used here (nothing was created for it), and the inviting
 * organisation learns nothing (it saw an ordinary invitation).
 */
export interface AddressUnavailableValues {
  displayName: string;
  tenantName: string;
}

interface Texts {
  subject(values: AddressUnavailableValues): string;
  greeting(values: AddressUnavailableValues): string;
  body(values: AddressUnavailableValues): string;
  next: string;
}

const TEXTS: Record<'en' | 'fr' | 'es' | 'pt', Texts> = {
  en: {
    subject: ({ tenantName }) => `${tenantName} tried to invite you to their client portal`,
    greeting: ({ displayName }) => `Hello ${displayName},`,
    body: ({ tenantName }) =>
      `${tenantName} invited this e-mail address to their client portal, but this address already signs in to another organisation's portal and one address cannot be used for two organisations.`,
    next: `Nothing was created for you. If you want to join, ask them to invite another address of yours. If you were not expecting this, you can ignore this e-mail.`,
  },
  fr: {
    subject: ({ tenantName }) => `${tenantName} a essayé de vous inviter sur son portail client`,
    greeting: ({ displayName }) => `Bonjour ${displayName},`,
    body: ({ tenantName }) =>
      `${tenantName} a invité cette adresse e-mail sur son portail client, mais cette adresse sert déjà à se connecter au portail d'une autre organisation, et une adresse ne peut pas servir pour deux organisations.`,
    next: `Rien n'a été créé pour vous. Si vous souhaitez les rejoindre, demandez-leur d'inviter une autre de vos adresses. Si vous n'attendiez pas ce message, vous pouvez l'ignorer.`,
  },
  es: {
    subject: ({ tenantName }) => `${tenantName} intentó invitarle a su portal de clientes`,
    greeting: ({ displayName }) => `Hola ${displayName}:`,
    body: ({ tenantName }) =>
      `${tenantName} invitó esta dirección de correo a su portal de clientes, pero esta dirección ya se usa para iniciar sesión en el portal de otra organización, y una dirección no puede servir para dos organizaciones.`,
    next: `No se ha creado nada para usted. Si desea unirse, pídales que inviten otra de sus direcciones. Si no esperaba este mensaje, puede ignorarlo.`,
  },
  pt: {
    subject: ({ tenantName }) => `${tenantName} tentou convidá-lo para o seu portal de clientes`,
    greeting: ({ displayName }) => `Olá ${displayName},`,
    body: ({ tenantName }) =>
      `${tenantName} convidou este endereço de e-mail para o seu portal de clientes, mas este endereço já é usado para entrar no portal de outra organização, e um endereço não pode servir para duas organizações.`,
    next: `Nada foi criado para si. Se quiser juntar-se, peça-lhes que convidem outro dos seus endereços. Se não esperava esta mensagem, pode ignorá-la.`,
  },
};

function textsFor(language: string): Texts {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? TEXTS[key] : TEXTS.en;
}

/** The e-mail in the tenant's language; it carries no link. */
export function addressUnavailableEmail(language: string, values: AddressUnavailableValues): RenderedEmail {
  const texts = textsFor(language);
  return {
    subject: oneLine(texts.subject(values)),
    text: [texts.greeting(values), texts.body(values), texts.next].join('\n\n') + '\n',
    html: layout([
      `<p>${escapeHtml(texts.greeting(values))}</p>`,
      `<p>${escapeHtml(texts.body(values))}</p>`,
      `<p style="font-size:13px;color:#52606d">${escapeHtml(texts.next)}</p>`,
    ]),
  };
}
