import { button, escapeHtml, layout, oneLine, otherChannels, type RenderedEmail } from './templates.js';

/** What an overdue-invoice reminder says (billing.invoice.reminded). */
export interface InvoiceReminderValues {
  recipientName: string;
  tenantName: string;
  number: string;
  currency: string;
  amountDueMinor: number;
  /** YYYY-MM-DD. */
  dueDate: string;
  daysOverdue: number;
  payUrl: string;
}

type Language = 'en' | 'fr' | 'es' | 'pt';

interface InvoiceReminderTexts {
  locale: string;
  subject(values: InvoiceReminderValues, amount: string): string;
  greeting(name: string): string;
  intro(values: InvoiceReminderValues, amount: string, dueDate: string): string;
  action: string;
  settled: string;
  labels: { amount: string; due: string; overdue: string; days(count: number): string };
}

const TEXTS: Record<Language, InvoiceReminderTexts> = {
  en: {
    locale: 'en-GB',
    subject: ({ number, tenantName }, amount) =>
      `Reminder: invoice ${number} from ${tenantName} is overdue (${amount})`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: ({ number, tenantName }, amount, dueDate) =>
      `Our records show that invoice ${number} from ${tenantName} was due on ${dueDate} and ${amount} is still to be paid.`,
    action: 'View and pay the invoice',
    settled: 'If you have already paid it, thank you, and please disregard this reminder.',
    labels: {
      amount: 'Amount due',
      due: 'Due date',
      overdue: 'Overdue by',
      days: (count) => (count === 1 ? '1 day' : `${count} days`),
    },
  },
  fr: {
    locale: 'fr-FR',
    subject: ({ number, tenantName }, amount) =>
      `Relance : la facture ${number} de ${tenantName} est échue (${amount})`,
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: ({ number, tenantName }, amount, dueDate) =>
      `Sauf erreur de notre part, la facture ${number} de ${tenantName} était payable le ${dueDate} et ${amount} reste à régler.`,
    action: 'Voir et payer la facture',
    settled: "Si vous l'avez déjà réglée, merci, et ne tenez pas compte de cette relance.",
    labels: {
      amount: 'Montant dû',
      due: "Date d'échéance",
      overdue: 'En retard de',
      days: (count) => (count === 1 ? '1 jour' : `${count} jours`),
    },
  },
  es: {
    locale: 'es-ES',
    subject: ({ number, tenantName }, amount) =>
      `Recordatorio: la factura ${number} de ${tenantName} está vencida (${amount})`,
    greeting: (name) => (name ? `Hola ${name}:` : 'Hola:'),
    intro: ({ number, tenantName }, amount, dueDate) =>
      `Según nuestros registros, la factura ${number} de ${tenantName} vencía el ${dueDate} y quedan ${amount} por pagar.`,
    action: 'Ver y pagar la factura',
    settled: 'Si ya la ha pagado, gracias, y no tenga en cuenta este recordatorio.',
    labels: {
      amount: 'Importe pendiente',
      due: 'Fecha de vencimiento',
      overdue: 'Retraso',
      days: (count) => (count === 1 ? '1 día' : `${count} días`),
    },
  },
  pt: {
    locale: 'pt-PT',
    subject: ({ number, tenantName }, amount) =>
      `Lembrete: a fatura ${number} de ${tenantName} está vencida (${amount})`,
    greeting: (name) => (name ? `Olá ${name},` : 'Olá,'),
    intro: ({ number, tenantName }, amount, dueDate) =>
      `Segundo os nossos registos, a fatura ${number} de ${tenantName} venceu a ${dueDate} e ainda faltam pagar ${amount}.`,
    action: 'Ver e pagar a fatura',
    settled: 'Se já a pagou, obrigado, e ignore este lembrete.',
    labels: {
      amount: 'Valor em dívida',
      due: 'Data de vencimento',
      overdue: 'Atraso',
      days: (count) => (count === 1 ? '1 dia' : `${count} dias`),
    },
  },
};

function textsFor(language: string): InvoiceReminderTexts {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? TEXTS[key] : TEXTS.en;
}

/** Minor units in the reader's locale; the currency's own number of decimals. */
function money(amountMinor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

const day = (isoDay: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );

/** The reminder: amount due, due date and days overdue, and the portal link to pay. */
export function invoiceReminderEmail(language: string, values: InvoiceReminderValues): RenderedEmail {
  const texts = textsFor(language);
  const amount = money(values.amountDueMinor, values.currency, texts.locale);
  const dueDate = day(values.dueDate, texts.locale);
  const intro = texts.intro(values, amount, dueDate);
  const rows: [string, string][] = [
    [texts.labels.amount, amount],
    [texts.labels.due, dueDate],
    [texts.labels.overdue, texts.labels.days(values.daysOverdue)],
  ];
  return {
    subject: oneLine(texts.subject(values, amount)),
    text:
      [
        values.tenantName,
        texts.greeting(values.recipientName),
        intro,
        rows.map(([label, value]) => `${label}: ${value}`).join('\n'),
        `${texts.action}:\n${values.payUrl}`,
        texts.settled,
      ].join('\n\n') + '\n',
    html: layout([
      `<h1 style="font-size:20px;margin:0 0 16px;color:#1f2933">${escapeHtml(values.tenantName)}</h1>`,
      `<p>${escapeHtml(texts.greeting(values.recipientName))}</p>`,
      `<p>${escapeHtml(intro)}</p>`,
      `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${rows
        .map(
          ([label, value]) =>
            `<tr><td style="padding:4px 16px 4px 0;color:#52606d">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:600">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`,
      button(values.payUrl, texts.action),
      `<p style="font-size:13px;color:#52606d">${escapeHtml(texts.settled)}</p>`,
    ]),
    ...otherChannels(texts.subject(values, amount), intro, values.payUrl),
  };
}
