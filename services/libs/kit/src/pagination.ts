import { DomainError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface Page {
  limit: number;
  offset: number;
}

/**
 * Reads a PageRequest: size defaulted and capped, token an opaque cursor (an offset today; opaque so
 * it can become a keyset cursor without changing the API).
 */
export function readPage(request: { pageSize?: number; pageToken?: string } | null | undefined): Page {
  const size = request?.pageSize ?? 0;
  const limit = size <= 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
  const token = request?.pageToken ?? '';
  if (token === '') return { limit, offset: 0 };
  const offset = Number(Buffer.from(token, 'base64url').toString('utf8').replace(/^o:/, ''));
  if (!Number.isInteger(offset) || offset < 0)
    throw DomainError.invalid('The page token is not valid', [
      { field: 'page.pageToken', message: 'unknown token' },
    ]);
  return { limit, offset };
}

/** The PageInfo for a page that returned `count` items out of `total`. */
export function pageInfo(
  page: Page,
  count: number,
  total: number,
): { nextPageToken: string; totalSize: number } {
  const next = page.offset + count;
  return {
    nextPageToken: next < total ? Buffer.from(`o:${next}`).toString('base64url') : '',
    totalSize: total,
  };
}

/** Escapes user text for a case-insensitive "contains" regex filter. */
export function containsPattern(text: string): RegExp {
  return new RegExp(text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}
