import { DomainError } from '../errors.js';
import type { Principal, StaffRole } from './principal.js';

/**
 * The agency team's permission matrix: for each thing staff do, the lowest role allowed to do it
 * (owner > admin > manager > member). Services enforce it on every call; the gateway declares the same
 * levels on its routes and sends each caller its own list, so the web app hides what it would refuse.
 */
export const STAFF_PERMISSIONS = {
  'clients.view': 'member',
  'clients.create': 'manager',
  'clients.edit': 'manager',
  'clients.delete': 'admin',
  'clients.import': 'manager',
  'projects.edit': 'manager',
  'time.log': 'member',
  'notes.write': 'member',
  'portal.configure': 'admin',
  'metrics.view': 'manager',
  'team.manage': 'admin',
  // An invoice commits the agency towards a client, like editing the client does: managers and up.
  'invoices.issue': 'manager',
  // Billing (issue 9). Seeing documents, payments and KPIs is every member's; writing them is a
  // manager's; what cannot be undone by a credit note (voiding, refunds) and the tenant's billing
  // settings (profile, reminders, catalog switch) are an admin's.
  'billing.view': 'member',
  'documents.edit': 'manager',
  'documents.void': 'admin',
  'payments.record': 'manager',
  'payments.refund': 'admin',
  'catalog.edit': 'manager',
  'billing.configure': 'admin',
  // Workspaces (issue 10). Seeing every workspace and sharing in it (tasks, files, deliverables, links,
  // notes) is every member's work; opening, renaming, archiving a workspace and choosing who of the
  // client is in it with which rights is a manager's; the tenant's branding and portal settings an admin's
  // (portal.configure). "View as client" is a manager's.
  'workspaces.view': 'member',
  'workspaces.share': 'member',
  'workspaces.manage': 'manager',
  'portal.view_as_client': 'manager',
} as const satisfies Record<string, StaffRole>;
export type StaffPermission = keyof typeof STAFF_PERMISSIONS;

/** What each permission is, in the words of the refusal a caller reads. */
const DESCRIPTIONS: Record<StaffPermission, string> = {
  'clients.view': 'Viewing clients',
  'clients.create': 'Adding clients',
  'clients.edit': 'Editing clients',
  'clients.delete': 'Deleting clients',
  'clients.import': 'Importing clients',
  'projects.edit': 'Creating and editing projects',
  'time.log': 'Logging time',
  'notes.write': 'Writing internal notes',
  'portal.configure': 'Configuring the client portal',
  'metrics.view': 'Viewing metrics',
  'team.manage': 'Managing the team',
  'invoices.issue': 'Issuing invoices',
  'billing.view': 'Viewing billing',
  'documents.edit': 'Creating, editing and issuing billing documents',
  'documents.void': 'Voiding billing documents',
  'payments.record': 'Recording payments',
  'payments.refund': 'Refunding payments',
  'catalog.edit': 'Editing the catalog',
  'billing.configure': 'Configuring billing',
  'workspaces.view': 'Viewing workspaces',
  'workspaces.share': 'Sharing tasks, files, deliverables, links and notes in workspaces',
  'workspaces.manage': 'Opening, renaming and archiving workspaces and choosing their members',
  'portal.view_as_client': 'Viewing the portal as a client',
};

const RANK: Record<StaffRole, number> = { owner: 4, admin: 3, manager: 2, member: 1 };

/** Whether a staff role may do something. */
export function roleAllows(role: StaffRole, permission: StaffPermission): boolean {
  return RANK[role] >= RANK[STAFF_PERMISSIONS[permission]];
}

/** The lowest staff role allowed to do something (for route declarations). */
export function minimumRole(permission: StaffPermission): StaffRole {
  return STAFF_PERMISSIONS[permission];
}

/** Every permission a principal holds: services hold all, client users none. */
export function permissionsOf(principal: Principal): StaffPermission[] {
  const all = Object.keys(STAFF_PERMISSIONS) as StaffPermission[];
  if (principal.kind === 'service') return all;
  if (principal.kind !== 'staff' || !principal.staffRole) return [];
  const role = principal.staffRole;
  return all.filter((permission) => roleAllows(role, permission));
}

/**
 * Refuses (PERMISSION_DENIED, reason `permission.<name>`) a caller the matrix does not allow, with the
 * rule in the message: "Deleting clients needs the admin role or higher (you are a member)".
 */
export function assertPermission(principal: Principal, permission: StaffPermission): void {
  if (principal.kind === 'service') return;
  if (principal.kind !== 'staff' || !principal.staffRole)
    throw DomainError.forbidden('Only the agency team can do this', `permission.${permission}`);
  if (!roleAllows(principal.staffRole, permission))
    throw DomainError.forbidden(
      `${DESCRIPTIONS[permission]} needs the ${STAFF_PERMISSIONS[permission]} role or higher (you are ${
        principal.staffRole === 'admin' || principal.staffRole === 'owner' ? 'an' : 'a'
      } ${principal.staffRole})`,
      `permission.${permission}`,
    );
}
