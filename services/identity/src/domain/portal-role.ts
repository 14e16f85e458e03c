import { randomUUID } from 'node:crypto';
import {
  DEFAULT_PORTAL_RIGHTS,
  DomainError,
  PORTAL_RIGHTS,
  type FieldViolation,
  type PortalRight,
  FIELD_LIMITS,
} from '@client-portal/kit';

/**
 * External roles and groups (issue 11, roles slice). A role is a named set of portal rights; every
 * tenant has the four built-in roles (kit DEFAULT_PORTAL_RIGHTS, fixed) and may define its own. A
 * person's rights in a workspace follow their role unless staff adjusted them in that workspace.
 * Groups gather external users ("Globex finance") so staff can address them together.
 */
export const BUILT_IN_ROLES = ['decision-maker', 'technical', 'billing', 'observer'] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

/** English names of the built-in roles (the web app shows them translated): a tenant role may not take one. */
const BUILT_IN_NAMES: Record<BuiltInRole, string> = {
  'decision-maker': 'Decision-maker',
  technical: 'Technical',
  billing: 'Billing',
  observer: 'Observer',
};

export const ROLE_NAME_MAX = FIELD_LIMITS.identity.portalRoleName;
export const GROUP_NAME_MAX = FIELD_LIMITS.identity.portalGroupName;
/** A tenant keeps its role list short enough to choose from in a select. */
export const MAX_TENANT_ROLES = FIELD_LIMITS.identity.tenantRoles;
export const MAX_GROUP_MEMBERS = FIELD_LIMITS.identity.groupMembers;

export interface PortalRole {
  id: string;
  /** '' for a built-in role (the same for every tenant). */
  tenantId: string;
  name: string;
  rights: PortalRight[];
  builtIn: boolean;
  version: number;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export interface PortalGroup {
  id: string;
  tenantId: string;
  name: string;
  /** External user ids, in the order they were added. */
  memberIds: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PortalAccessSettings {
  tenantId: string;
  /** Staff members (the lowest staff role) may invite people with an existing role, never choose rights. */
  membersMayInvite: boolean;
  version: number;
}

export function isBuiltInRole(role: string): role is BuiltInRole {
  return (BUILT_IN_ROLES as readonly string[]).includes(role);
}

export function builtInRoles(): PortalRole[] {
  return BUILT_IN_ROLES.map((id) => ({
    id,
    tenantId: '',
    name: BUILT_IN_NAMES[id],
    rights: withImpliedRights(DEFAULT_PORTAL_RIGHTS[id] ?? []),
    builtIn: true,
    version: 0,
    createdAt: null,
    updatedAt: null,
  }));
}

/**
 * Rights with what they imply, in catalogue order: paying needs seeing the bills, so `pay` brings
 * `billing` (people given "pay" before `billing` existed keep seeing their invoices).
 */
export function withImpliedRights(rights: readonly string[]): PortalRight[] {
  const held = new Set(rights);
  if (held.has('pay')) held.add('billing');
  return PORTAL_RIGHTS.filter((right) => held.has(right));
}

/** The comparison key of a name: two roles (or groups) of a tenant may not differ only by case or spaces. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

function checkName(name: string, max: number, thing: string, violations: FieldViolation[]): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) violations.push({ field: 'name', message: `Name the ${thing}`, code: 'required' });
  else if (trimmed.length > max)
    violations.push({
      field: 'name',
      message: `A ${thing} name is at most ${max} characters`,
      code: 'too_long',
    });
  return trimmed;
}

/** Checks a role's name and rights (at least one known right), naming every bad field. */
export function checkRole(input: { name: string; rights: readonly string[] }): {
  name: string;
  rights: PortalRight[];
} {
  const violations: FieldViolation[] = [];
  const name = checkName(input.name, ROLE_NAME_MAX, 'role', violations);
  if (name && Object.values(BUILT_IN_NAMES).some((builtIn) => nameKey(builtIn) === nameKey(name)))
    violations.push({ field: 'name', message: `“${name}” is a built-in role`, code: 'invalid_value' });
  const unknown = input.rights.filter((right) => !(PORTAL_RIGHTS as readonly string[]).includes(right));
  if (unknown.length > 0)
    violations.push({
      field: 'rights',
      message: `Unknown right(s): ${unknown.join(', ')}; rights are ${PORTAL_RIGHTS.join(', ')}`,
      code: 'invalid_value',
    });
  else if (input.rights.length === 0)
    violations.push({ field: 'rights', message: 'Give the role at least one right', code: 'too_small' });
  if (violations.length > 0)
    throw DomainError.invalid('The role could not be saved: check the highlighted fields', violations);
  return { name, rights: withImpliedRights(input.rights) };
}

export function checkGroupName(input: string): string {
  const violations: FieldViolation[] = [];
  const name = checkName(input, GROUP_NAME_MAX, 'group', violations);
  if (violations.length > 0)
    throw DomainError.invalid('The group could not be saved: check the highlighted fields', violations);
  return name;
}

export function newRole(
  tenantId: string,
  input: { name: string; rights: PortalRight[] },
  now = new Date(),
): PortalRole {
  return {
    id: randomUUID(),
    tenantId,
    name: input.name,
    rights: input.rights,
    builtIn: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export function newGroup(tenantId: string, name: string, now = new Date()): PortalGroup {
  return { id: randomUUID(), tenantId, name, memberIds: [], version: 1, createdAt: now, updatedAt: now };
}

/** Resolves a role id to its rights for one tenant: built-ins, then the tenant's roles; unknown → none. */
export type RoleRights = (role: string) => PortalRight[];

export function roleRightsOf(roles: readonly PortalRole[]): RoleRights {
  const byId = new Map([...builtInRoles(), ...roles].map((role) => [role.id, role.rights]));
  // A role deleted meanwhile gives nothing: the safe side (staff reassign people before deleting).
  return (role) => [...(byId.get(role) ?? [])];
}
