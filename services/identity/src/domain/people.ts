import { FIELD_LIMITS, type FieldViolation } from '@client-portal/kit';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 8;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkEmail(email: string, field: string, violations: FieldViolation[]): void {
  if (!EMAIL.test(email))
    violations.push({ field, message: 'Enter a valid e-mail address', code: 'invalid_format' });
  else if (email.length > FIELD_LIMITS.identity.email)
    violations.push({
      field,
      message: `An e-mail address is at most ${FIELD_LIMITS.identity.email} characters`,
      code: 'too_long',
    });
}

/** Mirrors the realm's password policy (length(8) and notUsername), so people learn it before Keycloak refuses. */
export function checkPassword(
  password: string,
  email: string,
  field: string,
  violations: FieldViolation[],
): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    violations.push({ field, message: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters` });
  else if (password.length > FIELD_LIMITS.identity.password)
    violations.push({
      field,
      message: `A password is at most ${FIELD_LIMITS.identity.password} characters`,
      code: 'too_long',
    });
  else if (password.trim().toLowerCase() === email.toLowerCase())
    violations.push({ field, message: 'Your password must not be your e-mail address' });
}

/** What to call someone who gave no name: the part of their address before the @. */
export function displayNameOf(displayName: string, email: string): string {
  return displayName.trim() || email.split('@')[0] || email;
}
