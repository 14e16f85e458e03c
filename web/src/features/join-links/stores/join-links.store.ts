import { defineStore } from 'pinia';
import { computed, shallowReactive } from 'vue';
import { listWorkspaces } from '../../../api/portal';
import { useResource } from '../../../composables/use-resource';
import {
  createJoinLink,
  listJoinLinks,
  listJoins,
  resetJoinLink,
  setJoinLinkEnabled,
  type Join,
  type JoinLink,
  type NewJoinLink,
} from '../api/join-links.api';

/** The join-links settings page: the tenant's links, the workspaces a link may open, each link's joins. */
export const useJoinLinksStore = defineStore('join-links', () => {
  const links = useResource((signal) => listJoinLinks(signal));
  const workspaces = useResource(() => listWorkspaces());
  /** Joins per link, loaded when staff open a link's list. */
  const joins = shallowReactive<Record<string, Join[] | undefined>>({});
  const active = computed(() => (links.data ?? []).filter((link) => link.status === 'active').length);

  /** Puts the answer of a change in place, keeping the list's order. */
  function replace(changed: JoinLink): JoinLink {
    links.set((links.data ?? []).map((link) => (link.id === changed.id ? changed : link)));
    return changed;
  }

  async function create(input: NewJoinLink): Promise<JoinLink> {
    const created = await createJoinLink(input);
    links.set([created, ...(links.data ?? [])]);
    return created;
  }

  async function loadJoins(linkId: string): Promise<void> {
    joins[linkId] = await listJoins(linkId);
  }

  return {
    links,
    workspaces,
    joins,
    active,
    create,
    reset: async (linkId: string) => replace(await resetJoinLink(linkId)),
    setEnabled: async (linkId: string, enabled: boolean) =>
      replace(await setJoinLinkEnabled(linkId, enabled)),
    loadJoins,
  };
});
