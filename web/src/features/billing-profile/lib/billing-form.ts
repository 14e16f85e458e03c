import { ApiError } from '../../../api/http';
import type { Translator } from '../../../lib/errors';

/** "20" or "5,5" (a percentage as people type it) → basis points; null when it is not a rate. */
export function percentToBasisPoints(text: string): number | null {
  const normalised = text.trim().replace(',', '.').replace(/\s*%$/, '');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) return null;
  const basisPoints = Math.round(Number(normalised) * 100);
  return basisPoints <= 10_000 ? basisPoints : null;
}

/** 550 → "5.5" / "5,5" in the viewer's locale, for the rate's input. */
export function basisPointsToPercent(basisPoints: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(
    basisPoints / 100,
  );
}

/** IBAN in groups of four, as printed on the PDF. */
export function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** The profile's own violation codes (a repeated rate or recipient) in the viewer's language. */
export function ownViolations(error: unknown, { t }: Translator): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const found: Record<string, string> = {};
  for (const violation of error.violations)
    if (violation.code === 'duplicate') found[violation.field] = t('billingProfile.errors.duplicate');
  return found;
}

export function isChangedMeanwhile(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
