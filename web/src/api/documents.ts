import { downloadFile, getJson, postJson, request } from './http';
import type { Schemas } from './schema';

export type BillingDocument = Schemas['BillingDocument'];
export type BillingDocumentList = Schemas['BillingDocumentList'];
export type DocumentKind = BillingDocument['kind'];
export type DisplayStatus = BillingDocument['displayStatus'];
export type DocumentLineInput = Schemas['DocumentLineInput'];
export type NewBillingDocument = Schemas['NewBillingDocument'];
export type BillingDocumentChanges = Schemas['BillingDocumentChanges'];

export const DOCUMENT_KINDS = [
  'quote',
  'proforma',
  'invoice',
  'credit_note',
  'delivery_note',
] as const satisfies readonly DocumentKind[];
export const DISPLAY_STATUSES = [
  'draft',
  'issued',
  'sent',
  'viewed',
  'accepted',
  'rejected',
  'partially_paid',
  'paid',
  'overdue',
  'void',
] as const satisfies readonly DisplayStatus[];

export interface DocumentQuery {
  clientId?: string;
  kind?: DocumentKind | '';
  status?: DisplayStatus | '';
  year?: number;
  quarter?: number;
  pageSize?: number;
  pageToken?: string;
}

const at = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

export function listDocuments(query: DocumentQuery, signal?: AbortSignal): Promise<BillingDocumentList> {
  return getJson<BillingDocumentList>('/api/documents', {
    query: {
      clientId: query.clientId || undefined,
      kind: query.kind || undefined,
      status: query.status || undefined,
      year: query.year || undefined,
      quarter: query.quarter || undefined,
      pageSize: query.pageSize ?? 25,
      pageToken: query.pageToken || undefined,
    },
    ...(signal ? { signal } : {}),
  });
}

export function getDocument(documentId: string, signal?: AbortSignal): Promise<BillingDocument> {
  return getJson<BillingDocument>(at(documentId), signal ? { signal } : {});
}

export function createDocument(clientId: string, input: NewBillingDocument): Promise<BillingDocument> {
  return postJson<BillingDocument>(`/api/clients/${encodeURIComponent(clientId)}/documents`, input);
}

export function updateDocument(
  documentId: string,
  changes: BillingDocumentChanges,
): Promise<BillingDocument> {
  return request<BillingDocument>(at(documentId), { method: 'PUT', body: changes });
}

export function deleteDocument(documentId: string, expectedVersion: number): Promise<unknown> {
  return request(at(documentId), { method: 'DELETE', query: { expectedVersion } });
}

export function issueDocument(documentId: string, expectedVersion: number): Promise<BillingDocument> {
  return postJson<BillingDocument>(`${at(documentId)}/issue`, { expectedVersion });
}

export function duplicateDocument(documentId: string, kind: DocumentKind): Promise<BillingDocument> {
  return postJson<BillingDocument>(`${at(documentId)}/duplicate`, { kind });
}

export function convertQuote(
  quoteId: string,
  mode: 'full' | 'deposit' | 'balance',
  depositBasisPoints = 0,
): Promise<BillingDocument> {
  return postJson<BillingDocument>(`${at(quoteId)}/convert`, { mode, depositBasisPoints });
}

export function createCreditNote(invoiceId: string): Promise<BillingDocument> {
  return postJson<BillingDocument>(`${at(invoiceId)}/credit-notes`, {});
}

export function sendDocument(
  documentId: string,
  recipients: { email: string; name: string; language: string }[],
  message: string,
): Promise<BillingDocument> {
  return postJson<BillingDocument>(`${at(documentId)}/send`, { recipients, message });
}

export function voidDocument(documentId: string, reason: string): Promise<BillingDocument> {
  return postJson<BillingDocument>(`${at(documentId)}/void`, { reason });
}

export function downloadDocumentPdf(document: BillingDocument): Promise<void> {
  return downloadFile(`${at(document.id)}/pdf`, `${document.number || 'draft'}.pdf`, 'application/pdf');
}
