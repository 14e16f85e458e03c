import { ApiError, downloadFile, getJson, postJson, request, type PageRequest } from './http';
import type { Schemas } from './schema';

export type ClientDocument = Schemas['ClientDocument'];
export type ClientDocumentKind = ClientDocument['kind'];
export type ClientDocumentList = Schemas['ClientDocumentList'];
export type AcceptanceEvidence = Schemas['AcceptanceEvidence'];
export type PublicAcceptance = Schemas['PublicAcceptance'];
export type AcceptanceVerification = Schemas['AcceptanceVerification'];
export type QuoteAnswerResult = Schemas['QuoteAnswerResult'];
export type DocumentComment = Schemas['DocumentComment'];
export type DocumentCommentList = Schemas['DocumentCommentList'];

export interface ClientDocumentFilter {
  clientId?: string;
  kind?: ClientDocumentKind;
  year?: number;
  quarter?: number;
}

const id = encodeURIComponent;

/** A client's issued documents (ListClientDocuments: folds into the documents API at merge). */
export function listClientDocuments(
  filter: ClientDocumentFilter,
  page: PageRequest = {},
): Promise<ClientDocumentList> {
  return getJson<ClientDocumentList>('/api/portal/documents', {
    query: { ...filter, year: filter.year || undefined, quarter: filter.quarter || undefined, ...page },
  });
}

export function getClientDocument(documentId: string): Promise<ClientDocument> {
  return getJson<ClientDocument>(`/api/portal/documents/${id(documentId)}`);
}

export function downloadClientDocumentPdf(documentId: string, number: string): Promise<void> {
  return downloadFile(`/api/portal/documents/${id(documentId)}/pdf`, `${number}.pdf`, 'application/pdf');
}

export function answerQuote(
  documentId: string,
  decision: 'accept' | 'reject',
  input: { signerName: string; comment: string },
): Promise<QuoteAnswerResult> {
  return postJson<QuoteAnswerResult>(`/api/quotes/${id(documentId)}/${decision}`, input);
}

export function reviseQuote(documentId: string, expectedVersion: number): Promise<ClientDocument> {
  return postJson<ClientDocument>(`/api/quotes/${id(documentId)}/revise`, { expectedVersion });
}

export function listQuoteAcceptances(documentId: string): Promise<{ acceptances: AcceptanceEvidence[] }> {
  return getJson(`/api/quotes/${id(documentId)}/acceptances`);
}

export function listDocumentComments(
  documentId: string,
  page: PageRequest = {},
): Promise<DocumentCommentList> {
  return getJson<DocumentCommentList>(`/api/documents/${id(documentId)}/comments`, { query: { ...page } });
}

export function postDocumentComment(documentId: string, body: string): Promise<DocumentComment> {
  return postJson<DocumentComment>(`/api/documents/${id(documentId)}/comments`, { body });
}

/** Public: no token. */
export function getPublicAcceptance(acceptanceId: string): Promise<PublicAcceptance> {
  return request<PublicAcceptance>(`/api/public/acceptances/${id(acceptanceId)}`, { authenticated: false });
}

export function acceptedPdfPath(acceptanceId: string): string {
  return `/api/public/acceptances/${id(acceptanceId)}/document.pdf`;
}

/** The path of the public verification page (the web app's, not the API's). */
export function verificationPagePath(acceptanceId: string): string {
  return `/verify/${id(acceptanceId)}`;
}

/** Public: sends the PDF's bytes as they are (application/pdf), answers whether they are the accepted ones. */
export async function verifyAcceptancePdf(acceptanceId: string, file: Blob): Promise<AcceptanceVerification> {
  const headers = new Headers({ Accept: 'application/json', 'Content-Type': 'application/pdf' });
  const response = await fetch(`/api/public/acceptances/${id(acceptanceId)}/verify`, {
    method: 'POST',
    headers,
    body: file,
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<ApiError>;
    throw new ApiError({
      status: response.status,
      code: problem.code ?? `HTTP_${response.status}`,
      reason: problem.reason,
      title: problem.title ?? response.statusText,
      detail: problem.detail ?? '',
    });
  }
  return (await response.json()) as AcceptanceVerification;
}
