import { button, escapeHtml, layout, oneLine, otherChannels, type RenderedEmail } from './templates.js';

/** What the "new order" e-mail to the agency's owners and admins says. */
export interface OrderPlacedValues {
  tenantName: string;
  clientName: string;
  placedByName: string;
  number: string;
  /** Already formatted in the reader's language ("1 234,50 €"). */
  total: string;
  lineCount: number;
  note: string;
  link: string;
}

interface OrderPlacedTexts {
  subject(values: OrderPlacedValues): string;
  intro(values: OrderPlacedValues): string;
  lines(count: number): string;
  noteLabel: string;
  action: string;
  locale: string;
}

const TEXTS: Record<'en' | 'fr' | 'es' | 'pt', OrderPlacedTexts> = {
  en: {
    subject: ({ number, clientName }) => `New order ${number} from ${clientName}`,
    intro: ({ placedByName, clientName, number, total }) =>
      `${placedByName} (${clientName}) placed order ${number} from your catalog, for ${total}.`,
    lines: (count) => (count === 1 ? '1 line' : `${count} lines`),
    noteLabel: 'Their note',
    action: 'Open the order',
    locale: 'en-GB',
  },
  fr: {
    subject: ({ number, clientName }) => `Nouvelle commande ${number} de ${clientName}`,
    intro: ({ placedByName, clientName, number, total }) =>
      `${placedByName} (${clientName}) a passé la commande ${number} depuis votre catalogue, pour ${total}.`,
    lines: (count) => (count === 1 ? '1 ligne' : `${count} lignes`),
    noteLabel: 'Sa note',
    action: 'Ouvrir la commande',
    locale: 'fr-FR',
  },
  es: {
    subject: ({ number, clientName }) => `Nuevo pedido ${number} de ${clientName}`,
    intro: ({ placedByName, clientName, number, total }) =>
      `${placedByName} (${clientName}) ha realizado el pedido ${number} desde tu catálogo, por ${total}.`,
    lines: (count) => (count === 1 ? '1 línea' : `${count} líneas`),
    noteLabel: 'Su nota',
    action: 'Abrir el pedido',
    locale: 'es-ES',
  },
  pt: {
    subject: ({ number, clientName }) => `Nova encomenda ${number} de ${clientName}`,
    intro: ({ placedByName, clientName, number, total }) =>
      `${placedByName} (${clientName}) fez a encomenda ${number} a partir do seu catálogo, no valor de ${total}.`,
    lines: (count) => (count === 1 ? '1 linha' : `${count} linhas`),
    noteLabel: 'A nota do cliente',
    action: 'Abrir a encomenda',
    locale: 'pt-PT',
  },
};

function textsFor(language: string): OrderPlacedTexts {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? TEXTS[key] : TEXTS.en;
}

/** The locale money is written in for a language (the e-mail's own). */
export function orderEmailLocale(language: string): string {
  return textsFor(language).locale;
}

/** A client ordered from the catalog: the agency's owners and admins are told, with a link to the order. */
export function orderPlacedEmail(language: string, values: OrderPlacedValues): RenderedEmail {
  const texts = textsFor(language);
  const intro = `${texts.intro(values)} ${texts.lines(values.lineCount)}.`;
  const note = values.note.trim();
  return {
    subject: oneLine(texts.subject(values)),
    text:
      [
        values.tenantName,
        intro,
        ...(note ? [`${texts.noteLabel}:\n${note}`] : []),
        `${texts.action}:\n${values.link}`,
      ].join('\n\n') + '\n',
    html: layout([
      `<h1 style="font-size:20px;margin:0 0 16px;color:#1f2933">${escapeHtml(values.tenantName)}</h1>`,
      `<p>${escapeHtml(intro)}</p>`,
      ...(note
        ? [
            `<p><strong>${escapeHtml(texts.noteLabel)}:</strong><br>${escapeHtml(note).replace(/\n/g, '<br>')}</p>`,
          ]
        : []),
      button(values.link, texts.action),
    ]),
    ...otherChannels(texts.subject(values), intro, values.link),
  };
}

/** Integer minor units written for people, with the currency's own decimals, without floating point. */
export function formatOrderTotal(amountMinor: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(orderEmailLocale(language), { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const magnitude = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  return format.format(`${amountMinor < 0 ? '-' : ''}${decimal}` as `${number}`);
}
