import { getJson, postJson } from './http';
import type { Schemas } from './schema';

export type InvoiceBalance = Schemas['InvoiceBalance'];
export type Payment = Schemas['Payment'];
export type PaymentMethod = Payment['method'];
export type CardPayment = Schemas['CardPayment'];
export type NewCardPayment = Schemas['NewCardPayment'];
export type NewManualPayment = Schemas['NewManualPayment'];
export type NewRefund = Schemas['NewRefund'];

const client = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

export function listInvoiceBalances(clientId: string, signal?: AbortSignal): Promise<InvoiceBalance[]> {
  return getJson<Schemas['InvoiceBalanceList']>(`${client(clientId)}/invoice-balances`, {
    query: { pageSize: 100 },
    ...(signal ? { signal } : {}),
  }).then((list) => list.invoices);
}

export function listPayments(
  clientId: string,
  options: { documentId?: string; signal?: AbortSignal } = {},
): Promise<Payment[]> {
  return getJson<Schemas['PaymentList']>(`${client(clientId)}/payments`, {
    query: { pageSize: 100, documentId: options.documentId },
    ...(options.signal ? { signal: options.signal } : {}),
  }).then((list) => list.payments);
}

export function payByCard(input: NewCardPayment): Promise<CardPayment> {
  return postJson<CardPayment>('/api/payments/card', input);
}

export function getCardPayment(checkoutId: string): Promise<CardPayment> {
  return getJson<CardPayment>(`/api/payments/card/${encodeURIComponent(checkoutId)}`);
}

export function recordManualPayment(clientId: string, input: NewManualPayment): Promise<Payment> {
  return postJson<Payment>(`${client(clientId)}/payments`, input);
}

export function refundPayment(paymentId: string, input: NewRefund): Promise<Payment> {
  return postJson<Payment>(`/api/payments/${encodeURIComponent(paymentId)}/refunds`, input);
}
