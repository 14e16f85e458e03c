import type { DomainError } from '@client-portal/kit';
import { builtInRoles, checkGroupName, checkRole, roleRightsOf, withImpliedRights } from './portal-role.js';
import { accessOf } from './external-user.js';

function refusal(run: () => unknown): DomainError | undefined {
  try {
    run();
    return undefined;
  } catch (caught) {
    return caught as DomainError;
  }
}

describe('external roles', () => {
  it('gives the built-in roles their rights, billing seeing billing and paying', () => {
    const rights = Object.fromEntries(builtInRoles().map((role) => [role.id, role.rights]));
    expect(rights).toEqual({
      'decision-maker': ['view', 'comment', 'approve', 'upload', 'billing', 'pay', 'chat'],
      technical: ['view', 'comment'],
      billing: ['billing', 'pay'],
      observer: ['view'],
    });
  });

  it('makes pay imply billing, in catalogue order', () => {
    expect(withImpliedRights(['chat', 'pay'])).toEqual(['billing', 'pay', 'chat']);
    expect(withImpliedRights(['billing'])).toEqual(['billing']);
  });

  it('checks a role: a name, not a built-in one, and at least one known right', () => {
    expect(checkRole({ name: '  Finance   lead ', rights: ['view', 'pay'] })).toEqual({
      name: 'Finance lead',
      rights: ['view', 'billing', 'pay'],
    });
    expect(refusal(() => checkRole({ name: ' ', rights: [] }))?.violations).toEqual([
      expect.objectContaining({ field: 'name', code: 'required' }),
      expect.objectContaining({ field: 'rights', code: 'too_small' }),
    ]);
    expect(refusal(() => checkRole({ name: 'billing', rights: ['fly'] }))?.violations).toEqual([
      expect.objectContaining({ field: 'name', code: 'invalid_value' }),
      expect.objectContaining({ field: 'rights', code: 'invalid_value' }),
    ]);
    expect(refusal(() => checkRole({ name: 'x'.repeat(61), rights: ['view'] }))?.violations).toEqual([
      expect.objectContaining({ field: 'name', code: 'too_long' }),
    ]);
    expect(refusal(() => checkGroupName(''))?.violations).toEqual([
      expect.objectContaining({ field: 'name', code: 'required' }),
    ]);
  });

  it("resolves a tenant role's rights for the principal; an unknown role gives nothing", () => {
    const resolve = roleRightsOf([
      {
        id: 'r-1',
        tenantId: 't',
        name: 'Accounts',
        rights: ['billing', 'comment'],
        builtIn: false,
        version: 1,
        createdAt: null,
        updatedAt: null,
      },
    ]);
    const user = { role: 'r-1', workspaceIds: ['ws-a', 'ws-b'], workspaceAccess: [] };
    expect(accessOf(user, resolve)).toEqual([
      { workspaceId: 'ws-a', rights: ['billing', 'comment'] },
      { workspaceId: 'ws-b', rights: ['billing', 'comment'] },
    ]);
    expect(resolve('observer')).toEqual(['view']);
    expect(resolve('deleted-role')).toEqual([]);
  });
});
