import { accessToken } from '../auth/keycloak';
import { handleStepUp } from '../features/passkeys/lib/step-up';
import type { QueryOf, Schemas } from './schema';
import { VIEW_AS_HEADER, viewAsTarget } from './view-as';

/** An application/problem+json answer, as the gateway sends every error. */
export type Problem = Schemas['Problem'];

/**
 * A field-level problem from the server, shown next to the matching form field. `code` (required,
 * too_long, invalid_format, ...) is stable and translatable; `message` is the server's English.
 */
export type FieldViolation = Schemas['FieldViolation'];

/** The pagination block every list answer carries. */
export type PageInfo = Schemas['PageInfo'];

/** The paging parameters every list accepts. */
export type PageRequest = Pick<QueryOf<'getClients'>, 'pageSize' | 'pageToken'>;

/**
 * An API failure. Built from the gateway's application/problem+json when there is one, so screens can
 * show `detail`, put `violations` next to fields and quote `correlationId` to support.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** A stable machine string for the specific cause (`client.primary_contact_missing`), when the server gives one. */
  readonly reason: string | undefined;
  readonly title: string;
  readonly detail: string;
  readonly violations: FieldViolation[];
  readonly correlationId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    reason?: string | undefined;
    title: string;
    detail: string;
    violations?: FieldViolation[];
    correlationId?: string | undefined;
  }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.reason = init.reason;
    this.title = init.title;
    this.detail = init.detail;
    this.violations = init.violations ?? [];
    this.correlationId = init.correlationId;
  }

  /** The first message for a field, if the server complained about it. */
  violationFor(field: string): string | undefined {
    return this.violations.find((violation) => violation.field === field)?.message;
  }
}

/** Status 0: the request never got an HTTP answer (offline, gateway down, CORS). */
export const NETWORK_ERROR_CODE = 'NETWORK';

type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Bytes sent as they are (a logo upload) instead of a JSON body; the server reads their type. */
  raw?: Blob;
  /** Public endpoints (config, invitations) are called without a token. */
  authenticated?: boolean;
  signal?: AbortSignal;
}

function camelCase(segment: string): string {
  return segment.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * Violation paths are compared with the form's field names, so `primary_contact.first_name` and
 * `lines.0.description` become `primaryContact.firstName` and `lines[0].description`.
 */
export function normaliseFieldPath(field: string): string {
  return field
    .split('.')
    .map((segment) => camelCase(segment))
    .join('.')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readViolations(value: unknown): FieldViolation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [
          {
            field: normaliseFieldPath(item.field),
            message: item.message,
            ...(typeof item.code === 'string' ? { code: item.code } : {}),
          },
        ]
      : [],
  );
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  const correlationHeader = response.headers.get('x-correlation-id') ?? undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      const problem: unknown = await response.json();
      if (isRecord(problem)) {
        return new ApiError({
          status: typeof problem.status === 'number' ? problem.status : response.status,
          code: typeof problem.code === 'string' ? problem.code : `HTTP_${response.status}`,
          reason: typeof problem.reason === 'string' ? problem.reason : undefined,
          title: typeof problem.title === 'string' ? problem.title : response.statusText,
          detail: typeof problem.detail === 'string' ? problem.detail : '',
          violations: readViolations(problem.violations),
          correlationId:
            typeof problem.correlationId === 'string' ? problem.correlationId : correlationHeader,
        });
      }
    } catch {
      // A body that claims JSON but is not: fall through to the generic error.
    }
  }
  return new ApiError({
    status: response.status,
    code: `HTTP_${response.status}`,
    title: response.statusText,
    detail: '',
    correlationId: correlationHeader,
  });
}

function buildUrl(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const headers = new Headers({ Accept: accept });
  if (options.authenticated !== false) {
    const token = await accessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const viewing = viewAsTarget();
    if (viewing) headers.set(VIEW_AS_HEADER, viewing.userId);
  }
  let body: string | Blob | undefined;
  if (options.raw) {
    headers.set('Content-Type', options.raw.type || 'application/octet-stream');
    body = options.raw;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      signal: options.signal ?? null,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: NETWORK_ERROR_CODE,
      title: 'Network error',
      detail: 'The server could not be reached',
    });
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    // The tenant asks for a recent sign-in before this action: off to Keycloak and back to this screen.
    handleStepUp(error);
    throw error;
  }
  return response;
}

/** Sends a JSON request and reads the JSON answer (undefined for 204). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json');
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function getJson<T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<T> {
  return request<T>(path, { ...options, method: 'GET' });
}

export function postJson<T>(
  path: string,
  body: unknown,
  options: Omit<RequestOptions, 'method'> = {},
): Promise<T> {
  return request<T>(path, { ...options, method: 'POST', body });
}

/** A file that needs the bearer token, as a Blob (an image to show through an object URL). */
export async function fetchBlob(path: string, accept: string, signal?: AbortSignal): Promise<Blob> {
  const response = await send(path, signal ? { signal } : {}, accept);
  return response.blob();
}

function filenameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Fall back to the plain filename parameter.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  return (plain?.[2] ?? plain?.[1])?.trim();
}

/**
 * Downloads a file that needs the bearer token: a plain link cannot carry it, so the bytes are
 * fetched, wrapped in an object URL and saved through a temporary anchor.
 */
export async function downloadFile(path: string, fallbackName: string, accept: string): Promise<void> {
  const response = await send(path, {}, accept);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filenameFrom(response.headers.get('content-disposition')) ?? fallbackName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
