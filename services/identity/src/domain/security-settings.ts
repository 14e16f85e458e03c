import { DomainError } from '@client-portal/kit';

/**
 * A tenant's sign-in security settings (issue 11, passkeys-stepup slice). One document per tenant;
 * a tenant that never saved any has the defaults (no step-up limit).
 */
export interface SecuritySettings {
  tenantId: string;
  /**
   * Accepting a quote, approving a deliverable or paying needs a sign-in younger than this many
   * seconds (the token's auth_time); 0 = no limit. The screen speaks minutes; the API seconds.
   */
  stepUpMaxAgeSeconds: number;
  version: number;
  updatedAt: Date | null;
  updatedBy: string;
}

/** At most a week: a longer limit protects nothing (sessions end well before). */
export const STEP_UP_MAX_AGE_LIMIT_SECONDS = 7 * 24 * 3600;

export function defaultSecuritySettings(tenantId: string): SecuritySettings {
  return { tenantId, stepUpMaxAgeSeconds: 0, version: 0, updatedAt: null, updatedBy: '' };
}

/** Checks the requested limit, naming the field: a whole number of seconds from 0 (off) to a week. */
export function checkStepUpMaxAge(value: number): number {
  const field = 'stepUpMaxAgeSeconds';
  if (!Number.isInteger(value))
    throw DomainError.invalid('The step-up limit is a whole number of seconds', [
      { field, code: 'invalid_format', message: 'Enter a whole number of seconds (0 turns step-up off)' },
    ]);
  if (value < 0)
    throw DomainError.invalid('The step-up limit cannot be negative', [
      { field, code: 'too_small', message: 'The limit is 0 (off) or more' },
    ]);
  if (value > STEP_UP_MAX_AGE_LIMIT_SECONDS)
    throw DomainError.invalid('The step-up limit is at most 7 days', [
      {
        field,
        code: 'too_big',
        message: `The limit is at most ${STEP_UP_MAX_AGE_LIMIT_SECONDS} seconds (7 days)`,
      },
    ]);
  return value;
}
