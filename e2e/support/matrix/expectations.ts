import { roleAllows, STAFF_ROLES, type PortalRight, type StaffRole } from '@client-portal/kit';
import type { AnyRoute } from '../../../services/gateway/src/http/route.js';

/**
 * What a cell must answer:
 * - `allow`: the caller passes every gate (2xx for a read of their own data; for a write, sent an
 *   invalid body or a missing record, a 4xx that is not 401/403)
 * - `refuse`: 401, 403 or 404, never 2xx
 * - `unauthenticated`: 401
 * - `decides`: the route admits the caller's kind and the service narrows (staff on a shared route
 *   whose service checks a permission of its own): any answer but a 5xx, and no leak
 */
export type Expectation = 'allow' | 'refuse' | 'unauthenticated' | 'decides';

export type CallerKind =
  | { kind: 'anonymous' }
  | { kind: 'revoked' }
  | { kind: 'staff'; role: StaffRole }
  | { kind: 'client'; without?: PortalRight };

/** owner > admin > manager > member, as the gateway ranks them. */
const rank = (role: StaffRole) => STAFF_ROLES.length - STAFF_ROLES.indexOf(role);

/** The rights a client user lacks when `without` is taken away (pay needs billing). */
export function missingRights(without: PortalRight | undefined): PortalRight[] {
  if (!without) return [];
  return without === 'billing' ? ['billing', 'pay'] : [without];
}

/** The expectation for a caller on their own data, from the route's declaration only. */
export function expectationFor(route: AnyRoute, caller: CallerKind): Expectation {
  const { access } = route;
  if (access === 'anonymous') return 'decides';
  if (caller.kind === 'anonymous' || caller.kind === 'revoked') return 'unauthenticated';
  if (caller.kind === 'staff') {
    if (access === 'client') return 'refuse';
    if (access === 'staff-or-client') return 'decides';
    if ('permission' in access) return roleAllows(caller.role, access.permission) ? 'allow' : 'refuse';
    return rank(caller.role) >= rank(access.staff) ? 'allow' : 'refuse';
  }
  if (access !== 'client' && access !== 'staff-or-client') return 'refuse';
  const needs = route.clientRight;
  if (!needs) throw new Error(`${route.method.toUpperCase()} ${route.path}: declare clientRight (route.ts)`);
  if (needs === 'never') return 'refuse';
  if (needs === 'signed-in') return 'allow';
  return missingRights(caller.without).includes(needs) ? 'refuse' : 'allow';
}
