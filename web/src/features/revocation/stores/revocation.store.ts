import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AccessRevoked } from '../../../api/events';

/**
 * Revocation slice (issue 11): what the open page does when the gateway says access was taken away.
 * The whole portal: the page stops showing anything of it and offers to sign in again (which Keycloak
 * refuses while the access is gone). One workspace: a page of that workspace goes back to the portal's
 * home, where the workspace no longer appears (a fresh load: who they are was cached all over the app).
 */
export const useRevocationStore = defineStore('revocation', () => {
  const revoked = ref(false);
  /** They became a member of the agency team: the notice says so. */
  const converted = ref(false);
  const lostWorkspace = ref('');

  function onRevoked(access: AccessRevoked, currentPath: string = window.location.pathname): void {
    if (access.scope !== 'workspace') {
      revoked.value = true;
      converted.value = access.scope === 'converted';
      return;
    }
    lostWorkspace.value = access.workspaceId;
    if (access.workspaceId && currentPath.includes(access.workspaceId)) window.location.assign('/portal');
  }

  return { revoked, converted, lostWorkspace, onRevoked };
});
