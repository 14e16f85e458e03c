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
      // Issue 12: the notification settings, for every staff member (the router ranks the longer paths
      // first: templates, preferences, then the log).
      ['notification-templates', 'notificationTemplates.nav', 'settings', 'staff'],
      ['notification-preferences', 'notificationPrefs.nav', 'settings', 'staff'],
      ['notification-log', 'delivery.nav', 'settings', 'staff'],
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
    expect(
      mayOpenRoute(router.resolve('/app/clients/new'), {
        kind: 'staff',
        staffRole: 'manager',
        permissions: ['clients.create'],
      }),
    ).toBe(true);
    expect(mayOpenRoute(router.resolve('/portal/workspaces/w1'), { kind: 'client' })).toBe(true);
    expect(mayOpenRoute(router.resolve('/invitations/abc'), { kind: 'client' })).toBe(true);
  });

  it('hides pages and menu entries whose permission the viewer lacks (meta.permission)', () => {
    const admin = {
      kind: 'staff' as const,
      staffRole: 'admin',
      permissions: ['clients.view', 'clients.create', 'team.manage'],
    };
    const member = { kind: 'staff' as const, staffRole: 'member', permissions: ['clients.view'] };
    expect(buildNavigation(router.getRoutes(), admin).map((item) => item.name)).toEqual([
      'dashboard',
      'clients',
      'portal',
      'team',
      'notification-templates',
      'notification-preferences',
      'notification-log',
      'webhooks',
    ]);
    expect(buildNavigation(router.getRoutes(), member).map((item) => item.name)).toEqual([
      'dashboard',
      'clients',
      'portal',
      'notification-templates',
      'notification-preferences',
      'notification-log',
    ]);
    expect(mayOpenRoute(router.resolve('/app/team'), admin)).toBe(true);
    expect(mayOpenRoute(router.resolve('/app/team'), member)).toBe(false);
    expect(mayOpenRoute(router.resolve('/app/clients/new'), member)).toBe(false);
    expect(mayOpenRoute(router.resolve('/app/clients/new'), admin)).toBe(true);
    // A client user never holds staff permissions, whatever a list says.
    expect(mayOpenRoute(router.resolve('/app/team'), { kind: 'client', permissions: ['team.manage'] })).toBe(
      false,
    );
    // The team invitation page is public.
    expect(mayOpenRoute(router.resolve('/team-invitations/abc'), { kind: 'client' })).toBe(true);
  });
});
