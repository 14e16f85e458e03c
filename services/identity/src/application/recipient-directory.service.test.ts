import { DomainError, servicePrincipal, type PortalRight } from '@client-portal/kit';
import {
  assertNotificationCaller,
  clientUserMatches,
  MAX_USER_IDS,
  recipientQuery,
} from './recipient-directory.service.js';

const violationsOf = (run: () => unknown): [string, string | undefined][] => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError)
      return error.violations.map((violation) => [violation.field, violation.code]);
    throw error;
  }
  throw new Error('expected a refusal');
};

const empty = { userIds: [], staffRoles: [], clientId: '', workspaceId: '', right: '' };

describe('the recipient query', () => {
  it('names every bad field', () => {
    expect(
      violationsOf(() =>
        recipientQuery({ ...empty, staffRoles: ['owner', 'boss'], workspaceId: 'w-1', right: 'fly' }),
      ),
    ).toEqual([
      ['staffRoles', 'invalid_value'],
      ['right', 'invalid_value'],
      ['clientId', 'required'],
    ]);
    expect(
      violationsOf(() =>
        recipientQuery({ ...empty, userIds: Array.from({ length: MAX_USER_IDS + 1 }, (_, i) => `u${i}`) }),
      ),
    ).toEqual([['userIds', 'too_big']]);
  });

  it('trims and de-duplicates', () => {
    expect(recipientQuery({ ...empty, userIds: [' a ', 'a', ''], staffRoles: ['admin', 'admin'] })).toEqual({
      ...empty,
      userIds: ['a'],
      staffRoles: ['admin'],
      contactIds: [],
    });
  });
});

describe('which client users a query matches', () => {
  const user = {
    clientId: 'client-1',
    status: 'active' as const,
    role: 'observer',
    workspaceIds: ['w-1', 'w-2'],
    workspaceAccess: [{ workspaceId: 'w-2', rights: ['view', 'approve'] as PortalRight[] }],
  };

  it('needs the client, an active account and the workspace', () => {
    expect(clientUserMatches(user, { clientId: 'client-1', workspaceId: '', right: '' })).toBe(true);
    expect(clientUserMatches(user, { clientId: 'client-2', workspaceId: '', right: '' })).toBe(false);
    expect(clientUserMatches(user, { clientId: 'client-1', workspaceId: 'w-3', right: '' })).toBe(false);
    for (const status of ['invited', 'revoked', 'converted'] as const)
      expect(
        clientUserMatches({ ...user, status }, { clientId: 'client-1', workspaceId: '', right: '' }),
      ).toBe(false);
  });

  it('checks the right in that workspace: adjusted rights there, else the role’s', () => {
    // observer: view only by default; in w-2 staff gave approve.
    expect(clientUserMatches(user, { clientId: 'client-1', workspaceId: 'w-1', right: 'approve' })).toBe(
      false,
    );
    expect(clientUserMatches(user, { clientId: 'client-1', workspaceId: 'w-2', right: 'approve' })).toBe(
      true,
    );
    expect(clientUserMatches(user, { clientId: 'client-1', workspaceId: '', right: 'approve' })).toBe(true);
    expect(clientUserMatches(user, { clientId: 'client-1', workspaceId: 'w-1', right: 'view' })).toBe(true);
  });
});

describe('who may list recipients', () => {
  it('refuses a principal that was not verified as the notification service', () => {
    // The issuer is known only once the signature was checked over gRPC: a principal made up in-process is refused.
    expect(() => {
      assertNotificationCaller(servicePrincipal('notification', 't-1'));
    }).toThrow(/Only the notification service/);
    expect(() => {
      assertNotificationCaller(servicePrincipal('billing', 't-1'));
    }).toThrow(DomainError);
  });
});
