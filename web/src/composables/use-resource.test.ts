import { describe, expect, it } from 'vitest';
import { computed } from 'vue';
import { deferred } from '../test-support/gateway';
import { useAsyncList, useResource, type ListPage } from './use-resource';

interface Item {
  id: string;
  at: number;
}

const item = (id: string, at = 0): Item => ({ id, at });

describe('useResource', () => {
  it('tracks loading, keeps the value and clears the error on the next success', async () => {
    let calls = 0;
    const resource = useResource(() => {
      calls += 1;
      if (calls === 1) return Promise.reject(new Error('down'));
      return Promise.resolve({ name: `answer ${calls}` });
    });
    expect(resource.loaded).toBe(false);

    const first = resource.load();
    expect(resource.loading).toBe(true);
    await first;
    expect(resource.loading).toBe(false);
    expect(resource.error).toBeInstanceOf(Error);
    expect(resource.data).toBeNull();
    expect(resource.loaded).toBe(false);

    await resource.refresh();
    expect(resource.error).toBeNull();
    expect(resource.data).toEqual({ name: 'answer 2' });
    expect(resource.loaded).toBe(true);
  });

  it('keeps the newest answer when an older request answers last', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let index = 0;
    const resource = useResource(() => answers[index++]?.promise ?? Promise.resolve('none'));
    const older = resource.load();
    const newer = resource.load();
    answers[1]?.resolve('newer');
    await newer;
    answers[0]?.resolve('older');
    await older;
    expect(resource.data).toBe('newer');
    expect(resource.loading).toBe(false);
  });

  it('is reactive: computed values follow the data', async () => {
    const resource = useResource(() => Promise.resolve(41));
    const next = computed(() => (resource.data ?? 0) + 1);
    expect(next.value).toBe(1);
    await resource.load();
    expect(next.value).toBe(42);
    resource.set(99);
    expect(next.value).toBe(100);
  });
});

describe('useAsyncList', () => {
  /** Pages of two items out of `all`, the token being the index of the next page's first item. */
  function pagedOver(all: Item[]) {
    const tokens: string[] = [];
    const list = useAsyncList<Item>(
      ({ pageToken }): Promise<ListPage<Item>> => {
        tokens.push(pageToken);
        const start = pageToken ? Number(pageToken) : 0;
        const end = start + 2;
        return Promise.resolve({
          items: all.slice(start, end),
          nextPageToken: end < all.length ? String(end) : '',
          totalSize: all.length,
        });
      },
      { key: (entry) => entry.id },
    );
    return { list, tokens };
  }

  it('pages forward and back with forward-only tokens', async () => {
    const { list, tokens } = pagedOver([item('a'), item('b'), item('c'), item('d'), item('e')]);
    await list.load();
    expect(list.items.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(list.totalSize).toBe(5);
    expect(list.hasPrevious).toBe(false);

    await list.nextPage();
    await list.nextPage();
    expect(list.items.map((entry) => entry.id)).toEqual(['e']);
    expect(list.nextPageToken).toBe('');
    expect(list.hasPrevious).toBe(true);

    await list.nextPage(); // no next page: nothing is requested
    await list.previousPage();
    expect(list.items.map((entry) => entry.id)).toEqual(['c', 'd']);
    await list.refresh();
    expect(tokens).toEqual(['', '2', '4', '2', '2']);
  });

  it('grows with loadMore, without duplicates, and starts over on load', async () => {
    const { list } = pagedOver([item('a'), item('b'), item('b'), item('c')]);
    await list.load();
    await list.loadMore();
    // The second page repeats b (a record moved between pages): it is shown once.
    expect(list.items.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(list.nextPageToken).toBe('');
    await list.load();
    expect(list.items.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(list.nextPageToken).toBe('2');
  });

  it('merges local items by key and keeps the declared order', async () => {
    const list = useAsyncList<Item>(
      () => Promise.resolve({ items: [item('b', 2), item('a', 1)], nextPageToken: '' }),
      { key: (entry) => entry.id, compare: (left, right) => left.at - right.at },
    );
    await list.load();
    expect(list.items.map((entry) => entry.id)).toEqual(['a', 'b']);
    list.upsert([item('c', 0), item('b', 3)]);
    expect(list.items).toEqual([item('c', 0), item('a', 1), item('b', 3)]);
  });

  it('without an order, puts local items first', async () => {
    const list = useAsyncList<Item>(
      () => Promise.resolve({ items: [item('a'), item('b')], nextPageToken: '' }),
      { key: (entry) => entry.id },
    );
    await list.load();
    list.upsert([item('new')]);
    expect(list.items.map((entry) => entry.id)).toEqual(['new', 'a', 'b']);
  });

  it('reports a failed page and keeps what was shown', async () => {
    let fail = false;
    const list = useAsyncList<Item>(
      () =>
        fail
          ? Promise.reject(new Error('down'))
          : Promise.resolve({ items: [item('a')], nextPageToken: 'x' }),
      { key: (entry) => entry.id },
    );
    await list.load();
    fail = true;
    await list.loadMore();
    expect(list.error).toBeInstanceOf(Error);
    expect(list.items.map((entry) => entry.id)).toEqual(['a']);
    expect(list.loaded).toBe(true);
    list.invalidate();
    expect(list.loaded).toBe(false);
    expect(list.error).toBeNull();
  });

  it('aborts the request a newer one replaces', async () => {
    const signals: AbortSignal[] = [];
    const gates = [deferred<undefined>(), deferred<undefined>()];
    let call = 0;
    const list = useAsyncList<Item>(
      async ({ signal }) => {
        const mine = call++;
        signals.push(signal);
        await gates[mine]?.promise;
        return { items: [item(`answer-${mine}`)], nextPageToken: '' };
      },
      { key: (entry) => entry.id },
    );
    const first = list.load();
    const second = list.load();
    expect(signals[0]?.aborted).toBe(true);
    gates[1]?.resolve(undefined);
    await second;
    gates[0]?.resolve(undefined);
    await first;
    expect(list.items.map((entry) => entry.id)).toEqual(['answer-1']);
  });
});
