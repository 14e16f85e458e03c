import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  listPortalGroups,
  listPortalRoles,
  type PortalGroup,
  type PortalRole,
} from '../api/access-roles.api';

/** The built-in role ids (the kit's DEFAULT_PORTAL_RIGHTS): the app names them in the reader's language. */
export const BUILT_IN_ROLE_IDS = ['decision-maker', 'technical', 'billing', 'observer'] as const;

/**
 * The tenant's portal roles and groups, loaded once per session and refreshed after a change: every
 * RoleSelect and GroupPicker on a screen shares one request.
 */
export const usePortalRolesStore = defineStore('portal-roles', () => {
  const roles = ref<PortalRole[]>([]);
  const groups = ref<PortalGroup[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = ref<unknown>(null);
  let pending: Promise<void> | null = null;

  async function reload(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const [nextRoles, nextGroups] = await Promise.all([listPortalRoles(), listPortalGroups()]);
      roles.value = nextRoles;
      groups.value = nextGroups;
      loaded.value = true;
    } catch (caught) {
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }

  /** Loads once; concurrent callers wait for the same request. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    pending ??= reload().finally(() => {
      pending = null;
    });
    return pending;
  }

  function upsertGroup(group: PortalGroup): void {
    const index = groups.value.findIndex((candidate) => candidate.id === group.id);
    if (index === -1) groups.value = [...groups.value, group];
    else groups.value = groups.value.map((candidate) => (candidate.id === group.id ? group : candidate));
  }

  function groupsOf(externalUserId: string): string[] {
    return groups.value
      .filter((group) => group.members.some((member) => member.externalUserId === externalUserId))
      .map((group) => group.id);
  }

  return { roles, groups, loaded, loading, error, reload, ensureLoaded, upsertGroup, groupsOf };
});
