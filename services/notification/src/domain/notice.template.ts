import type { InAppMessage } from './delivery.js';
import { button, escapeHtml, layout, oneLine, type RenderedEmail } from './templates.js';

/** The four languages every notify-events template is written in; anything else reads English. */
export type NoticeLanguage = 'en' | 'fr' | 'es' | 'pt';

export function noticeLanguage(language: string): NoticeLanguage {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? key : 'en';
}

/** One short notice as its template words it: a subject, paragraphs, an optional quote, one action. */
export interface NoticeTexts {
  subject: string;
  paragraphs: string[];
  /** Someone's own words (a comment, a message), quoted as they wrote them. */
  quote?: string;
  action: string;
}

/** A notice as e-mail (HTML and text) and as its in-app entry (the subject, the first paragraph, the link). */
export function renderNotice(
  texts: NoticeTexts,
  link: string,
): { email: RenderedEmail; inApp: InAppMessage } {
  const paragraphs = texts.paragraphs.filter(Boolean);
  const quote = texts.quote?.trim() ?? '';
  const quoted = quote
    ? `<blockquote style="margin:0 0 16px;padding:8px 14px;border-left:3px solid #cbd2d9;color:#323f4b">${escapeHtml(quote).replaceAll('\n', '<br>')}</blockquote>`
    : '';
  return {
    email: {
      subject: oneLine(texts.subject),
      text: [...paragraphs, quote, `${texts.action}:\n${link}`].filter(Boolean).join('\n\n') + '\n',
      html: layout([
        ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
        quoted,
        button(link, texts.action),
      ]),
    },
    inApp: {
      title: oneLine(texts.subject),
      body: oneLine(quote || paragraphs[paragraphs.length - 1] || '').slice(0, 200),
      link: new URL(link).pathname,
    },
  };
}

/** "Hello Ada," in the reader's language (a name left out when unknown). */
export function greeting(language: NoticeLanguage, name: string): string {
  const hello = { en: 'Hello', fr: 'Bonjour', es: 'Hola', pt: 'Olá' }[language];
  const end = language === 'es' ? ':' : ',';
  return name ? `${hello} ${name}${end}` : `${hello}${end}`;
}
