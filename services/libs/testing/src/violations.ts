import { DomainError } from '@client-portal/kit';

/**
 * The field and code of every violation a domain check refuses with. Anything else thrown is thrown
 * again, and a check that accepts fails the test: a limit that lets the value through is the bug.
 */
export function violationsOf(run: () => unknown): { field: string; code?: string }[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.violations.map(({ field, code }) => ({ field, code }));
  }
  throw new Error('accepted what it should refuse');
}
