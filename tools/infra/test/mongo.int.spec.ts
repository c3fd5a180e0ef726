import { testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { Schema, type Connection } from 'mongoose';

// The store that `npm test` provisioned is real and usable from mongoose: a unique compound
// index (the event store's optimistic-concurrency check) and the writes the services rely on.
// It runs on whichever store the chain provides (mongo-java-server by default, FerretDB with
// VWU_LOCAL_MONGO=ferretdb, MongoDB from Docker or MONGO_URL), so it asserts only what all do.
interface Commit {
  streamId: string;
  version: number;
  events: { type: string }[];
  published: boolean;
}

const commitSchema = new Schema<Commit>({
  streamId: { type: String, required: true },
  version: { type: Number, required: true },
  events: [{ _id: false, type: { type: String, required: true } }],
  published: { type: Boolean, default: false },
});
commitSchema.index({ streamId: 1, version: 1 }, { unique: true });

describe('MongoDB-compatible store from mongoose', () => {
  let connection: Connection;
  const dbName = uniqueName('infra_test');

  beforeAll(async () => {
    connection = await mongoose.createConnection(testInfra().MONGO_URL, { dbName }).asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const commits = (): mongoose.Model<Commit> =>
    connection.models['Commit'] ?? connection.model<Commit>('Commit', commitSchema);

  it('answers a ping', async () => {
    const reply = await connection.db!.admin().ping();
    expect(reply).toMatchObject({ ok: 1 });
  });

  it('rejects a second commit of the same stream version with the duplicate-key code', async () => {
    await commits().init();
    await commits().create({
      streamId: 'unit-1',
      version: 1,
      events: [{ type: 'UnitEstablished' }],
    });
    await expect(
      commits().create({ streamId: 'unit-1', version: 1, events: [{ type: 'UnitRenamed' }] }),
    ).rejects.toMatchObject({ code: 11000 });
    await commits().create({ streamId: 'unit-1', version: 2, events: [{ type: 'UnitRenamed' }] });
    await commits().create({
      streamId: 'unit-2',
      version: 1,
      events: [{ type: 'UnitEstablished' }],
    });
    expect(await commits().countDocuments({ streamId: 'unit-1' })).toBe(2);
  });

  it('round-trips find, update and bulkWrite', async () => {
    const model = commits();
    await model.bulkWrite([
      { insertOne: { document: { streamId: 'unit-3', version: 1, events: [{ type: 'A' }] } } },
      { insertOne: { document: { streamId: 'unit-3', version: 2, events: [{ type: 'B' }] } } },
      {
        updateOne: {
          filter: { streamId: 'unit-2', version: 1 },
          update: { $set: { published: true } },
        },
      },
      { deleteOne: { filter: { streamId: 'unit-1', version: 2 } } },
    ]);
    await model.updateMany({ streamId: 'unit-3' }, { $set: { published: true } });

    const unpublished = await model
      .find({ published: false })
      .sort({ streamId: 1, version: 1 })
      .lean();
    expect(unpublished.map((c) => [c.streamId, c.version])).toEqual([['unit-1', 1]]);
    const stream3 = await model.find({ streamId: 'unit-3' }).sort({ version: -1 }).lean();
    expect(stream3.map((c) => [c.version, c.events[0]?.type, c.published])).toEqual([
      [2, 'B', true],
      [1, 'A', true],
    ]);
  });

  it('reports the duplicate inside an unordered bulkWrite and keeps the other writes', async () => {
    const model = commits();
    const attempt = model.bulkWrite(
      [
        { insertOne: { document: { streamId: 'unit-4', version: 1, events: [] } } },
        { insertOne: { document: { streamId: 'unit-3', version: 1, events: [] } } },
        { insertOne: { document: { streamId: 'unit-4', version: 2, events: [] } } },
      ],
      { ordered: false },
    );
    await expect(attempt).rejects.toMatchObject({ code: 11000 });
    expect(await model.countDocuments({ streamId: 'unit-4' })).toBe(2);
  });
});
