import { DomainError } from '@client-portal/kit';

/** An `updated_since` filter: empty → none; anything but an RFC 3339 instant is refused naming it. */
export function updatedSinceOf(value: string | undefined): Date | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  const parsed = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(parsed))
    throw DomainError.invalid('updated_since is not a date-time', [
      {
        field: 'updatedSince',
        message: 'An RFC 3339 date-time, e.g. 2026-11-30T16:00:00Z',
        code: 'invalid_format',
      },
    ]);
  return new Date(parsed);
}
