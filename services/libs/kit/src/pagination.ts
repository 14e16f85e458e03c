import { DomainError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export type SortDirection = 1 | -1;
/** What a sort key may hold: lists sort on required scalar fields, never on missing ones. */
export type CursorValue = string | number | boolean | Date;

/** A decoded page request: how many items, and the sort-key values the page starts after. */
export interface Page {
  limit: number;
  /** The last item's sort-key values on the previous page; undefined for the first page. */
  after: CursorValue[] | undefined;
  /** A total counted on the first page and carried by the token, so later pages need not count. */
  carriedTotal: number | undefined;
}

interface TokenBody {
  /** The keyset's name: a token from another list (or another order) is refused. */
  k: string;
  v: (string | number | boolean | { d: string })[];
  t?: number;
}

const invalidToken = () =>
  DomainError.invalid('The page token is not valid', [{ field: 'page.pageToken', message: 'unknown token' }]);

/**
 * One list order, used for keyset pagination: a page is "the next `limit` items after the last one
 * seen" (a range on the sort keys, which an index serves), never "skip N" (which reads and drops N).
 * The last sort key is `_id`, so the order is total and a cursor names exactly one position.
 *
 * The page token is opaque to callers; it carries the last item's sort-key values (values the caller
 * has just been shown, so nothing is disclosed).
 */
export class Keyset {
  readonly fields: string[];

  constructor(
    /** Names the order in tokens; unique per list. */
    readonly name: string,
    readonly sort: Readonly<Record<string, SortDirection>>,
  ) {
    this.fields = Object.keys(sort);
    if (this.fields[this.fields.length - 1] !== '_id')
      throw new Error(`keyset ${name}: the last sort key must be _id (a unique tie-breaker)`);
  }

  /**
   * The index this list needs: the equality filters first (e.g. `{ tenantId: 1 }`), then the sort keys
   * in order. Repositories declare it next to the query that uses it.
   */
  index(equality: Record<string, 1>): Record<string, SortDirection> {
    return { ...equality, ...this.sort };
  }

  /** Reads a PageRequest: size defaulted and capped, token decoded (INVALID_ARGUMENT if foreign). */
  read(request: { pageSize?: number; pageToken?: string } | null | undefined): Page {
    const size = request?.pageSize ?? 0;
    const limit = size <= 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
    const token = request?.pageToken ?? '';
    if (token === '') return { limit, after: undefined, carriedTotal: undefined };
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    } catch {
      throw invalidToken();
    }
    if (typeof parsed !== 'object' || parsed === null) throw invalidToken();
    const body = parsed as Partial<Record<keyof TokenBody, unknown>>;
    const total = body.t;
    if (
      body.k !== this.name ||
      !Array.isArray(body.v) ||
      body.v.length !== this.fields.length ||
      (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total) || total < 0))
    )
      throw invalidToken();
    const values: unknown[] = body.v;
    const after = values.map((value): CursorValue => {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      const encodedDate = typeof value === 'object' && value !== null && 'd' in value ? value.d : undefined;
      if (typeof encodedDate === 'string') {
        const date = new Date(encodedDate);
        if (!Number.isNaN(date.getTime())) return date;
      }
      throw invalidToken();
    });
    return { limit, after, carriedTotal: total };
  }

  /**
   * The query for a page: the caller's filter plus "after the cursor" on the sort keys. Equality
   * filters stay top-level keys (FerretDB pushes only those down to its backend).
   */
  filter(query: Record<string, unknown>, page: Page): Record<string, unknown> {
    if (!page.after) return query;
    const after = page.after;
    // (a > x) or (a = x and b > y) or (a = x and b = y and _id > z), with < for descending keys.
    const branches = this.fields.map((field, position) => {
      const branch: Record<string, unknown> = {};
      for (let earlier = 0; earlier < position; earlier++)
        branch[this.fields[earlier] as string] = after[earlier];
      branch[field] = { [this.sort[field] === 1 ? '$gt' : '$lt']: after[position] };
      return branch;
    });
    if (!('$or' in query)) return { ...query, $or: branches };
    // A query's own `$and` (a display status's conditions) is kept beside the two alternatives.
    const { $or: ownAlternatives, $and: ownConditions, ...rest } = query;
    const conditions = Array.isArray(ownConditions) ? (ownConditions as unknown[]) : [];
    return { ...rest, $and: [...conditions, { $or: ownAlternatives }, { $or: branches }] };
  }

  /**
   * Cuts `limit + 1` fetched documents into the page and the next token: the extra document is the
   * "has more" signal, so no count is needed to know whether a next page exists.
   */
  page<Document extends object>(
    documents: Document[],
    page: Page,
    total?: number,
  ): { items: Document[]; nextPageToken: string } {
    const items = documents.slice(0, page.limit);
    const last = items[items.length - 1];
    if (documents.length <= page.limit || last === undefined) return { items, nextPageToken: '' };
    const body: TokenBody = {
      k: this.name,
      v: this.fields.map((field) => {
        const value = readPath(last, field);
        if (value instanceof Date) return { d: value.toISOString() };
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          return value;
        throw new Error(`keyset ${this.name}: sort key ${field} is missing or not a scalar`);
      }),
      ...(total === undefined ? {} : { t: total }),
    };
    return { items, nextPageToken: Buffer.from(JSON.stringify(body)).toString('base64url') };
  }
}

function readPath(document: object, path: string): unknown {
  let value: unknown = document;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The PageInfo of a keyset page; `totalSize` is 0 where the list does not count (a "has more" list). */
export function pageInfo(nextPageToken: string, totalSize = 0): { nextPageToken: string; totalSize: number } {
  return { nextPageToken, totalSize };
}

/** Escapes user text for a case-insensitive "contains" regex filter. */
export function containsPattern(text: string): RegExp {
  return new RegExp(text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}
