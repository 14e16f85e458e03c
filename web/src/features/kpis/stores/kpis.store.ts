import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import { getClientKpis, type ClientKpis } from '../../../api/catalog';
import { useResource, type Resource } from '../../../composables/use-resource';

/** Client KPIs, one resource per client looked at (the staff client page, the portal home). */
export const useKpisStore = defineStore('kpis', () => {
  const byClient = shallowReactive(new Map<string, Resource<ClientKpis>>());

  function of(clientId: string): Resource<ClientKpis> {
    let resource = byClient.get(clientId);
    if (!resource) {
      resource = useResource((signal) => getClientKpis(clientId, { signal }));
      byClient.set(clientId, resource);
    }
    return resource;
  }

  return { of };
});
