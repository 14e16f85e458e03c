// Original file: proto/billing/v1/kpis.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One currency's figures: amounts in different currencies are never added together.
 */
export interface CurrencyKpis {
  'currency'?: (string);
  /**
   * Payments received this calendar year (UTC) less refunds made this year.
   */
  'salesReceivedThisYearMinor'?: (number | string | Long);
  /**
   * Issued, non-void invoices: what is still due on them.
   */
  'pendingPaymentMinor'?: (number | string | Long);
  /**
   * Issued quotes neither accepted, rejected, voided nor past their validity date.
   */
  'quotesAwaitingCount'?: (number);
  'quotesAwaitingMinor'?: (number | string | Long);
  /**
   * Non-void invoices issued this year: total ÷ count, rounded half up; 0 without invoices.
   */
  'averageInvoiceMinor'?: (number | string | Long);
  /**
   * Non-void invoices issued this year: line count ÷ invoice count, in hundredths (250 = 2.5).
   */
  'productsPerInvoiceHundredths'?: (number);
  /**
   * Paid invoices: mean of (paid at − issued at) in days, in tenths (125 = 12.5 days); -1 when none was paid.
   */
  'averageDaysToPayTenths'?: (number);
  'invoicesThisYear'?: (number);
}

/**
 * One currency's figures: amounts in different currencies are never added together.
 */
export interface CurrencyKpis__Output {
  'currency': (string);
  /**
   * Payments received this calendar year (UTC) less refunds made this year.
   */
  'salesReceivedThisYearMinor': (string);
  /**
   * Issued, non-void invoices: what is still due on them.
   */
  'pendingPaymentMinor': (string);
  /**
   * Issued quotes neither accepted, rejected, voided nor past their validity date.
   */
  'quotesAwaitingCount': (number);
  'quotesAwaitingMinor': (string);
  /**
   * Non-void invoices issued this year: total ÷ count, rounded half up; 0 without invoices.
   */
  'averageInvoiceMinor': (string);
  /**
   * Non-void invoices issued this year: line count ÷ invoice count, in hundredths (250 = 2.5).
   */
  'productsPerInvoiceHundredths': (number);
  /**
   * Paid invoices: mean of (paid at − issued at) in days, in tenths (125 = 12.5 days); -1 when none was paid.
   */
  'averageDaysToPayTenths': (number);
  'invoicesThisYear': (number);
}
