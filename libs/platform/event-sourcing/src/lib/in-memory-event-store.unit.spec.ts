import { describeEventStoreConformance } from '../testing/event-store-conformance';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreConformance('in memory', () =>
  Promise.resolve({ store: new InMemoryEventStore() }),
);

describe('InMemoryEventStore.allCommits', () => {
  it('lists the commits of several streams in the order they were appended', async () => {
    const store = new InMemoryEventStore();
    const metadata = { correlationId: 'c', causationId: 'c', actor: 'u' };
    const append = (streamId: string, expectedVersion: number) =>
      store.append({
        streamId,
        expectedVersion,
        events: [{ type: 'E', data: {}, eventId: `${streamId}-${expectedVersion}` }],
        metadata,
        committedAt: new Date(),
      });
    await append('a', 0);
    await append('b', 0);
    await append('a', 1);
    expect(store.allCommits().map((c) => [c.streamId, c.version])).toEqual([
      ['a', 1],
      ['b', 1],
      ['a', 2],
    ]);
  });
});
