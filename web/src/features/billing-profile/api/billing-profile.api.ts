import { downloadFile, fetchBlob, getJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type BillingProfile = Schemas['BillingProfile'];
export type BillingProfileFields = Schemas['BillingProfileFields'];
export type BillingTaxRate = Schemas['BillingTaxRate'];
export type ClientBillingDetails = Schemas['ClientBillingDetails'];
export type ClientBillingDetailsFields = Schemas['ClientBillingDetailsFields'];

export const DOCUMENT_LANGUAGES = ['en', 'fr', 'es', 'pt'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
export const MAX_LOGO_BYTES = 1024 * 1024;

const PROFILE = '/api/billing/profile';
const details = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/billing-details`;

export function getBillingProfile(signal?: AbortSignal): Promise<BillingProfile> {
  return getJson<BillingProfile>(PROFILE, signal ? { signal } : {});
}

export function saveBillingProfile(
  profile: BillingProfileFields,
  expectedVersion: number,
): Promise<BillingProfile> {
  return request<BillingProfile>(PROFILE, { method: 'PUT', body: { profile, expectedVersion } });
}

/** The file as chosen: the server recognises PNG or JPEG from the bytes. */
export function uploadLogo(file: Blob): Promise<BillingProfile> {
  return request<BillingProfile>(`${PROFILE}/logo`, { method: 'PUT', raw: file });
}

export function removeLogo(): Promise<BillingProfile> {
  return request<BillingProfile>(`${PROFILE}/logo`, { method: 'DELETE' });
}

export function fetchLogo(signal?: AbortSignal): Promise<Blob> {
  return fetchBlob(`${PROFILE}/logo`, 'image/png,image/jpeg', signal);
}

/** A sample invoice with the profile; with a client, addressed to it and in its language. */
export function downloadPreviewPdf(options: {
  language?: DocumentLanguage;
  clientId?: string;
}): Promise<void> {
  const query = new URLSearchParams({ kind: 'invoice' });
  if (options.language) query.set('language', options.language);
  if (options.clientId) query.set('clientId', options.clientId);
  return downloadFile(`${PROFILE}/preview.pdf?${query.toString()}`, 'preview.pdf', 'application/pdf');
}

export function getClientBillingDetails(
  clientId: string,
  signal?: AbortSignal,
): Promise<ClientBillingDetails> {
  return getJson<ClientBillingDetails>(details(clientId), signal ? { signal } : {});
}

export function saveClientBillingDetails(
  clientId: string,
  fields: ClientBillingDetailsFields,
  expectedVersion: number,
): Promise<ClientBillingDetails> {
  return request<ClientBillingDetails>(details(clientId), {
    method: 'PUT',
    body: { details: fields, expectedVersion },
  });
}
