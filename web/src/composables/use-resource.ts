import { ref, shallowRef, type ShallowRef } from 'vue';

/**
 * The one way a store loads something from the gateway: loading, error, refresh and (for lists)
 * forward-only page tokens. `useResource` holds one value (a client, a workspace view, `/api/me`);
 * `useAsyncList` holds a list paged by `nextPageToken`, either page by page (previous/next, the staff
 * client list) or growing (show more, message threads). Both share `createLoader`, so every screen
 * reports loading and failure the same way and a slow answer never overwrites a newer one.
 *
 * The results are plain objects whose getters read Vue refs: templates and computed values track
 * them, and a store may keep many of them (one thread per workspace) in a shallowReactive record
 * without Vue deep-converting the items.
 */

export interface LoadState {
  readonly loading: boolean;
  /** At least one load succeeded: an empty list is then really empty, not "not loaded yet". */
  readonly loaded: boolean;
  /** The last failure (an ApiError for gateway answers), null after a success. */
  readonly error: unknown;
}

interface Loader extends LoadState {
  /**
   * Runs `work`, aborting the request still in flight; applies the answer only if no newer call
   * started meanwhile. Resolves (never rejects) once done: failures land in `error`.
   */
  run<T>(work: (signal: AbortSignal) => Promise<T>, apply: (answer: T) => void): Promise<void>;
  /** Forgets the error and the loaded flag (the data is stale: load again on next use). */
  invalidate(): void;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createLoader(): Loader {
  const loading = ref(false);
  const loaded = ref(false);
  const error = shallowRef<unknown>(null);
  let inFlight: AbortController | null = null;

  async function run<T>(
    work: (signal: AbortSignal) => Promise<T>,
    apply: (answer: T) => void,
  ): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    loading.value = true;
    error.value = null;
    try {
      const answer = await work(controller.signal);
      if (inFlight !== controller) return;
      apply(answer);
      loaded.value = true;
    } catch (caught) {
      // A newer request replaced this one: its outcome is the one that counts.
      if (inFlight !== controller || isAbort(caught)) return;
      error.value = caught;
    } finally {
      if (inFlight === controller) {
        loading.value = false;
        inFlight = null;
      }
    }
  }

  return {
    get loading() {
      return loading.value;
    },
    get loaded() {
      return loaded.value;
    },
    get error() {
      return error.value;
    },
    run,
    invalidate() {
      loaded.value = false;
      error.value = null;
    },
  };
}

export interface Resource<T> extends LoadState {
  readonly data: T | null;
  /** Loads (or reloads) the value. */
  load(): Promise<void>;
  /** Same as load: named for screens that offer "try again" or react to a live event. */
  refresh(): Promise<void>;
  /** Replaces the value with one known locally (the answer of a write, a live event). */
  set(value: T | null): void;
  invalidate(): void;
}

export function useResource<T>(fetch: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const loader = createLoader();
  const data: ShallowRef<T | null> = shallowRef(null);

  function load(): Promise<void> {
    return loader.run(fetch, (answer) => {
      data.value = answer;
    });
  }

  return {
    get data(): T | null {
      return data.value;
    },
    get loading() {
      return loader.loading;
    },
    get loaded() {
      return loader.loaded;
    },
    get error() {
      return loader.error;
    },
    load,
    refresh: load,
    set(value: T | null) {
      data.value = value;
    },
    invalidate: () => {
      loader.invalidate();
    },
  };
}

/** One page of a list as the gateway answers it, reshaped by the store. */
export interface ListPage<T> {
  items: T[];
  /** Empty on the last page. */
  nextPageToken: string;
  /** Only for lists whose screen shows a total. */
  totalSize?: number;
}

export interface PageFetchRequest {
  pageToken: string;
  signal: AbortSignal;
}

export interface AsyncListOptions<T> {
  /** Identity of an item: pages, live events and the answers of writes are merged by it. */
  key: (item: T) => string;
  /** Order kept after merging; without it new items go first and pages append in answer order. */
  compare?: (left: T, right: T) => number;
}

export interface AsyncList<T> extends LoadState {
  readonly items: T[];
  readonly nextPageToken: string;
  readonly totalSize: number | null;
  /** Page mode: whether previousPage() has somewhere to go. */
  readonly hasPrevious: boolean;
  /** The first page, replacing what is shown (new filters, first visit). */
  load(): Promise<void>;
  /** The page on screen again (page mode) or the first page again (growing lists). */
  refresh(): Promise<void>;
  /** Growing lists: appends the next page. */
  loadMore(): Promise<void>;
  /** Page mode: replaces the items with the next page. */
  nextPage(): Promise<void>;
  /** Page mode: back to the page before (tokens are forward-only, so visited ones are kept). */
  previousPage(): Promise<void>;
  /** Adds or replaces items known locally (a write's answer, a live event), deduplicated by key. */
  upsert(items: T[]): void;
  invalidate(): void;
}

export function useAsyncList<T>(
  fetchPage: (request: PageFetchRequest) => Promise<ListPage<T>>,
  options: AsyncListOptions<T>,
): AsyncList<T> {
  const loader = createLoader();
  const items: ShallowRef<T[]> = shallowRef([]);
  const nextPageToken = ref('');
  const totalSize = ref<number | null>(null);
  // Tokens of the pages visited in page mode; '' is the first page.
  const pageTokens = ref<string[]>(['']);

  function merge(known: T[], incoming: T[], newFirst: boolean): T[] {
    const byKey = new Map<string, T>();
    const ordered = newFirst ? [...incoming, ...known] : [...known, ...incoming];
    for (const item of ordered) {
      const key = options.key(item);
      // With new items first, the incoming copy of an item wins over the known one.
      if (newFirst && byKey.has(key)) continue;
      byKey.set(key, item);
    }
    const merged = [...byKey.values()];
    return options.compare ? merged.sort(options.compare) : merged;
  }

  function fetchInto(pageToken: string, mode: 'replace' | 'append'): Promise<void> {
    return loader.run(
      (signal) => fetchPage({ pageToken, signal }),
      (page) => {
        items.value =
          mode === 'replace' ? merge([], page.items, false) : merge(items.value, page.items, false);
        nextPageToken.value = page.nextPageToken;
        if (page.totalSize !== undefined) totalSize.value = page.totalSize;
      },
    );
  }

  function load(): Promise<void> {
    pageTokens.value = [''];
    return fetchInto('', 'replace');
  }

  function refresh(): Promise<void> {
    return fetchInto(pageTokens.value.at(-1) ?? '', 'replace');
  }

  function loadMore(): Promise<void> {
    if (!nextPageToken.value || loader.loading) return Promise.resolve();
    return fetchInto(nextPageToken.value, 'append');
  }

  function nextPage(): Promise<void> {
    if (!nextPageToken.value) return Promise.resolve();
    pageTokens.value = [...pageTokens.value, nextPageToken.value];
    return fetchInto(nextPageToken.value, 'replace');
  }

  function previousPage(): Promise<void> {
    if (pageTokens.value.length <= 1) return Promise.resolve();
    pageTokens.value = pageTokens.value.slice(0, -1);
    return fetchInto(pageTokens.value.at(-1) ?? '', 'replace');
  }

  return {
    get items() {
      return items.value;
    },
    get nextPageToken() {
      return nextPageToken.value;
    },
    get totalSize() {
      return totalSize.value;
    },
    get hasPrevious() {
      return pageTokens.value.length > 1;
    },
    get loading() {
      return loader.loading;
    },
    get loaded() {
      return loader.loaded;
    },
    get error() {
      return loader.error;
    },
    load,
    refresh,
    loadMore,
    nextPage,
    previousPage,
    upsert(incoming: T[]) {
      items.value = merge(items.value, incoming, true);
    },
    invalidate: () => {
      loader.invalidate();
    },
  };
}
