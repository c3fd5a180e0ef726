import { testInfra, uniqueName } from '@vwu/platform-testing';
import { describeEventStoreConformance } from '../testing/event-store-conformance';
import mongoose from 'mongoose';
import { MongoEventStore } from './mongo-event-store';

for (const exactIndexLookups of [false, true]) {
  // true: streams read commit by commit, as on the local store whose indexes serve exact
  // lookups only (ADR 0004); the behaviour must be the same.
  describeEventStoreConformance(
    `MongoDB-compatible store${exactIndexLookups ? ', exact index lookups' : ''}`,
    async () => {
      const connection = await mongoose
        .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('event_store') })
        .asPromise();
      const store = new MongoEventStore(connection, 'commits', { exactIndexLookups });
      await store.init();
      return {
        store,
        teardown: async () => {
          await connection.dropDatabase();
          await connection.close();
        },
      };
    },
  );
}

describe('MongoEventStore as the outbox', () => {
  it('stores each commit once, unpublished, with its metadata and time', async () => {
    const connection = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('event_store') })
      .asPromise();
    try {
      const store = new MongoEventStore(connection);
      await store.init();
      const committedAt = new Date('2025-07-01T08:00:00.000Z');
      const metadata = { correlationId: 'c', causationId: 'k', actor: 'user-7' };
      await store.append({
        streamId: 'unit-1',
        expectedVersion: 0,
        events: [{ eventId: 'e1', type: 'UnitEstablished', data: { name: 'Chi hội 5' } }],
        metadata,
        committedAt,
      });
      const documents = await store.commits.find({}).lean();
      expect(documents).toEqual([
        expect.objectContaining({
          streamId: 'unit-1',
          version: 1,
          published: false,
          metadata,
          committedAt,
        }),
      ]);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });
});
