import { currencyDigits, minorToDecimalString, parseMajorToMinor } from '../../../lib/money';

/** An amount typed by a person ("12,50") as minor units, if it is between 1 minor unit and `maxMinor`. */
export function amountWithin(text: string, currency: string, maxMinor: bigint): bigint | null {
  const minor = parseMajorToMinor(text, currency);
  if (minor === null || minor <= 0n || minor > maxMinor) return null;
  return minor;
}

/** Minor units as the text an amount field starts with ("1250" EUR → "12.50"). */
export function amountText(minor: string | bigint, currency: string): string {
  return minorToDecimalString(BigInt(minor), currencyDigits(currency));
}
