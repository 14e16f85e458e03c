import { ApiError } from '../../../api/http';

/** Codes this feature's rules use that the shared messages do not name: said in the feature's words. */
const OWN_CODES = ['before_start', 'not_ascending'] as const;

/** The recurring-specific message for a field's violation, if the server named one of OWN_CODES. */
export function ownViolationKey(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const violation = error.violations.find((item) => item.field === field);
  const code = violation?.code;
  return code && (OWN_CODES as readonly string[]).includes(code) ? `recurring.violations.${code}` : undefined;
}
