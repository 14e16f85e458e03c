import type { StaffPermission } from '../api/identity';
import type { StaffLevel } from '../lib/staff-levels';

/** Which layout a page lives in, and so who may open it. */
export type RouteArea = 'staff' | 'portal' | 'public';

/** Icons the navigation can draw (see NavIcon.vue). */
export type NavIconName = 'clients' | 'portal' | 'team' | 'dashboard' | 'billing' | 'settings' | 'catalog';

export interface NavMeta {
  /** i18n key of the link's label. */
  labelKey: string;
  icon: NavIconName;
  /** Position in the menu, smallest first. */
  order: number;
}

declare module 'vue-router' {
  interface RouteMeta {
    /**
     * staff: the staff app (staff only); portal: a client's portal (client users, and staff as a
     * preview); public: no login (the invitation page). Pages without an area (errors) show bare.
     */
    area?: RouteArea;
    /** Staff pages: the lowest staff level that may open the page (default: every staff member). */
    minimumStaffLevel?: StaffLevel;
    /**
     * Staff pages: the permission of the matrix (services/libs/kit/src/auth/permissions.ts) needed to
     * open the page, checked against the permissions /api/me lists; the page and its menu entry are
     * hidden from anyone without it.
     */
    permission?: StaffPermission;
    /** Present on pages listed in the main navigation. */
    nav?: NavMeta;
    /** i18n key of the document title. */
    titleKey?: string;
  }
}

export {};
