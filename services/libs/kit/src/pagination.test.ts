import { DomainError } from './errors.js';
import { Keyset, MAX_PAGE_SIZE } from './pagination.js';

const byName = new Keyset('things.byName', { name: 1, _id: 1 });
const newestFirst = new Keyset('things.newestFirst', { createdAt: -1, _id: -1 });

describe('Keyset', () => {
  it('requires _id as the last sort key, so a cursor names one position', () => {
    expect(() => new Keyset('bad', { name: 1 })).toThrow(/last sort key must be _id/);
  });

  it('declares the index a list needs: equality fields, then the sort keys', () => {
    expect(byName.index({ tenantId: 1 })).toEqual({ tenantId: 1, name: 1, _id: 1 });
    expect(Object.keys(newestFirst.index({ tenantId: 1, clientId: 1 }))).toEqual([
      'tenantId',
      'clientId',
      'createdAt',
      '_id',
    ]);
  });

  it('defaults and caps the page size, and starts without a cursor', () => {
    expect(byName.read(undefined)).toEqual({ limit: 25, after: undefined, carriedTotal: undefined });
    expect(byName.read({ pageSize: 1000 }).limit).toBe(MAX_PAGE_SIZE);
  });

  it('cuts limit + 1 documents into a page and a token that resumes after its last item', () => {
    const page = byName.read({ pageSize: 2 });
    const documents = [
      { _id: 'b', name: 'Acme' },
      { _id: 'a', name: 'Globex' },
      { _id: 'c', name: 'Initech' },
    ];
    const { items, nextPageToken } = byName.page(documents, page, 7);
    expect(items.map((item) => item._id)).toEqual(['b', 'a']);
    const next = byName.read({ pageSize: 2, pageToken: nextPageToken });
    expect(next).toEqual({ limit: 2, after: ['Globex', 'a'], carriedTotal: 7 });
    expect(byName.filter({ tenantId: 't' }, next)).toEqual({
      tenantId: 't',
      $or: [{ name: { $gt: 'Globex' } }, { name: 'Globex', _id: { $gt: 'a' } }],
    });
    // No extra document: this was the last page.
    expect(byName.page(documents.slice(0, 2), page).nextPageToken).toBe('');
  });

  it('keeps dates as dates and pages descending keys with $lt', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    const { nextPageToken } = newestFirst.page(
      [
        { _id: 'x', createdAt: at },
        { _id: 'w', createdAt: at },
      ],
      newestFirst.read({ pageSize: 1 }),
    );
    const next = newestFirst.read({ pageToken: nextPageToken });
    expect(next.after).toEqual([at, 'x']);
    expect(newestFirst.filter({ tenantId: 't', $or: [{ a: 1 }, { b: 2 }] }, next)).toEqual({
      tenantId: 't',
      $and: [
        { $or: [{ a: 1 }, { b: 2 }] },
        { $or: [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: 'x' } }] },
      ],
    });
  });

  it("keeps a query's own $and beside its $or and the cursor's", () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    const next = { limit: 1, after: [at, 'x'], carriedTotal: undefined };
    const own = { $or: [{ paidMinor: 0 }, { kind: 'quote' }] };
    expect(newestFirst.filter({ tenantId: 't', $or: [{ a: 1 }], $and: [own] }, next)).toEqual({
      tenantId: 't',
      $and: [
        own,
        { $or: [{ a: 1 }] },
        { $or: [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: 'x' } }] },
      ],
    });
  });

  it('refuses a token that is garbage or belongs to another list', () => {
    const foreign = newestFirst.page(
      [
        { _id: 'x', createdAt: new Date() },
        { _id: 'w', createdAt: new Date() },
      ],
      newestFirst.read({ pageSize: 1 }),
    ).nextPageToken;
    for (const pageToken of [
      'not-a-token',
      foreign,
      Buffer.from('{"k":"things.byName","v":[1]}').toString('base64url'),
    ])
      expect(() => byName.read({ pageToken })).toThrow(DomainError);
  });
});
