import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import { listDeliverables, type Deliverable } from '../../../api/deliverables';
import { useResource, type Resource } from '../../../composables/use-resource';

/** Each workspace's deliverables, loaded through the shared resource composable. */
export const useDeliverablesStore = defineStore('deliverables', () => {
  const lists = shallowReactive<Record<string, Resource<Deliverable[]>>>({});

  function list(workspaceId: string): Resource<Deliverable[]> {
    lists[workspaceId] ??= useResource((signal) => listDeliverables(workspaceId, signal));
    return lists[workspaceId];
  }

  /** Puts a deliverable the server just answered in place (or first), without waiting for a reload. */
  function replace(workspaceId: string, deliverable: Deliverable): void {
    const resource = list(workspaceId);
    const current = resource.data ?? [];
    const index = current.findIndex((candidate) => candidate.id === deliverable.id);
    resource.set(
      index === -1
        ? [deliverable, ...current]
        : current.map((item, at) => (at === index ? deliverable : item)),
    );
  }

  return { list, replace };
});
