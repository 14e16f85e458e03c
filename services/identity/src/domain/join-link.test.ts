import { DomainError } from '@client-portal/kit';
import { assertJoinable, checkJoinForm, newJoinLink, windowStart } from './join-link.js';

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

const workspaceInput = {
  scope: 'workspace',
  clientId: 'client-1',
  clientName: 'Globex',
  workspaceId: 'workspace-1',
  workspaceName: 'Launch',
  role: 'technical',
  createContact: false,
};

describe('join links', () => {
  it('keeps a workspace link on its workspace, and makes a tenant link create contacts with no client of its own', () => {
    const workspaceLink = newJoinLink('tenant-1', workspaceInput, 'staff-1');
    expect(workspaceLink).toMatchObject({
      scope: 'workspace',
      workspaceId: 'workspace-1',
      createContact: false,
    });
    const tenantLink = newJoinLink('tenant-1', { ...workspaceInput, scope: 'tenant', role: '' }, 'staff-1');
    expect(tenantLink).toMatchObject({
      scope: 'tenant',
      clientId: '',
      workspaceId: '',
      role: 'decision-maker',
      createContact: true,
      status: 'active',
    });
    expect(tenantLink.token).not.toBe(workspaceLink.token);
  });

  it('names every bad field of a link', () => {
    expect(
      violationsOf(() => newJoinLink('t', { ...workspaceInput, scope: 'x', role: 'boss' }, 's')),
    ).toEqual([
      ['scope', 'invalid_value'],
      ['role', 'invalid_value'],
    ]);
    expect(violationsOf(() => newJoinLink('t', { ...workspaceInput, workspaceId: ' ' }, 's'))).toEqual([
      ['workspaceId', 'required'],
    ]);
  });

  it('checks the public form and normalises it', () => {
    expect(
      checkJoinForm({
        displayName: '  Ada   Lovelace ',
        email: ' Ada@Example.TEST ',
        password: 'long-enough',
      }),
    ).toEqual({
      displayName: 'Ada Lovelace',
      email: 'ada@example.test',
      password: 'long-enough',
    });
    expect(violationsOf(() => checkJoinForm({ displayName: '', email: '', password: '' }))).toEqual([
      ['displayName', 'required'],
      ['email', 'required'],
      ['password', 'too_short'],
    ]);
    expect(
      violationsOf(() =>
        checkJoinForm({ displayName: 'x'.repeat(121), email: 'a@b.test', password: 'a@b.test' }),
      ),
    ).toEqual([
      ['displayName', 'too_long'],
      ['password', 'invalid_value'],
    ]);
  });

  it('refuses a disabled link and cuts time into fixed windows', () => {
    const link = newJoinLink('t', workspaceInput, 's');
    expect(() => {
      assertJoinable(link);
    }).not.toThrow();
    expect(() => {
      assertJoinable({ ...link, status: 'disabled' });
    }).toThrow(/switched off/);
    const hour = 3_600_000;
    expect(windowStart(new Date(5 * hour + 59_000), hour)).toBe(5 * hour);
    expect(windowStart(new Date(6 * hour), hour)).toBe(6 * hour);
  });
});
