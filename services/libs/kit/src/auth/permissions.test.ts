import { describe, expect, it } from '@jest/globals';
import { isDomainError } from '../errors.js';
import { assertPermission, permissionsOf, roleAllows } from './permissions.js';
import type { Principal } from './principal.js';

const staff = (staffRole: Principal['staffRole']): Principal => ({
  userId: 'u1',
  tenantId: 't1',
  kind: 'staff',
  staffRole,
  workspaceIds: [],
});

describe('the staff permission matrix', () => {
  it('lets managers and admins create and edit, only owners and admins delete and manage the team', () => {
    expect(roleAllows('member', 'clients.view')).toBe(true);
    expect(roleAllows('member', 'clients.create')).toBe(false);
    expect(roleAllows('manager', 'clients.edit')).toBe(true);
    expect(roleAllows('manager', 'clients.delete')).toBe(false);
    expect(roleAllows('admin', 'clients.delete')).toBe(true);
    expect(roleAllows('manager', 'portal.configure')).toBe(false);
    expect(roleAllows('admin', 'team.manage')).toBe(true);
    expect(roleAllows('member', 'metrics.view')).toBe(false);
    expect(roleAllows('manager', 'metrics.view')).toBe(true);
    expect(roleAllows('member', 'invoices.issue')).toBe(false);
    expect(roleAllows('manager', 'invoices.issue')).toBe(true);
  });

  it('lists what each caller holds: everything for the owner, nothing for a client user', () => {
    expect(permissionsOf(staff('owner'))).toContain('team.manage');
    expect(permissionsOf(staff('member'))).not.toContain('metrics.view');
    expect(permissionsOf({ userId: 'c', tenantId: 't1', kind: 'client', workspaceIds: [] })).toEqual([]);
  });

  it('refuses with the rule in the message and a machine reason', () => {
    let refusal: unknown;
    try {
      assertPermission(staff('member'), 'clients.delete');
    } catch (error) {
      refusal = error;
    }
    expect(isDomainError(refusal) && refusal.code).toBe('PERMISSION_DENIED');
    expect(isDomainError(refusal) && refusal.message).toBe(
      'Deleting clients needs the admin role or higher (you are a member)',
    );
    expect(isDomainError(refusal) && refusal.reason).toBe('permission.clients.delete');
    expect(() => {
      assertPermission(staff('admin'), 'clients.delete');
    }).not.toThrow();
  });
});
