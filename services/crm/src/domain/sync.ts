import { DomainError } from '@client-portal/kit';

/**
 * A list's `updated_since` (RFC 3339, as the partner API passes it): null when empty, otherwise the
 * instant; anything else is refused naming the field. Lists asked with it keep records whose
 * `updatedAt` is at or after the instant, so a caller that remembers the greatest `updatedAt` it has
 * seen and asks again from there misses nothing (it sees that record once more, at worst).
 */
export function readUpdatedSince(value: string | undefined, field = 'updatedSince'): Date | null {
  const text = (value ?? '').trim();
  if (text === '') return null;
  const parsed = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(parsed))
    throw DomainError.invalid('The list request is not valid', [
      {
        field,
        message: 'Must be an RFC 3339 date-time, e.g. 2026-11-30T16:00:00Z',
        code: 'invalid_format',
      },
    ]);
  return new Date(parsed);
}
