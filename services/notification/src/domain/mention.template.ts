import type { Rendered } from './delivery.js';
import { button, escapeHtml, layout, oneLine } from './templates.js';

/** What the notification of a mention says (messaging.message.mentioned, kind `mention`). */
export interface MentionValues {
  recipientName: string;
  authorName: string;
  /** The workspace (or client) the conversation is about; may be empty. */
  placeName: string;
  excerpt: string;
  /** Absolute URL of the conversation, as the recipient opens it (staff app or portal). */
  url: string;
  /** The same place as a path of the web app, for the in-app entry. */
  path: string;
}

type Language = 'en' | 'fr' | 'es' | 'pt';

interface MentionTexts {
  subject(author: string, place: string): string;
  greeting(name: string): string;
  intro(author: string, place: string): string;
  action: string;
  someone: string;
}

const TEXTS: Record<Language, MentionTexts> = {
  en: {
    subject: (author, place) => (place ? `${author} mentioned you in ${place}` : `${author} mentioned you`),
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: (author, place) =>
      place
        ? `${author} mentioned you in a message about ${place}:`
        : `${author} mentioned you in a message:`,
    action: 'Open the conversation',
    someone: 'Someone',
  },
  fr: {
    subject: (author, place) =>
      place ? `${author} vous a mentionné dans ${place}` : `${author} vous a mentionné`,
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: (author, place) =>
      place
        ? `${author} vous a mentionné dans un message à propos de ${place} :`
        : `${author} vous a mentionné dans un message :`,
    action: 'Ouvrir la conversation',
    someone: 'Quelqu’un',
  },
  es: {
    subject: (author, place) => (place ? `${author} le mencionó en ${place}` : `${author} le mencionó`),
    greeting: (name) => (name ? `Hola ${name}:` : 'Hola:'),
    intro: (author, place) =>
      place ? `${author} le mencionó en un mensaje sobre ${place}:` : `${author} le mencionó en un mensaje:`,
    action: 'Abrir la conversación',
    someone: 'Alguien',
  },
  pt: {
    subject: (author, place) => (place ? `${author} mencionou-o em ${place}` : `${author} mencionou-o`),
    greeting: (name) => (name ? `Olá ${name},` : 'Olá,'),
    intro: (author, place) =>
      place ? `${author} mencionou-o numa mensagem sobre ${place}:` : `${author} mencionou-o numa mensagem:`,
    action: 'Abrir a conversa',
    someone: 'Alguém',
  },
};

function languageOf(language: string): Language {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? key : 'en';
}

/** The e-mail and the inbox entry telling someone they were mentioned, in their language. */
export function mentionNotification(language: string, values: MentionValues): Rendered {
  const lang = languageOf(language);
  const texts = TEXTS[lang];
  const author = values.authorName.trim() || texts.someone;
  const intro = texts.intro(author, values.placeName);
  const quote = !values.excerpt ? '' : lang === 'fr' ? `« ${values.excerpt} »` : `“${values.excerpt}”`;
  return {
    template: 'mention',
    email: {
      subject: oneLine(texts.subject(author, values.placeName)),
      text:
        [texts.greeting(values.recipientName), intro, quote, `${texts.action}:\n${values.url}`]
          .filter(Boolean)
          .join('\n\n') + '\n',
      html: layout([
        `<p>${escapeHtml(texts.greeting(values.recipientName))}</p>`,
        `<p>${escapeHtml(intro)}</p>`,
        quote
          ? `<blockquote style="margin:0 0 16px;padding-left:12px;border-left:3px solid #dde1e7">${escapeHtml(values.excerpt)}</blockquote>`
          : '',
        button(values.url, texts.action),
      ]),
    },
    inApp: {
      title: oneLine(texts.subject(author, values.placeName)),
      body: values.excerpt,
      link: values.path,
    },
  };
}
