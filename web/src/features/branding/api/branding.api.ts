import { getJson, request } from '../../../api/http';
import type { Schemas } from '../../../api/schema';

export type Branding = Schemas['Branding'];
export type PublicBranding = Schemas['PublicBranding'];
export type SubdomainAvailability = Schemas['SubdomainAvailability'];
export type BrandingInput = Omit<Schemas['UpdateBranding'], 'expectedVersion'>;

export const BRANDING_LANGUAGES = ['fr', 'en', 'es', 'pt'] as const;
export const MAX_BRANDING_LOGO_BYTES = 512 * 1024;

export function getBranding(signal?: AbortSignal): Promise<Branding> {
  return getJson<Branding>('/api/branding', signal ? { signal } : {});
}

export function saveBranding(input: BrandingInput, expectedVersion: number): Promise<Branding> {
  return request<Branding>('/api/branding', { method: 'PUT', body: { ...input, expectedVersion } });
}

/** The file as chosen: the server recognises PNG or JPEG from the bytes. */
export function uploadBrandingLogo(file: Blob): Promise<Branding> {
  return request<Branding>('/api/branding/logo', { method: 'PUT', raw: file });
}

export function removeBrandingLogo(): Promise<Branding> {
  return request<Branding>('/api/branding/logo', { method: 'DELETE' });
}

export function checkSubdomain(subdomain: string, signal?: AbortSignal): Promise<SubdomainAvailability> {
  return getJson<SubdomainAvailability>(
    `/api/branding/subdomains/${encodeURIComponent(subdomain)}`,
    signal ? { signal } : {},
  );
}

/** No login: by slug, else the tenant the page's own host names (`<label>.<portal domain>`). */
export function getPublicBranding(slug?: string): Promise<PublicBranding> {
  const query = slug ? `?slug=${encodeURIComponent(slug)}` : '';
  return getJson<PublicBranding>(`/api/public/branding${query}`, { authenticated: false });
}
