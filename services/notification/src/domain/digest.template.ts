import { escapeHtml, layout, oneLine, type RenderedEmail } from './templates.js';

/** One notification inside a digest: its would-be subject and text (the e-mail it replaces). */
export interface DigestEntry {
  subject: string;
  text: string;
  at: Date;
}

export interface DigestValues {
  timing: 'hourly' | 'daily';
  recipientName: string;
  entries: DigestEntry[];
  /** Where the person changes their notification preferences. */
  preferencesUrl: string;
}

interface DigestTexts {
  subject(timing: 'hourly' | 'daily', count: number): string;
  greeting(name: string): string;
  intro(timing: 'hourly' | 'daily', count: number): string;
  preferences: string;
}

const TEXTS: Record<'en' | 'fr' | 'es' | 'pt', DigestTexts> = {
  en: {
    subject: (timing, count) =>
      `Your ${timing === 'daily' ? 'daily' : 'hourly'} digest: ${count} notification${count === 1 ? '' : 's'}`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: (timing, count) =>
      `Here ${count === 1 ? 'is what' : `are the ${count} things that`} happened ${timing === 'daily' ? 'since yesterday' : 'in the last hour'}:`,
    preferences: 'Change how and when you are notified',
  },
  fr: {
    subject: (timing, count) =>
      `Votre résumé ${timing === 'daily' ? 'quotidien' : 'horaire'} : ${count} notification${count === 1 ? '' : 's'}`,
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: (timing, count) =>
      `${count === 1 ? 'Voici ce qui s’est passé' : `Voici les ${count} nouveautés`} ${timing === 'daily' ? 'depuis hier' : 'depuis une heure'} :`,
    preferences: 'Choisir comment et quand vous êtes prévenu',
  },
  es: {
    subject: (timing, count) =>
      `Tu resumen ${timing === 'daily' ? 'diario' : 'por hora'}: ${count} notificaci${count === 1 ? 'ón' : 'ones'}`,
    greeting: (name) => (name ? `Hola ${name}:` : 'Hola:'),
    intro: (timing, count) =>
      `${count === 1 ? 'Esto es lo que ha pasado' : `Estas son las ${count} novedades`} ${timing === 'daily' ? 'desde ayer' : 'en la última hora'}:`,
    preferences: 'Elegir cómo y cuándo recibes avisos',
  },
  pt: {
    subject: (timing, count) =>
      `O seu resumo ${timing === 'daily' ? 'diário' : 'horário'}: ${count} notificaç${count === 1 ? 'ão' : 'ões'}`,
    greeting: (name) => (name ? `Olá ${name},` : 'Olá,'),
    intro: (timing, count) =>
      `${count === 1 ? 'Eis o que aconteceu' : `Eis as ${count} novidades`} ${timing === 'daily' ? 'desde ontem' : 'na última hora'}:`,
    preferences: 'Escolher como e quando é avisado',
  },
};

function textsFor(language: string): DigestTexts {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? TEXTS[key] : TEXTS.en;
}

/** An entry's text in the digest: the notification's own text, cut at a readable length. */
function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 600 ? `${trimmed.slice(0, 599)}…` : trimmed;
}

/** ONE e-mail listing every notification a person chose to receive as an hourly or daily digest. */
export function digestEmail(language: string, values: DigestValues): RenderedEmail {
  const texts = textsFor(language);
  const count = values.entries.length;
  const entries = values.entries.map((entry) => ({
    subject: oneLine(entry.subject),
    text: excerpt(entry.text),
  }));
  return {
    subject: oneLine(texts.subject(values.timing, count)),
    text:
      [
        texts.greeting(values.recipientName),
        texts.intro(values.timing, count),
        ...entries.map((entry, index) => `${index + 1}. ${entry.subject}\n\n${entry.text}`),
        `${texts.preferences}:\n${values.preferencesUrl}`,
      ].join('\n\n———\n\n') + '\n',
    html: layout([
      `<p>${escapeHtml(texts.greeting(values.recipientName))}</p>`,
      `<p>${escapeHtml(texts.intro(values.timing, count))}</p>`,
      ...entries.map(
        (entry) =>
          `<div data-digest-item style="border-top:1px solid #d9e2ec;padding:12px 0"><p style="margin:0 0 6px;font-weight:700">${escapeHtml(entry.subject)}</p><p style="margin:0;color:#3e4c59">${escapeHtml(entry.text).replaceAll('\n', '<br>')}</p></div>`,
      ),
      `<p style="font-size:13px;color:#52606d"><a href="${escapeHtml(values.preferencesUrl)}">${escapeHtml(texts.preferences)}</a></p>`,
    ]),
  };
}
