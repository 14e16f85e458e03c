import { createHash } from 'node:crypto';
import { DomainError, type Principal } from '@client-portal/kit';
import type { PartnerScope } from './contract.js';

/** The application a call's token was issued to, as identity knows it right now. */
export interface PartnerApplication {
  applicationId: string;
  tenantId: string;
  name: string;
  scopes: string[];
  rateLimitPerMinute: number;
}

/** What a partner method's handler receives besides its request. */
export interface PartnerCall {
  application: PartnerApplication;
  /**
   * The principal internal services see for this call: staff of the tenant with the manager role, user
   * id `partner:<application id>`, named after the application. Scopes are checked before the handler
   * runs; the services check tenant and rights as for any staff call.
   */
  principal: Principal;
  /** Aborted when the partner cancels or stops waiting. */
  signal: AbortSignal;
  correlationId: string;
}

export interface PartnerMethod<Request = never, Response = unknown> {
  scope: PartnerScope;
  /**
   * Writes: the request's `idempotencyKey` is claimed before the handler runs; a repeat answers the first
   * result (stored as JSON) without running it again.
   */
  write?: boolean;
  handle(request: Request, call: PartnerCall): Promise<Response>;
}

/** One partner service's methods, keyed by the proto method name (`ListClients`). */
export type PartnerMethods = Record<string, PartnerMethod>;

export function partnerPrincipal(application: PartnerApplication): Principal {
  return {
    userId: `partner:${application.applicationId}`,
    tenantId: application.tenantId,
    kind: 'staff',
    staffRole: 'manager',
    displayName: application.name,
    workspaceIds: [],
  };
}

/** A list request's ListOptions, read and checked (violations name `options.<field>`). */
export interface ListWindow {
  pageSize: number;
  /** The token the internal service issued, unwrapped; '' for the first page. */
  innerToken: string;
  /** ISO instant, or '' for "everything". */
  updatedSince: string;
}

export const DEFAULT_PARTNER_PAGE_SIZE = 50;
export const MAX_PARTNER_PAGE_SIZE = 100;

interface ListOptionsInput {
  pageSize?: number;
  pageToken?: string;
  updatedSince?: string;
}

const tokenInvalid = (): DomainError =>
  DomainError.invalid(
    'The page token is not valid for this list and these filters',
    [{ field: 'options.page_token', message: 'not a token of this list with these filters' }],
    'PAGE_TOKEN_INVALID',
  );

function fingerprint(list: string, filters: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify([list, filters]))
    .digest('base64url')
    .slice(0, 16);
}

/**
 * Page tokens of the partner API wrap the internal service's token with the list's name and a
 * fingerprint of its filters (including updated_since), so a token replayed on another list or with
 * other filters is refused (INVALID_ARGUMENT, field options.page_token) instead of paging wrongly.
 */
export function readListOptions(
  options: ListOptionsInput | null | undefined,
  list: string,
  filters: Record<string, unknown>,
): ListWindow {
  const size = options?.pageSize ?? 0;
  const violations = [];
  if (!Number.isInteger(size) || size < 0 || size > MAX_PARTNER_PAGE_SIZE)
    violations.push({
      field: 'options.page_size',
      message: `must be between 1 and ${MAX_PARTNER_PAGE_SIZE}`,
    });
  const updatedSince = (options?.updatedSince ?? '').trim();
  let since = '';
  if (updatedSince !== '') {
    const parsed = Date.parse(updatedSince);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(updatedSince) || Number.isNaN(parsed))
      violations.push({
        field: 'options.updated_since',
        message: 'must be an RFC 3339 date-time, e.g. 2026-11-30T16:00:00Z',
      });
    else since = new Date(parsed).toISOString();
  }
  if (violations.length > 0) throw DomainError.invalid('The list options are not valid', violations);
  const print = fingerprint(list, { ...filters, updatedSince: since });
  const token = options?.pageToken ?? '';
  let innerToken = '';
  if (token !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    } catch {
      throw tokenInvalid();
    }
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      (parsed as { f?: unknown }).f !== print ||
      typeof (parsed as { t?: unknown }).t !== 'string'
    )
      throw tokenInvalid();
    innerToken = (parsed as { t: string }).t;
  }
  return { pageSize: size === 0 ? DEFAULT_PARTNER_PAGE_SIZE : size, innerToken, updatedSince: since };
}

/** The partner's next_page_token for an internal one ('' stays '': the last page). */
export function nextPageToken(
  innerNext: string | undefined,
  list: string,
  filters: Record<string, unknown>,
  window: ListWindow,
): string {
  if (!innerNext) return '';
  const print = fingerprint(list, { ...filters, updatedSince: window.updatedSince });
  return Buffer.from(JSON.stringify({ f: print, t: innerNext }), 'utf8').toString('base64url');
}

/** A required id field: INVALID_ARGUMENT naming it when empty. */
export function requireField(value: string | undefined, field: string): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') throw DomainError.invalid(`${field} is required`, [{ field, message: 'is required' }]);
  return trimmed;
}
