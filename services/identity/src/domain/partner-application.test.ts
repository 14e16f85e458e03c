import { DomainError } from '@client-portal/kit';
import {
  checkPartnerApplicationInput,
  epochSeconds,
  hashSecret,
  newPartnerApplicationIds,
  newSecret,
} from './partner-application.js';

const violations = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError)
      return error.violations.map(({ field, code }) => `${field}:${code ?? ''}`);
    throw error;
  }
  return [];
};

describe('partner application rules', () => {
  it('trims, sorts and de-duplicates scopes, and defaults the rate limit to 600', () => {
    expect(
      checkPartnerApplicationInput({
        name: '  Acme ',
        description: ' d ',
        scopes: ['files:read', 'clients:write', 'files:read'],
        rateLimitPerMinute: 0,
      }),
    ).toEqual({
      name: 'Acme',
      description: 'd',
      scopes: ['clients:write', 'files:read'],
      rateLimitPerMinute: 600,
    });
  });

  it('names every bad field with its code', () => {
    expect(
      violations(() =>
        checkPartnerApplicationInput({
          name: '',
          description: 'x'.repeat(501),
          scopes: [],
          rateLimitPerMinute: 9,
        }),
      ),
    ).toEqual([
      'name:required',
      'description:too_long',
      'scopes:required',
      'rate_limit_per_minute:too_small',
    ]);
    expect(
      violations(() =>
        checkPartnerApplicationInput({
          name: 'x'.repeat(101),
          description: '',
          scopes: ['clients:read', 'clients:delete'],
          rateLimitPerMinute: 6001,
        }),
      ),
    ).toEqual(['name:too_long', 'scopes:invalid_value', 'rate_limit_per_minute:too_big']);
    expect(
      violations(() =>
        checkPartnerApplicationInput({
          name: 'A',
          description: '',
          scopes: ['clients:read'],
          rateLimitPerMinute: 10,
        }),
      ),
    ).toEqual([]);
  });

  it('makes random secrets, keeps a hash and a 4-character hint, and partner-<12 hex> client ids', () => {
    const one = newSecret();
    const two = newSecret();
    expect(one.secret).not.toBe(two.secret);
    expect(one.hash).toBe(hashSecret(one.secret));
    expect(one.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(one.hint).toBe(one.secret.slice(0, 4));
    expect(newPartnerApplicationIds().clientId).toMatch(/^partner-[0-9a-f]{12}$/);
    expect(epochSeconds(new Date(1_700_000_000_999))).toBe(1_700_000_000);
  });
});
