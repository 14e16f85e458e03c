// FerretDB applies an update as read, change, write back, so two concurrent updates of one document can
// lose one. These tests write one document from many places at once, the way a service's repositories,
// consumers and outbox relay do, and check that every write survives.
import { Schema, type Connection } from 'mongoose';
import { infrastructure, uniqueName } from '@client-portal/testing';
import {
  connectMongo,
  createLogger,
  documentKey,
  documentLocks,
  DocumentLocks,
  modelFor,
} from '../src/index.js';

interface Basket {
  _id: string;
  items: string[];
  pending: string[];
}

describe('per-document write queue', () => {
  let connection: Connection;
  const logger = createLogger('kit-test', 'silent');

  beforeAll(async () => {
    connection = await connectMongo({
      url: infrastructure().mongoUrl,
      database: uniqueName('kit_locks'),
      logger,
    });
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const baskets = () =>
    modelFor<Basket>(
      connection,
      'Basket',
      new Schema<Basket>({ _id: String, items: [String], pending: [String] }, { versionKey: false }),
      'baskets',
    );

  it('keeps every one of many concurrent updates of one document', async () => {
    const model = baskets();
    await model.create({ _id: 'b1', items: [], pending: [] });
    const values = Array.from({ length: 25 }, (_unused, index) => `item-${index}`);
    await Promise.all(values.map((value) => model.updateOne({ _id: 'b1' }, { $push: { items: value } })));
    const stored = await model.findById('b1').lean();
    expect([...(stored?.items ?? [])].sort()).toEqual([...values].sort());
    expect(documentLocks.size).toBe(0);
  });

  it('a removal through the raw collection (as the relay does) never undoes a repository write', async () => {
    const model = baskets();
    const published = Array.from({ length: 15 }, (_unused, index) => `published-${index}`);
    await model.create({ _id: 'b2', items: [], pending: published });
    const writes: Promise<unknown>[] = [];
    for (let index = 0; index < 15; index += 1) {
      // A repository adds an item and its event while the relay removes an event it already sent.
      writes.push(
        model.updateOne({ _id: 'b2' }, { $push: { items: `item-${index}`, pending: `new-${index}` } }),
      );
      const sent = [`published-${index}`];
      writes.push(
        documentLocks.run(documentKey('baskets', 'b2') ?? '', () =>
          connection
            .collection('baskets')
            .updateOne({ _id: 'b2' } as never, { $pullAll: { pending: sent } } as never),
        ),
      );
    }
    await Promise.all(writes);
    const stored = await model.findById('b2').lean();
    expect([...(stored?.items ?? [])].sort()).toEqual(
      Array.from({ length: 15 }, (_unused, index) => `item-${index}`).sort(),
    );
    expect([...(stored?.pending ?? [])].sort()).toEqual(
      Array.from({ length: 15 }, (_unused, index) => `new-${index}`).sort(),
    );
  });

  it('a failed write lets the next one through', async () => {
    const model = baskets();
    await model.create({ _id: 'b3', items: [], pending: [] });
    await expect(model.updateOne({ _id: 'b3' }, { $inc: { items: 1 } })).rejects.toThrow();
    await model.updateOne({ _id: 'b3' }, { $push: { items: 'after' } });
    expect((await model.findById('b3').lean())?.items).toEqual(['after']);
    expect(documentLocks.size).toBe(0);
  });
});

describe('DocumentLocks', () => {
  it('runs the writes of one key one after the other, in order, and other keys alongside', async () => {
    const locks = new DocumentLocks();
    const order: string[] = [];
    // a1 holds key a until the test lets it go: no timing, so a loaded machine cannot reorder anything.
    let releaseA1!: () => void;
    const a1Gate = new Promise<void>((resolve) => {
      releaseA1 = resolve;
    });
    const instant = (label: string) => () => {
      order.push(`${label} start`, `${label} end`);
      return Promise.resolve();
    };
    const a1 = locks.run('a', async () => {
      order.push('a1 start');
      await a1Gate;
      order.push('a1 end');
    });
    const a2 = locks.run('a', instant('a2'));
    // Key b is not held up by key a's write in progress (were it, this would never settle).
    await locks.run('b', instant('b1'));
    expect(order).toEqual(['a1 start', 'b1 start', 'b1 end']);
    releaseA1();
    await Promise.all([a1, a2]);
    expect(order).toEqual(['a1 start', 'b1 start', 'b1 end', 'a1 end', 'a2 start', 'a2 end']);
    expect(locks.size).toBe(0);
  });
});
