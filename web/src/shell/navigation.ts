import type { RouteLocationNormalized, RouteRecordNormalized, RouteRecordRaw } from 'vue-router';
import type { PrincipalKind } from '../api/identity';
import { reachesStaffLevel } from '../lib/staff-levels';
import type { NavIconName, RouteArea } from './route-meta';

/** Who is looking: enough to decide which pages they may open. */
export interface Viewer {
  kind: PrincipalKind;
  staffRole?: string | undefined;
  /** What /api/me says this viewer may do (the permission matrix); absent means none. */
  permissions?: readonly string[] | undefined;
}

type RouteMetaSource = Pick<RouteRecordNormalized, 'meta'> | Pick<RouteRecordRaw, 'meta'>;

/** The principal kinds an area admits. Staff may open the portal as a preview of what clients get. */
export function kindsAllowedIn(area: RouteArea): PrincipalKind[] | null {
  switch (area) {
    case 'staff':
      return ['staff'];
    case 'portal':
      return ['client', 'staff'];
    case 'public':
      return null;
  }
}

/** Whether the viewer may open a page with this meta (the gateway still checks every call). */
export function mayOpen(record: RouteMetaSource, viewer: Viewer): boolean {
  const meta = record.meta ?? {};
  if (!meta.area) return true;
  const kinds = kindsAllowedIn(meta.area);
  if (kinds && !kinds.includes(viewer.kind)) return false;
  if (meta.area === 'staff' && meta.minimumStaffLevel) {
    if (viewer.kind !== 'staff' || !reachesStaffLevel(viewer.staffRole, meta.minimumStaffLevel)) return false;
  }
  if (meta.permission) return viewer.kind === 'staff' && (viewer.permissions ?? []).includes(meta.permission);
  return true;
}

/** The innermost matched record carries the page's meta (vue-router merges parents into `meta`). */
export function mayOpenRoute(route: Pick<RouteLocationNormalized, 'matched'>, viewer: Viewer): boolean {
  return route.matched.every((record) => mayOpen(record, viewer));
}

export interface NavItem {
  name: string;
  labelKey: string;
  icon: NavIconName;
  area: RouteArea;
}

/** The main navigation: every named page declaring `meta.nav` that the viewer may open, in order. */
export function buildNavigation(routes: readonly RouteRecordNormalized[], viewer: Viewer): NavItem[] {
  return routes
    .flatMap((record) => {
      const nav = record.meta.nav;
      if (!nav || typeof record.name !== 'string' || !mayOpen(record, viewer)) return [];
      return [
        {
          name: record.name,
          labelKey: nav.labelKey,
          icon: nav.icon,
          order: nav.order,
          area: record.meta.area ?? 'public',
        },
      ];
    })
    .sort((left, right) => left.order - right.order)
    .map(({ order: _order, ...item }) => item);
}
