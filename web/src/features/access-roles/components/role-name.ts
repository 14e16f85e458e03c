import { BUILT_IN_ROLE_IDS } from '../stores/portal-roles.store';
import type { PortalRole } from '../api/access-roles.api';

/** A role as people read it: built-in roles in the reader's language, tenant roles by their name. */
export function roleLabel(t: (key: string) => string, roles: readonly PortalRole[], roleId: string): string {
  if ((BUILT_IN_ROLE_IDS as readonly string[]).includes(roleId)) return t(`accessRoles.builtIn.${roleId}`);
  return roles.find((role) => role.id === roleId)?.name ?? roleId;
}
