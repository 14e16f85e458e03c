import { DomainError, FIELD_LIMITS, type FieldViolation } from '@client-portal/kit';
import { inviteRequest } from './invitation.js';
import { checkPassword } from './people.js';

describe("identity's length limits", () => {
  const invite = (displayName: string) =>
    inviteRequest({
      email: 'pat@acme.test',
      displayName,
      clientId: 'c',
      contactId: 'k',
      workspaceId: 'w',
      workspaceName: 'Site',
      clientName: 'Acme',
      role: 'decision-maker',
    });

  it('refuses an invitation whose name is over its limit, naming displayName', () => {
    expect(invite('n'.repeat(FIELD_LIMITS.identity.invitationDisplayName)).displayName).toHaveLength(
      FIELD_LIMITS.identity.invitationDisplayName,
    );
    try {
      invite('n'.repeat(FIELD_LIMITS.identity.invitationDisplayName + 1));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).violations).toEqual([
        expect.objectContaining({ field: 'displayName', code: 'too_long' }),
      ]);
    }
  });

  it('refuses a password over its limit and takes one at it', () => {
    const check = (password: string) => {
      const violations: FieldViolation[] = [];
      checkPassword(password, 'pat@acme.test', 'password', violations);
      return violations.map(({ field, code }) => ({ field, code }));
    };
    expect(check('p'.repeat(FIELD_LIMITS.identity.password))).toEqual([]);
    expect(check('p'.repeat(FIELD_LIMITS.identity.password + 1))).toEqual([
      { field: 'password', code: 'too_long' },
    ]);
  });
});
