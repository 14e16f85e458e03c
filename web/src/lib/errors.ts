import { ApiError, NETWORK_ERROR_CODE, type FieldViolation } from '../api/http';

type Translate = (key: string) => string;

/** The sentence to show for a failure: the server's own detail when it gave one. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR_CODE) return t('errors.network');
    if (error.detail) return error.detail;
    if (error.status === 401) return t('errors.unauthenticated');
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 404) return t('errors.notFound');
    return t('errors.generic');
  }
  return t('errors.generic');
}

export function correlationIdOf(error: unknown): string | undefined {
  return error instanceof ApiError ? error.correlationId : undefined;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** First message per field, for showing next to inputs. */
export function violationsByField(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const violation of error.violations) result[violation.field] ??= violation.message;
  return result;
}

/** Violations the form has no field for: they are listed in the error banner instead. */
export function unplacedViolations(error: unknown, placed: (field: string) => boolean): FieldViolation[] {
  if (!(error instanceof ApiError)) return [];
  return error.violations.filter((violation) => !placed(violation.field));
}
