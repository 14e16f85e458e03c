import { button, escapeHtml, layout, oneLine, otherChannels, type RenderedEmail } from './templates.js';

/** What the e-mail of a sent billing document says (billing.document.sent). */
export interface DocumentSentValues {
  recipientName: string;
  tenantName: string;
  kind: 'quote' | 'proforma' | 'invoice' | 'credit_note' | 'delivery_note';
  number: string;
  currency: string;
  totalMinor: number;
  /** YYYY-MM-DD or empty: payment due (invoices, proformas) or valid until (quotes). */
  dueDate: string;
  /** The sender's own words, or empty. */
  message: string;
  portalUrl: string;
}

type Language = 'en' | 'fr' | 'es' | 'pt';

interface DocumentSentTexts {
  kinds: Record<DocumentSentValues['kind'], string>;
  subject(kind: string, values: DocumentSentValues): string;
  greeting(name: string): string;
  intro(kind: string, values: DocumentSentValues, amount: string): string;
  due(kind: DocumentSentValues['kind'], day: string): string;
  action: string;
}

const TEXTS: Record<Language, DocumentSentTexts> = {
  en: {
    kinds: {
      quote: 'quote',
      proforma: 'proforma invoice',
      invoice: 'invoice',
      credit_note: 'credit note',
      delivery_note: 'delivery note',
    },
    subject: (kind, { tenantName, number }) => `${tenantName}: ${kind} ${number}`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: (kind, { tenantName, number }, amount) => `${tenantName} sent you ${kind} ${number} (${amount}).`,
    due: (kind, day) => (kind === 'quote' ? `Valid until ${day}.` : `Payment is due by ${day}.`),
    action: 'Open it in your portal',
  },
  fr: {
    kinds: {
      quote: 'le devis',
      proforma: 'la facture proforma',
      invoice: 'la facture',
      credit_note: "l'avoir",
      delivery_note: 'le bon de livraison',
    },
    subject: (kind, { tenantName, number }) => `${tenantName} : ${kind} ${number}`,
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: (kind, { tenantName, number }, amount) =>
      `${tenantName} vous a envoyé ${kind} ${number} (${amount}).`,
    due: (kind, day) => (kind === 'quote' ? `Valable jusqu'au ${day}.` : `À régler avant le ${day}.`),
    action: 'Ouvrir dans votre portail',
  },
  es: {
    kinds: {
      quote: 'el presupuesto',
      proforma: 'la factura proforma',
      invoice: 'la factura',
      credit_note: 'la factura rectificativa',
      delivery_note: 'el albarán',
    },
    subject: (kind, { tenantName, number }) => `${tenantName}: ${kind} ${number}`,
    greeting: (name) => (name ? `Hola ${name}:` : 'Hola:'),
    intro: (kind, { tenantName, number }, amount) =>
      `${tenantName} le ha enviado ${kind} ${number} (${amount}).`,
    due: (kind, day) => (kind === 'quote' ? `Válido hasta el ${day}.` : `Vence el ${day}.`),
    action: 'Abrir en su portal',
  },
  pt: {
    kinds: {
      quote: 'o orçamento',
      proforma: 'a fatura pró-forma',
      invoice: 'a fatura',
      credit_note: 'a nota de crédito',
      delivery_note: 'a guia de remessa',
    },
    subject: (kind, { tenantName, number }) => `${tenantName}: ${kind} ${number}`,
    greeting: (name) => (name ? `Olá ${name},` : 'Olá,'),
    intro: (kind, { tenantName, number }, amount) =>
      `${tenantName} enviou-lhe ${kind} ${number} (${amount}).`,
    due: (kind, day) => (kind === 'quote' ? `Válido até ${day}.` : `Pagamento até ${day}.`),
    action: 'Abrir no seu portal',
  },
};

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', pt: 'pt-PT' };

function languageOf(language: string): Language {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? key : 'en';
}

/** Minor units as the reader writes money: the currency's own number of decimals. */
export function formatAmount(totalMinor: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(LOCALES[languageOf(language)], { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(totalMinor / 10 ** digits);
}

function formatDay(day: string, language: Language): string {
  const date = new Date(`${day}T00:00:00Z`);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The e-mail a client receives when staff send a document: what, how much, until when, and the portal link. */
export function documentSentEmail(language: string, values: DocumentSentValues): RenderedEmail {
  const lang = languageOf(language);
  const texts = TEXTS[lang];
  const kind = texts.kinds[values.kind];
  const amount = formatAmount(values.totalMinor, values.currency, lang);
  const intro = texts.intro(kind, values, amount);
  const due =
    values.dueDate && values.kind !== 'delivery_note' && values.kind !== 'credit_note'
      ? texts.due(values.kind, formatDay(values.dueDate, lang))
      : '';
  const paragraphs = [texts.greeting(values.recipientName), intro, values.message, due].filter(Boolean);
  return {
    subject: oneLine(texts.subject(kind, values)),
    text: [values.tenantName, ...paragraphs, `${texts.action}:\n${values.portalUrl}`].join('\n\n') + '\n',
    html: layout([
      `<h1 style="font-size:20px;margin:0 0 16px;color:#1f2933">${escapeHtml(values.tenantName)}</h1>`,
      ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
      button(values.portalUrl, texts.action),
    ]),
    ...otherChannels(texts.subject(kind, values), intro, values.portalUrl),
  };
}
