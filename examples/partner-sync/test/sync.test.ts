import { emptyState, syncResource } from '../src/sync.js';
import type { ListOptions } from '../src/partner-client.js';

interface Row {
  id: string;
  updatedAt: string;
}

/**
 * A list that behaves as the partner API promises (ordered by updated_at then id, updated_since
 * inclusive, opaque page tokens), over rows the test changes: the sync logic's rules, without a server.
 */
function listOver(rows: Row[]) {
  const calls: ListOptions[] = [];
  const list = (options: ListOptions) => {
    calls.push(options);
    const since = options.updatedSince ? Date.parse(options.updatedSince) : -Infinity;
    const ordered = rows
      .filter((row) => Date.parse(row.updatedAt) >= since)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
    const offset = options.pageToken ? Number(options.pageToken) : 0;
    const size = options.pageSize ?? 50;
    const items = ordered.slice(offset, offset + size);
    const next = offset + size < ordered.length ? String(offset + size) : '';
    return Promise.resolve({ items: items.map((row) => ({ ...row })), nextPageToken: next });
  };
  return { list, calls };
}

const at = (second: number) => new Date(Date.UTC(2026, 10, 30, 16, 0, second)).toISOString();

describe('syncResource', () => {
  it('pages through everything first, then brings back only what changed, nothing missed at the cursor', async () => {
    const rows: Row[] = Array.from({ length: 25 }, (_, index) => ({
      id: `r${String(index).padStart(2, '0')}`,
      updatedAt: at(Math.floor(index / 2)),
    }));
    const { list, calls } = listOver(rows);
    const state = emptyState().resources.clients;

    const first = await syncResource(list, state, 10);
    expect(first).toMatchObject({ received: 25, stored: 25, pages: 3, cursor: at(12) });
    expect(first.changed).toHaveLength(25);
    expect(calls.every((call) => call.updatedSince === '')).toBe(true);

    // Nothing changed: only the rows at the cursor come back (inclusive bound), none counted as a change.
    const idle = await syncResource(list, state, 10);
    expect(idle).toMatchObject({ received: 1, changed: [], stored: 25, cursor: at(12) });

    // Two rows change, one of them in the same instant as the cursor; one row is new.
    rows[3] = { id: 'r03', updatedAt: at(20) };
    rows[7] = { id: 'r07', updatedAt: at(12) };
    rows.push({ id: 'r99', updatedAt: at(21) });
    const next = await syncResource(list, state, 10);
    expect([...next.changed].sort()).toEqual(['r03', 'r07', 'r99']);
    expect(next).toMatchObject({ stored: 26, cursor: at(21) });
    expect(calls.at(-1)?.updatedSince).toBe(at(12));
  });

  it('keeps the cursor where it was when a page fails half-way (the next run starts again from it)', async () => {
    const rows: Row[] = Array.from({ length: 5 }, (_, index) => ({ id: `r${index}`, updatedAt: at(index) }));
    const { list } = listOver(rows);
    const state = emptyState().resources.invoices;
    await syncResource(list, state, 2);
    rows.push(
      { id: 'r5', updatedAt: at(30) },
      { id: 'r6', updatedAt: at(31) },
      { id: 'r7', updatedAt: at(32) },
    );
    let pages = 0;
    const failing = (options: ListOptions) => {
      pages += 1;
      if (pages === 2) return Promise.reject(new Error('UNAVAILABLE'));
      return list(options);
    };
    await expect(syncResource(failing, state, 2)).rejects.toThrow('UNAVAILABLE');
    expect(state.cursor).toBe(at(4));
    const resumed = await syncResource(list, state, 2);
    expect([...resumed.changed].sort()).toEqual(['r6', 'r7']);
    expect(resumed.cursor).toBe(at(32));
  });
});
