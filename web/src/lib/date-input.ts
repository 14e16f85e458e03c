/**
 * Dates typed in the app's language rather than the browser's: Chromium draws <input type="date">
 * in the browser's locale whatever the page says, so a French page on an English browser asked for
 * mm/dd/yyyy. The field order and separator come from Intl for the app's locale.
 */

export type DatePart = 'day' | 'month' | 'year';

export interface DateLayout {
  /** The order of the parts, as the locale writes a date. */
  order: DatePart[];
  separator: string;
}

export function dateLayout(locale: string): DateLayout {
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
  const order = parts.flatMap((part) =>
    part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type] : [],
  );
  const separator = parts.find((part) => part.type === 'literal')?.value ?? '/';
  return { order: order.length === 3 ? order : ['day', 'month', 'year'], separator };
}

/** "jj/mm/aaaa" for French, given the translated letters of each part. */
export function datePattern(layout: DateLayout, letters: Record<DatePart, string>): string {
  return layout.order.map((part) => letters[part]).join(layout.separator);
}

/** YYYY-MM-DD → the locale's way of writing it ("31/12/2026"); '' stays ''. */
export function formatDateInput(iso: string, layout: DateLayout): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const values: Record<DatePart, string> = {
    year: match[1] ?? '',
    month: match[2] ?? '',
    day: match[3] ?? '',
  };
  return layout.order.map((part) => values[part]).join(layout.separator);
}

/**
 * What a person typed → YYYY-MM-DD, '' for an empty field, or null when it is not a real date.
 * Any non-digit separates the parts, so "31.12.2026" and "31 12 2026" are read like "31/12/2026".
 */
export function parseDateInput(text: string, layout: DateLayout): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const numbers = trimmed.split(/\D+/).filter(Boolean);
  if (numbers.length !== 3) return null;
  const values: Partial<Record<DatePart, number>> = {};
  layout.order.forEach((part, index) => {
    values[part] = Number(numbers[index]);
  });
  const { year, month, day } = values;
  if (year === undefined || month === undefined || day === undefined) return null;
  if (year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
