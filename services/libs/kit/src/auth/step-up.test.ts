import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors.js';
import type { Principal } from './principal.js';
import { STEP_UP_REQUIRED, assertRecentAuthentication } from './step-up.js';

const NOW = Date.parse('2026-11-30T10:00:00Z');
const client = (authTime: number | undefined, stepUpMaxAgeSeconds: number | undefined): Principal => ({
  userId: 'u1',
  tenantId: 't1',
  kind: 'client',
  workspaceIds: [],
  ...(authTime === undefined ? {} : { authTime }),
  ...(stepUpMaxAgeSeconds === undefined ? {} : { stepUpMaxAgeSeconds }),
});

function refusal(principal: Principal): DomainError | undefined {
  try {
    assertRecentAuthentication(principal, 'quote.accept', NOW);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('step-up: a sensitive action needs a recent sign-in when the tenant sets a limit', () => {
  const signedIn = (secondsAgo: number) => NOW / 1000 - secondsAgo;

  it('lets anyone through when the tenant set no limit (0 or none)', () => {
    expect(refusal(client(signedIn(86_400), 0))).toBeUndefined();
    expect(refusal(client(signedIn(86_400), undefined))).toBeUndefined();
    expect(refusal(client(undefined, undefined))).toBeUndefined();
  });

  it('accepts a sign-in up to the limit and refuses one a second older, with the machine reason', () => {
    expect(refusal(client(signedIn(600), 600))).toBeUndefined();
    const refused = refusal(client(signedIn(601), 600));
    expect(refused?.code).toBe('UNAUTHENTICATED');
    expect(refused?.reason).toBe(STEP_UP_REQUIRED);
    expect(refused?.message).toMatch(/sign in again before accepting a quote.*10 minutes/);
  });

  it('refuses a user whose sign-in time is unknown while a limit is set (fails closed)', () => {
    expect(refusal(client(undefined, 300))?.reason).toBe(STEP_UP_REQUIRED);
  });

  it('applies to staff as to clients, never to a service acting on its own', () => {
    expect(refusal({ ...client(signedIn(3_600), 60), kind: 'staff', staffRole: 'owner' })?.reason).toBe(
      STEP_UP_REQUIRED,
    );
    expect(refusal({ ...client(undefined, 60), kind: 'service' })).toBeUndefined();
  });
});
