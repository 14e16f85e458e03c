import { DomainError } from '@client-portal/kit';

/** An optional RFC 3339 instant ('' = none), or INVALID_ARGUMENT naming the field. */
export function readInstant(value: string, field: string): Date | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const parsed = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(parsed))
    throw DomainError.invalid(`${field} is not a date-time`, [
      { field, message: 'Give an RFC 3339 date-time, e.g. 2026-11-30T16:00:00Z', code: 'invalid_format' },
    ]);
  return new Date(parsed);
}
