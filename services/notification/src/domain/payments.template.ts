import { escapeHtml, layout, oneLine, otherChannels, type RenderedEmail } from './templates.js';

/** What a payment receipt says (billing.payment.recorded). Amounts in minor units of `currency`. */
export interface ReceiptValues {
  recipientName: string;
  tenantName: string;
  clientName: string;
  currency: string;
  amountMinor: number;
  method: 'card' | 'bank_transfer' | 'cash' | 'other';
  paidAt: string;
  allocations: { number: string; amountMinor: number; remainingMinor: number }[];
}

type Language = 'en' | 'fr' | 'es' | 'pt';
const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', pt: 'pt-PT' };

interface ReceiptTexts {
  subject(values: ReceiptValues, amount: string): string;
  greeting(name: string): string;
  intro(values: ReceiptValues, amount: string): string;
  methods: Record<ReceiptValues['method'], string>;
  method: string;
  date: string;
  invoice: string;
  paid: string;
  remaining: string;
  settled: string;
  thanks: string;
}

const TEXTS: Record<Language, ReceiptTexts> = {
  en: {
    subject: ({ tenantName }, amount) => `Receipt: ${amount} received by ${tenantName}`,
    greeting: (name) => `Hello ${name},`,
    intro: ({ tenantName }, amount) => `${tenantName} has received your payment of ${amount}. Thank you.`,
    methods: { card: 'Card', bank_transfer: 'Bank transfer', cash: 'Cash', other: 'Other' },
    method: 'Payment method',
    date: 'Date',
    invoice: 'Invoice',
    paid: 'Paid',
    remaining: 'Still due',
    settled: 'paid in full',
    thanks: 'Keep this e-mail as your receipt.',
  },
  fr: {
    subject: ({ tenantName }, amount) => `Reçu : ${amount} reçus par ${tenantName}`,
    greeting: (name) => `Bonjour ${name},`,
    intro: ({ tenantName }, amount) => `${tenantName} a bien reçu votre paiement de ${amount}. Merci.`,
    methods: { card: 'Carte', bank_transfer: 'Virement bancaire', cash: 'Espèces', other: 'Autre' },
    method: 'Moyen de paiement',
    date: 'Date',
    invoice: 'Facture',
    paid: 'Payé',
    remaining: 'Reste dû',
    settled: 'soldée',
    thanks: 'Conservez cet e-mail comme reçu.',
  },
  es: {
    subject: ({ tenantName }, amount) => `Recibo: ${tenantName} ha recibido ${amount}`,
    greeting: (name) => `Hola ${name}:`,
    intro: ({ tenantName }, amount) => `${tenantName} ha recibido tu pago de ${amount}. Gracias.`,
    methods: { card: 'Tarjeta', bank_transfer: 'Transferencia bancaria', cash: 'Efectivo', other: 'Otro' },
    method: 'Forma de pago',
    date: 'Fecha',
    invoice: 'Factura',
    paid: 'Pagado',
    remaining: 'Pendiente',
    settled: 'pagada por completo',
    thanks: 'Guarda este correo como recibo.',
  },
  pt: {
    subject: ({ tenantName }, amount) => `Recibo: ${tenantName} recebeu ${amount}`,
    greeting: (name) => `Olá ${name},`,
    intro: ({ tenantName }, amount) => `${tenantName} recebeu o seu pagamento de ${amount}. Obrigado.`,
    methods: { card: 'Cartão', bank_transfer: 'Transferência bancária', cash: 'Numerário', other: 'Outro' },
    method: 'Meio de pagamento',
    date: 'Data',
    invoice: 'Fatura',
    paid: 'Pago',
    remaining: 'Em dívida',
    settled: 'paga na totalidade',
    thanks: 'Guarde este e-mail como recibo.',
  },
};

function languageOf(language: string): Language {
  const key = language.trim().toLowerCase();
  return key === 'fr' || key === 'es' || key === 'pt' ? key : 'en';
}

/** Minor units in the reader's locale, with as many decimals as the currency has (JPY none, EUR two). */
export function formatMoney(amountMinor: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(LOCALES[languageOf(language)], { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

/** The receipt of a payment: amount, method, date, each invoice paid and what is still due on it. */
export function receiptEmail(language: string, values: ReceiptValues): RenderedEmail {
  const lang = languageOf(language);
  const texts = TEXTS[lang];
  const money = (minor: number) => formatMoney(minor, values.currency, lang);
  const amount = money(values.amountMinor);
  const date = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(values.paidAt),
  );
  const due = (remaining: number) => (remaining > 0 ? money(remaining) : texts.settled);
  const rows = values.allocations.map(
    (a) =>
      `${texts.invoice} ${a.number}: ${texts.paid} ${money(a.amountMinor)} · ${texts.remaining}: ${due(a.remainingMinor)}`,
  );
  const cell = 'padding:6px 10px;border-bottom:1px solid #e4e7eb;text-align:left';
  return {
    subject: oneLine(texts.subject(values, amount)),
    text:
      [
        values.tenantName,
        texts.greeting(values.recipientName),
        texts.intro(values, amount),
        `${texts.method}: ${texts.methods[values.method]}\n${texts.date}: ${date}`,
        rows.join('\n'),
        texts.thanks,
      ].join('\n\n') + '\n',
    html: layout([
      `<h1 style="font-size:20px;margin:0 0 16px;color:#1f2933">${escapeHtml(values.tenantName)}</h1>`,
      `<p>${escapeHtml(texts.greeting(values.recipientName))}</p>`,
      `<p>${escapeHtml(texts.intro(values, amount))}</p>`,
      `<p>${escapeHtml(texts.method)}: <strong>${escapeHtml(texts.methods[values.method])}</strong><br>${escapeHtml(texts.date)}: <strong>${escapeHtml(date)}</strong></p>`,
      `<table style="border-collapse:collapse;margin:8px 0 16px"><tr><th style="${cell}">${escapeHtml(texts.invoice)}</th><th style="${cell}">${escapeHtml(texts.paid)}</th><th style="${cell}">${escapeHtml(texts.remaining)}</th></tr>${values.allocations
        .map(
          (a) =>
            `<tr><td style="${cell}">${escapeHtml(a.number)}</td><td style="${cell}">${escapeHtml(money(a.amountMinor))}</td><td style="${cell}">${escapeHtml(due(a.remainingMinor))}</td></tr>`,
        )
        .join('')}</table>`,
      `<p style="font-size:13px;color:#52606d">${escapeHtml(texts.thanks)}</p>`,
    ]),
    // The receipt itself is the e-mail; the text message and the inbox only say the money arrived.
    ...otherChannels(texts.subject(values, amount), texts.intro(values, amount), '/portal/billing', {
      sms: false,
    }),
    sms: oneLine(texts.subject(values, amount)),
  };
}
