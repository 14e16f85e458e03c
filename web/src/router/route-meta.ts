import type { PrincipalKind } from '../api/identity';

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the route; child routes inherit their parent's list. */
    roles?: PrincipalKind[];
    /** Reachable without logging in (the invitation page). */
    public?: boolean;
    /** i18n key of the document title. */
    titleKey?: string;
  }
}

export {};
