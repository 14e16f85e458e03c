import { ref, shallowRef, watch, type Ref } from 'vue';
import { isChangedMeanwhile, useLiveReload } from './content-form';

/** What every item of a content panel (link, embed, note) carries. */
interface ContentItem {
  id: string;
  version: number;
  title: string;
}

/** How one kind of content is listed, added, changed and deleted (the api/content functions). */
export interface ContentPanelApi<Item extends ContentItem, Input> {
  list(workspaceId: string): Promise<Item[]>;
  add(workspaceId: string, input: Input): Promise<unknown>;
  update(workspaceId: string, id: string, changes: Input & { expectedVersion: number }): Promise<unknown>;
  remove(workspaceId: string, id: string, expectedVersion: number): Promise<void>;
}

/**
 * The list, edit and delete cycle the links, embeds and notes panels share: load (again on a workspace
 * change and whenever the live stream reports a change of that kind), one form at a time (`editing`:
 * null none, 'new' adding, an id editing that item), save with the version read (a 409 reloads), and
 * delete after a confirmation. The fields of the form stay the panel's own.
 */
export function useContentPanel<Item extends ContentItem, Input>(options: {
  workspaceId: () => string;
  /** Live-change prefix of this kind, e.g. 'portal.link.'. */
  livePrefix: string;
  api: ContentPanelApi<Item, Input>;
  /** The question asked before deleting an item. */
  confirmDelete: (item: Item) => string;
}) {
  const items = ref([]) as Ref<Item[]>;
  const loading = ref(false);
  const loaded = ref(false);
  const loadError = shallowRef<unknown>(null);
  const actionError = shallowRef<unknown>(null);
  const editing = ref<string | null>(null);
  const saving = ref(false);
  const saveError = shallowRef<unknown>(null);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      items.value = await options.api.list(options.workspaceId());
      loadError.value = null;
    } catch (error) {
      loadError.value = error;
    } finally {
      loading.value = false;
      loaded.value = true;
    }
  }

  watch(
    options.workspaceId,
    () => {
      editing.value = null;
      void load();
    },
    { immediate: true },
  );
  useLiveReload(options.workspaceId, [options.livePrefix], () => void load());

  /** Opens the form on `item` (or a new one); the panel fills its fields. */
  function startEditing(item?: Item): void {
    editing.value = item ? item.id : 'new';
    saveError.value = null;
  }

  async function save(input: Input): Promise<void> {
    if (saving.value) return;
    saving.value = true;
    saveError.value = null;
    try {
      const workspaceId = options.workspaceId();
      const current = items.value.find((item) => item.id === editing.value);
      if (current)
        await options.api.update(workspaceId, current.id, { ...input, expectedVersion: current.version });
      else await options.api.add(workspaceId, input);
      editing.value = null;
      await load();
    } catch (error) {
      saveError.value = error;
      if (isChangedMeanwhile(error)) await load();
    } finally {
      saving.value = false;
    }
  }

  async function remove(item: Item): Promise<void> {
    if (!window.confirm(options.confirmDelete(item))) return;
    actionError.value = null;
    try {
      await options.api.remove(options.workspaceId(), item.id, item.version);
    } catch (error) {
      actionError.value = error;
    }
    await load();
  }

  return {
    items,
    loading,
    loaded,
    loadError,
    actionError,
    editing,
    saving,
    saveError,
    load,
    startEditing,
    save,
    remove,
  };
}
