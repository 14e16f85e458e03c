import { ApiError, NETWORK_ERROR_CODE, type FieldViolation } from '../api/http';

/**
 * Server failures shown in the viewer's language. The gateway's problem+json carries machine codes —
 * `code` (NOT_FOUND, INVALID_ARGUMENT, …), an optional `reason` for the precise cause
 * (`client.primary_contact_missing`) and a `code` per field violation (`required`, `too_long`, …) —
 * and the app turns those into its own translated sentences. The server's English `detail` and
 * violation `message` are never shown: a cause the app does not know yet falls back to the sentence
 * for its `code`, then to a generic one.
 */

/** The slice of vue-i18n's composer the translations need (`useI18n()` and `i18n.global` both fit). */
export interface Translator {
  t: (key: string, named?: Record<string, unknown>) => string;
  te: (key: string) => boolean;
}

/** The violation codes the gateway sends (zod issues mapped to stable names). */
export const VIOLATION_CODES = [
  'required',
  'too_long',
  'too_short',
  'invalid_format',
  'invalid_value',
  'too_small',
  'too_big',
  'not_unique',
] as const;

/** The specific cause (`client.primary_contact_missing`), when the server named one. */
export function reasonOf(error: unknown): string | undefined {
  return error instanceof ApiError && error.reason ? error.reason : undefined;
}

// Reasons are dotted like i18n paths (`client.primary_contact_missing` → errors.reasons.client.…);
// anything else could not name a message and is ignored.
const REASON = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const CODE = /^[A-Z][A-Z0-9_]*$/;

/** The sentence to show for a failure, in the current language. */
export function errorMessage(error: unknown, { t, te }: Translator): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.code === NETWORK_ERROR_CODE) return t('errors.network');
  const reason = reasonOf(error);
  if (reason && REASON.test(reason) && te(`errors.reasons.${reason}`)) return t(`errors.reasons.${reason}`);
  if (CODE.test(error.code) && te(`errors.codes.${error.code}`)) return t(`errors.codes.${error.code}`);
  if (error.status === 401) return t('errors.codes.UNAUTHENTICATED');
  if (error.status === 403) return t('errors.codes.PERMISSION_DENIED');
  if (error.status === 404) return t('errors.codes.NOT_FOUND');
  return t('errors.generic');
}

/** A field violation's sentence: by its code, else the generic "not valid". */
export function violationMessage(violation: FieldViolation, { t, te }: Translator): string {
  const code = violation.code;
  if (typeof code === 'string' && /^[a-z_]+$/.test(code) && te(`errors.violations.${code}`))
    return t(`errors.violations.${code}`);
  return t('errors.violations.invalid_value');
}

export function correlationIdOf(error: unknown): string | undefined {
  return error instanceof ApiError ? error.correlationId : undefined;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** First translated message per field, for showing next to inputs. */
export function violationsByField(error: unknown, translator: Translator): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const violation of error.violations)
    result[violation.field] ??= violationMessage(violation, translator);
  return result;
}

/** Violations the form has no field for: they are listed in the error banner instead. */
export function unplacedViolations(error: unknown, placed: (field: string) => boolean): FieldViolation[] {
  if (!(error instanceof ApiError)) return [];
  return error.violations.filter((violation) => !placed(violation.field));
}
