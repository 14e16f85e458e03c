/**
 * Money and quantities as exact integers. Amounts typed by people are parsed as decimal strings and
 * scaled by powers of ten with BigInt, never multiplied as floating point (0.1 * 3 !== 0.3).
 */

const digitsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
  } catch {
    // Unknown currency code: cents are the sensible default.
  }
  digitsCache.set(currency, digits);
  return digits;
}

const DECIMAL = /^(\d*)(?:[.,](\d*))?$/;

/**
 * "12.5" with 2 decimals → 1250n. Accepts a comma as the decimal separator (French, Spanish and
 * Portuguese keyboards). Returns null for anything else, or for more decimals than allowed.
 */
export function parseScaledDecimal(text: string, decimals: number): bigint | null {
  const trimmed = text.trim().replace(/\s/g, '');
  const match = DECIMAL.exec(trimmed);
  if (!match) return null;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (whole === '' && fraction === '') return null;
  if (fraction.length > decimals) return null;
  return BigInt((whole || '0') + fraction.padEnd(decimals, '0'));
}

/** A price typed in major units ("19.99") as minor units of the currency (1999n). */
export function parseMajorToMinor(text: string, currency: string): bigint | null {
  return parseScaledDecimal(text, currencyDigits(currency));
}

/** A quantity ("1.5") in thousandths (1500n). */
export function parseQuantityToMilli(text: string): bigint | null {
  return parseScaledDecimal(text, 3);
}

/** A tax rate in percent ("20" or "5.5") in basis points (2000n, 550n). */
export function parsePercentToBasisPoints(text: string): bigint | null {
  return parseScaledDecimal(text, 2);
}

/** Integer division rounding halves away from zero, as invoices do. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const absoluteNumerator = numerator < 0n ? -numerator : numerator;
  const absoluteDenominator = denominator < 0n ? -denominator : denominator;
  const quotient = (absoluteNumerator * 2n + absoluteDenominator) / (absoluteDenominator * 2n);
  return negative ? -quotient : quotient;
}

export interface LineAmounts {
  netMinor: bigint;
  taxMinor: bigint;
}

/** A line's net amount (quantity × unit price) and tax, both rounded to the minor unit. */
export function lineAmounts(
  quantityMilli: bigint,
  unitPriceMinor: bigint,
  taxBasisPoints: bigint,
): LineAmounts {
  const netMinor = divideRounded(quantityMilli * unitPriceMinor, 1000n);
  return { netMinor, taxMinor: divideRounded(netMinor * taxBasisPoints, 10_000n) };
}

/** Minor units as an exact decimal string of major units: 123456n (2 digits) → "1234.56". */
export function minorToDecimalString(amountMinor: bigint, digits: number): `${number}` {
  const negative = amountMinor < 0n;
  const absolute = negative ? -amountMinor : amountMinor;
  const scale = 10n ** BigInt(digits);
  const whole = (absolute / scale).toString();
  const fraction = (absolute % scale).toString().padStart(digits, '0');
  const text = digits > 0 ? `${whole}.${fraction}` : whole;
  return (negative ? `-${text}` : text) as `${number}`;
}

function toBigInt(value: string | number | bigint | null | undefined): bigint | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : null;
  return /^-?\d+$/.test(value.trim()) ? BigInt(value.trim()) : null;
}

/**
 * Formats integer minor units in the viewer's locale. The amount reaches Intl as an exact decimal
 * string (Intl.NumberFormat v3), so large amounts keep every cent.
 */
export function formatMoney(
  amountMinor: string | number | bigint | null | undefined,
  currency: string,
  locale: string,
): string {
  const amount = toBigInt(amountMinor);
  if (amount === null || !currency) return '—';
  const digits = currencyDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
      minorToDecimalString(amount, digits),
    );
  } catch {
    return `${minorToDecimalString(amount, digits)} ${currency}`;
  }
}
