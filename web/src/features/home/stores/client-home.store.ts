import { defineStore } from 'pinia';
import { computed } from 'vue';
import { useResource } from '../../../composables/use-resource';
import { getClientHome } from '../api/home.api';

/**
 * The client home (action inbox, amounts, recent things, buttons), one read of GET /api/portal/home.
 * Live updates that may add or clear an item (billing.changed, workspace.changed, message.posted)
 * call `onLiveChange`, which reloads it if it was loaded: "done" disappears without a refresh.
 */
export const useClientHomeStore = defineStore('clientHome', () => {
  const home = useResource((signal) => getClientHome(signal));
  const inbox = computed(() => home.data?.inbox ?? []);

  function onLiveChange(): void {
    if (home.loaded) void home.load();
  }

  return { home, inbox, onLiveChange };
});
