import { DomainError, isDomainError } from '@client-portal/kit';

/** `address.postalCode` → `address.postal_code`: the partner API names fields as its proto does. */
export function protoFieldPath(path: string): string {
  return path.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Runs an internal call and, when it refuses the input, names the refused fields as the partner's
 * request names them: `rename` maps the internal path (camelCase, e.g. `primaryContact.email`) to the
 * public one (before snake-casing), then every path is snake-cased. Other errors pass unchanged.
 */
export async function withPublicFields<Result>(
  call: () => Promise<Result>,
  rename: (field: string) => string = (field) => field,
): Promise<Result> {
  try {
    return await call();
  } catch (error) {
    if (!isDomainError(error) || error.violations.length === 0) throw error;
    const renamed = new DomainError(
      error.code,
      error.message,
      error.violations.map((violation) => ({ ...violation, field: protoFieldPath(rename(violation.field)) })),
      error.reason,
    );
    renamed.cause = error;
    throw renamed;
  }
}

/** An RFC 3339 instant with milliseconds, or '' for none (the partner API's time format). */
export function publicInstant(value: string | undefined): string {
  if (!value) return '';
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? '' : new Date(parsed).toISOString();
}
