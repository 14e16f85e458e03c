/**
 * Formats integer minor units for people, with the currency's own number of decimals (2 for EUR,
 * 0 for JPY, 3 for KWD). The amount goes to Intl as a decimal string, so no floating point is
 * involved at any size.
 */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-GB'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const magnitude = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  return format.format(`${amountMinor < 0 ? '-' : ''}${decimal}` as `${number}`);
}
