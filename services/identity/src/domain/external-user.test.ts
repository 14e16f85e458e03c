import type { DomainError } from '@client-portal/kit';
import { accessOf, checkRights, rightsIn, withRights } from './external-user.js';

describe('rights per workspace', () => {
  const user = {
    role: 'technical' as const,
    workspaceIds: ['ws-a', 'ws-b'],
    workspaceAccess: [{ workspaceId: 'ws-b', rights: ['view' as const, 'chat' as const] }],
  };

  it('uses the stored rights, else the role default (people invited before issue 10)', () => {
    expect(rightsIn(user, 'ws-a')).toEqual(['view', 'comment']);
    expect(rightsIn(user, 'ws-b')).toEqual(['view', 'chat']);
    expect(accessOf(user)).toEqual([
      { workspaceId: 'ws-a', rights: ['view', 'comment'] },
      { workspaceId: 'ws-b', rights: ['view', 'chat'] },
    ]);
    // A stored entry for a workspace the user left gives them nothing.
    expect(accessOf({ ...user, workspaceIds: ['ws-a'] }).map((access) => access.workspaceId)).toEqual([
      'ws-a',
    ]);
  });

  it('orders rights as the catalogue does and names unknown ones', () => {
    // Paying implies seeing billing (issue 11).
    expect(checkRights(['chat', 'view', 'pay'])).toEqual(['view', 'billing', 'pay', 'chat']);
    const error = (() => {
      try {
        checkRights(['view', 'fly']);
        return undefined;
      } catch (caught) {
        return caught as DomainError;
      }
    })();
    expect(error?.violations).toEqual([expect.objectContaining({ field: 'rights', code: 'invalid_value' })]);
    expect(error?.message).toBe('Unknown right');
  });

  it('replaces one workspace entry and keeps the others', () => {
    expect(withRights(user.workspaceAccess, 'ws-b', ['pay'])).toEqual([
      { workspaceId: 'ws-b', rights: ['pay'] },
    ]);
    expect(withRights(user.workspaceAccess, 'ws-a', ['view'])).toEqual([
      { workspaceId: 'ws-b', rights: ['view', 'chat'] },
      { workspaceId: 'ws-a', rights: ['view'] },
    ]);
  });
});
