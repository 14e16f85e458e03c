import { DomainError, type Principal } from '@client-portal/kit';
import { checkReason, MAX_REASON_LENGTH, newAccessLogEntry } from './access-log.js';

describe('the access log rules (revocation slice)', () => {
  it('keeps an optional reason, trimmed, and names the field when it is too long', () => {
    expect(checkReason('  Contract ended ')).toBe('Contract ended');
    expect(checkReason('')).toBe('');
    expect(checkReason('x'.repeat(MAX_REASON_LENGTH))).toHaveLength(MAX_REASON_LENGTH);
    let refusal: unknown;
    try {
      checkReason('x'.repeat(MAX_REASON_LENGTH + 1));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).violations).toEqual([
      expect.objectContaining({ field: 'reason', code: 'too_long' }),
    ]);
  });

  it('records who did what to whom, with the names of the moment', () => {
    const staff: Principal = {
      userId: 'staff-1',
      tenantId: 't1',
      kind: 'staff',
      staffRole: 'manager',
      workspaceIds: [],
      displayName: 'Mia Manager',
    };
    const at = new Date('2026-11-30T10:00:00Z');
    const entry = newAccessLogEntry(
      staff,
      { tenantId: 't1', clientId: 'globex', id: 'dana', displayName: 'Dana', email: 'dana@globex.test' },
      'workspace_removed',
      { workspaceId: 'w2' },
      at,
    );
    expect(entry).toMatchObject({
      tenantId: 't1',
      clientId: 'globex',
      externalUserId: 'dana',
      userName: 'Dana',
      userEmail: 'dana@globex.test',
      action: 'workspace_removed',
      workspaceId: 'w2',
      actorId: 'staff-1',
      actorName: 'Mia Manager',
      reason: '',
      at,
    });
  });
});
