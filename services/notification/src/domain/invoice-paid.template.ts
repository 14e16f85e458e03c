import { formatAmount } from './documents.template.js';
import { greeting, noticeLanguage, renderNotice, type NoticeTexts } from './notice.template.js';

/** An invoice was paid in full (billing.invoice.paid): the agency's owners and admins hear of it. */
export interface InvoicePaidValues {
  recipientName: string;
  clientName: string;
  number: string;
  currency: string;
  totalMinor: number;
  link: string;
}

const TEXTS: Record<
  ReturnType<typeof noticeLanguage>,
  (values: InvoicePaidValues, amount: string) => NoticeTexts
> = {
  en: ({ recipientName, clientName, number }, amount) => ({
    subject: `Invoice ${number} paid by ${clientName}`,
    paragraphs: [greeting('en', recipientName), `${clientName} paid invoice ${number} in full (${amount}).`],
    action: 'Open the invoice',
  }),
  fr: ({ recipientName, clientName, number }, amount) => ({
    subject: `Facture ${number} réglée par ${clientName}`,
    paragraphs: [
      greeting('fr', recipientName),
      `${clientName} a réglé la facture ${number} en totalité (${amount}).`,
    ],
    action: 'Ouvrir la facture',
  }),
  es: ({ recipientName, clientName, number }, amount) => ({
    subject: `Factura ${number} pagada por ${clientName}`,
    paragraphs: [
      greeting('es', recipientName),
      `${clientName} ha pagado la factura ${number} en su totalidad (${amount}).`,
    ],
    action: 'Abrir la factura',
  }),
  pt: ({ recipientName, clientName, number }, amount) => ({
    subject: `Fatura ${number} paga por ${clientName}`,
    paragraphs: [
      greeting('pt', recipientName),
      `${clientName} pagou a fatura ${number} na totalidade (${amount}).`,
    ],
    action: 'Abrir a fatura',
  }),
};

export function invoicePaidNotice(language: string, values: InvoicePaidValues) {
  const lang = noticeLanguage(language);
  return renderNotice(
    TEXTS[lang](values, formatAmount(values.totalMinor, values.currency, lang)),
    values.link,
  );
}
