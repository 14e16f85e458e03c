import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { WorkspaceChange } from '../../../api/events';

/**
 * The workspace changes the live stream announces (a task, file, deliverable, decision, link, embed,
 * note or member changed). Workspace panels watch `lastChange` and reload what they show when it
 * concerns their workspace; the stream carries ids only, so every panel reads the new state through
 * the API, with the caller's rights.
 */
export const useWorkspaceLiveStore = defineStore('workspaceLive', () => {
  const lastChange = ref<(WorkspaceChange & { at: number }) | null>(null);

  function receive(change: WorkspaceChange): void {
    lastChange.value = { ...change, at: Date.now() };
  }

  return { lastChange, receive };
});
