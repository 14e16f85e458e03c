import { Schema, type Connection, type Model } from 'mongoose';
import { infrastructure, uniqueName } from '@client-portal/testing';
import { claimByInsert, connectMongo, createLogger, isDuplicateKeyError } from '../src/index.js';

interface Contact {
  tenantId: string;
  email: string;
  name: string;
  visits: number;
}

describe('mongoose on the real MongoDB-wire server', () => {
  let connection: Connection;
  const logger = createLogger('kit-test', 'silent');

  beforeAll(async () => {
    connection = await connectMongo({
      url: infrastructure().mongoUrl,
      database: uniqueName('kit_mongo'),
      logger,
    });
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const contacts = () => {
    const schema = new Schema<Contact>({
      tenantId: { type: String, required: true },
      email: { type: String, required: true },
      name: String,
      visits: { type: Number, default: 0 },
    });
    schema.index({ tenantId: 1, email: 1 }, { unique: true });
    return (
      (connection.models.Contact as Model<Contact> | undefined) ??
      connection.model<Contact>('Contact', schema)
    );
  };

  it('creates, reads, updates, counts and deletes documents', async () => {
    const Contacts = contacts();
    await Contacts.init();
    const created = await Contacts.create({ tenantId: 't1', email: 'ann@globex.test', name: 'Ann' });
    expect((await Contacts.findById(created._id).lean())?.name).toBe('Ann');
    await Contacts.updateOne({ _id: created._id }, { $set: { name: 'Ann Lee' } });
    expect((await Contacts.findById(created._id).lean())?.name).toBe('Ann Lee');
    await Contacts.create({ tenantId: 't1', email: 'bob@globex.test', name: 'Bob' });
    expect(await Contacts.countDocuments({ tenantId: 't1' })).toBe(2);
    expect((await Contacts.distinct('email', { tenantId: 't1' })).sort()).toEqual([
      'ann@globex.test',
      'bob@globex.test',
    ]);
    await Contacts.deleteOne({ _id: created._id });
    expect(await Contacts.countDocuments({ tenantId: 't1' })).toBe(1);
  });

  it('enforces a unique index and reports the duplicate as such', async () => {
    const Contacts = contacts();
    await Contacts.init();
    await Contacts.create({ tenantId: 't2', email: 'dup@globex.test', name: 'First' });
    const duplicate = await Contacts.create({
      tenantId: 't2',
      email: 'dup@globex.test',
      name: 'Second',
    }).catch((error: unknown) => error);
    expect(isDuplicateKeyError(duplicate)).toBe(true);
    // The same e-mail in another tenant is fine: the index is per tenant.
    await expect(
      Contacts.create({ tenantId: 't3', email: 'dup@globex.test', name: 'Other tenant' }),
    ).resolves.toBeDefined();
    expect(await Contacts.countDocuments({ email: 'dup@globex.test' })).toBe(2);
  });

  it('upserts and increments atomically with findOneAndUpdate', async () => {
    const Contacts = contacts();
    const filter = { tenantId: 't4', email: 'counter@globex.test' };
    for (let visit = 0; visit < 3; visit++) {
      await Contacts.findOneAndUpdate(
        filter,
        { $inc: { visits: 1 }, $setOnInsert: { name: 'Counter' } },
        { upsert: true, returnDocument: 'after' },
      );
    }
    const stored = await Contacts.findOne(filter).lean();
    expect(stored?.visits).toBe(3);
    expect(stored?.name).toBe('Counter');
  });

  it('claims once by insert: of two concurrent claims of one key exactly one wins', async () => {
    interface Claim {
      id: string;
      by: string;
    }
    type ClaimRecord = Omit<Claim, 'id'> & { _id: string };
    const schema = new Schema<ClaimRecord>(
      { _id: { type: String, required: true }, by: { type: String, required: true } },
      { versionKey: false },
    );
    const Claims =
      (connection.models.Claim as Model<ClaimRecord> | undefined) ??
      connection.model<ClaimRecord>('Claim', schema);
    await Claims.init();
    const outcomes = await Promise.all(
      ['ann', 'bob', 'cid'].map((by) => claimByInsert<Claim>(Claims, { id: 'doc-1|2|approver-7', by })),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const stored = await Claims.find({ _id: 'doc-1|2|approver-7' }).lean();
    expect(stored).toHaveLength(1);
    // The winner's record is the one stored, as given.
    expect(['ann', 'bob', 'cid'][outcomes.indexOf(true)]).toBe(stored[0]?.by);
    // Another error than a duplicate key is not swallowed.
    await expect(
      claimByInsert<Claim>(Claims, { id: 'doc-2', by: undefined as unknown as string }),
    ).rejects.toThrow();
  });
});
