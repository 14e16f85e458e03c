const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats an instant (ISO string) or a calendar date (YYYY-MM-DD) in the viewer's locale. A calendar
 * date is formatted in UTC so it never shifts by a day in time zones west of Greenwich.
 */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const dateOnly = DATE_ONLY.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
