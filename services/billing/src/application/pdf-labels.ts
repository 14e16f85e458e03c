import type { DocumentKind, DocumentLanguage } from '../domain/document.js';

/** Everything a PDF prints that is not data, in each language a client's documents speak. */
export interface PdfLabels {
  title: Record<DocumentKind, string>;
  from: string;
  billedTo: string;
  number: string;
  issueDate: string;
  dueDate: string;
  validUntil: string;
  deliveryDate: string;
  taxId: string;
  description: string;
  quantity: string;
  unitPrice: string;
  tax: string;
  amount: string;
  subtotal: string;
  /** "VAT 20 % on 1,000.00": `{rate}` and `{base}` are filled in. */
  taxOn: string;
  total: string;
  paid: string;
  amountDue: string;
  notes: string;
  terms: string;
  paymentInstructions: string;
  bank: string;
  iban: string;
  bic: string;
  /** "Page {page} of {pages}". */
  page: string;
  draft: string;
  void: string;
  paidInFull: string;
  partiallyPaid: string;
  reference: string;
}

export const PDF_LABELS: Record<DocumentLanguage, PdfLabels> = {
  en: {
    title: {
      quote: 'Quote',
      proforma: 'Proforma invoice',
      invoice: 'Invoice',
      credit_note: 'Credit note',
      delivery_note: 'Delivery note',
    },
    from: 'From',
    billedTo: 'Billed to',
    number: 'Number',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    validUntil: 'Valid until',
    deliveryDate: 'Delivery date',
    taxId: 'VAT / tax ID',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    tax: 'Tax',
    amount: 'Amount',
    subtotal: 'Subtotal',
    taxOn: 'Tax {rate} on {base}',
    total: 'Total',
    paid: 'Paid',
    amountDue: 'Amount due',
    notes: 'Notes',
    terms: 'Terms',
    paymentInstructions: 'Payment instructions',
    bank: 'Bank',
    iban: 'IBAN',
    bic: 'BIC',
    page: 'Page {page} of {pages}',
    draft: 'DRAFT — not a valid document',
    void: 'VOID — this document has been cancelled',
    paidInFull: 'PAID — thank you',
    partiallyPaid: 'PARTIALLY PAID',
    reference: 'Reference',
  },
  fr: {
    title: {
      quote: 'Devis',
      proforma: 'Facture proforma',
      invoice: 'Facture',
      credit_note: 'Avoir',
      delivery_note: 'Bon de livraison',
    },
    from: 'Émetteur',
    billedTo: 'Facturé à',
    number: 'Numéro',
    issueDate: "Date d'émission",
    dueDate: "Date d'échéance",
    validUntil: "Valable jusqu'au",
    deliveryDate: 'Date de livraison',
    taxId: 'N° de TVA',
    description: 'Désignation',
    quantity: 'Qté',
    unitPrice: 'Prix unitaire',
    tax: 'TVA',
    amount: 'Montant HT',
    subtotal: 'Total HT',
    taxOn: 'TVA {rate} sur {base}',
    total: 'Total TTC',
    paid: 'Déjà payé',
    amountDue: 'Reste à payer',
    notes: 'Notes',
    terms: 'Conditions',
    paymentInstructions: 'Modalités de paiement',
    bank: 'Banque',
    iban: 'IBAN',
    bic: 'BIC',
    page: 'Page {page} sur {pages}',
    draft: 'BROUILLON — document non valable',
    void: 'ANNULÉ — ce document a été annulé',
    paidInFull: 'PAYÉ — merci',
    partiallyPaid: 'PAYÉ EN PARTIE',
    reference: 'Référence',
  },
  es: {
    title: {
      quote: 'Presupuesto',
      proforma: 'Factura proforma',
      invoice: 'Factura',
      credit_note: 'Nota de crédito',
      delivery_note: 'Albarán',
    },
    from: 'Emisor',
    billedTo: 'Facturar a',
    number: 'Número',
    issueDate: 'Fecha de emisión',
    dueDate: 'Fecha de vencimiento',
    validUntil: 'Válido hasta',
    deliveryDate: 'Fecha de entrega',
    taxId: 'NIF / IVA',
    description: 'Concepto',
    quantity: 'Cant.',
    unitPrice: 'Precio unitario',
    tax: 'IVA',
    amount: 'Importe',
    subtotal: 'Base imponible',
    taxOn: 'IVA {rate} sobre {base}',
    total: 'Total',
    paid: 'Pagado',
    amountDue: 'Importe pendiente',
    notes: 'Notas',
    terms: 'Condiciones',
    paymentInstructions: 'Instrucciones de pago',
    bank: 'Banco',
    iban: 'IBAN',
    bic: 'BIC',
    page: 'Página {page} de {pages}',
    draft: 'BORRADOR — documento no válido',
    void: 'ANULADO — este documento ha sido anulado',
    paidInFull: 'PAGADO — gracias',
    partiallyPaid: 'PAGADO PARCIALMENTE',
    reference: 'Referencia',
  },
  pt: {
    title: {
      quote: 'Orçamento',
      proforma: 'Fatura pró-forma',
      invoice: 'Fatura',
      credit_note: 'Nota de crédito',
      delivery_note: 'Guia de remessa',
    },
    from: 'Emitente',
    billedTo: 'Faturado a',
    number: 'Número',
    issueDate: 'Data de emissão',
    dueDate: 'Data de vencimento',
    validUntil: 'Válido até',
    deliveryDate: 'Data de entrega',
    taxId: 'NIF / IVA',
    description: 'Descrição',
    quantity: 'Qtd.',
    unitPrice: 'Preço unitário',
    tax: 'IVA',
    amount: 'Valor',
    subtotal: 'Subtotal',
    taxOn: 'IVA {rate} sobre {base}',
    total: 'Total',
    paid: 'Pago',
    amountDue: 'Valor em dívida',
    notes: 'Notas',
    terms: 'Condições',
    paymentInstructions: 'Instruções de pagamento',
    bank: 'Banco',
    iban: 'IBAN',
    bic: 'BIC',
    page: 'Página {page} de {pages}',
    draft: 'RASCUNHO — documento não válido',
    void: 'ANULADO — este documento foi anulado',
    paidInFull: 'PAGO — obrigado',
    partiallyPaid: 'PAGO PARCIALMENTE',
    reference: 'Referência',
  },
};

/** The Intl locale each document language formats dates, numbers and money with. */
export const PDF_LOCALES: Record<DocumentLanguage, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  pt: 'pt-PT',
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
