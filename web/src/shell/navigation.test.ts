import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { buildNavigation, mayOpen, mayOpenRoute } from './navigation';
import { routes } from './router';

const router = createRouter({ history: createMemoryHistory(), routes });

describe('navigation from route meta', () => {
  it('shows staff the staff pages and the portal preview, in declared order', () => {
    const items = buildNavigation(router.getRoutes(), { kind: 'staff', staffRole: 'member' });
    expect(items.map((item) => [item.name, item.labelKey, item.icon, item.area])).toEqual([
      ['dashboard', 'activity.nav', 'dashboard', 'staff'],
      ['clients', 'nav.clients', 'clients', 'staff'],
      ['portal', 'nav.portal', 'portal', 'portal'],
    ]);
  });

  it('shows client users only their portal', () => {
    const items = buildNavigation(router.getRoutes(), { kind: 'client' });
    expect(items.map((item) => item.name)).toEqual(['portal']);
  });

  it('keeps a page from staff below its minimum level', () => {
    const adminsOnly = { meta: { area: 'staff' as const, minimumStaffLevel: 'admin' as const } };
    expect(mayOpen(adminsOnly, { kind: 'staff', staffRole: 'owner' })).toBe(true);
    expect(mayOpen(adminsOnly, { kind: 'staff', staffRole: 'admin' })).toBe(true);
    expect(mayOpen(adminsOnly, { kind: 'staff', staffRole: 'manager' })).toBe(false);
    expect(mayOpen(adminsOnly, { kind: 'staff', staffRole: undefined })).toBe(false);
    expect(mayOpen(adminsOnly, { kind: 'client' })).toBe(false);
  });

  it('guards whole routes the same way', () => {
    expect(mayOpenRoute(router.resolve('/app/clients/new'), { kind: 'client' })).toBe(false);
    expect(mayOpenRoute(router.resolve('/app/clients/new'), { kind: 'staff', staffRole: 'member' })).toBe(
      true,
    );
    expect(mayOpenRoute(router.resolve('/portal/workspaces/w1'), { kind: 'client' })).toBe(true);
    expect(mayOpenRoute(router.resolve('/invitations/abc'), { kind: 'client' })).toBe(true);
  });
});
