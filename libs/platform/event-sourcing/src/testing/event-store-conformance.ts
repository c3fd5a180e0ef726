import { randomUUID } from 'node:crypto';
import { VersionConflictError, type AppendRequest, type EventStore } from '../lib/event-store';

const uniqueName = (prefix: string): string => `${prefix}-${randomUUID()}`;

/**
 * The contract every EventStore keeps, run against each implementation (in memory for unit
 * tests of handlers, MongoDB for production) so that a handler tested on one behaves the same
 * on the other.
 */
export function describeEventStoreConformance(
  label: string,
  setup: () => Promise<{ store: EventStore; teardown?: () => Promise<void> }>,
): void {
  describe(`EventStore conformance: ${label}`, () => {
    let store: EventStore;
    let teardown: (() => Promise<void>) | undefined;
    let eventCounter = 0;

    beforeAll(async () => ({ store, teardown } = await setup()));
    afterAll(async () => teardown?.());

    function request(streamId: string, expectedVersion: number, types: string[]): AppendRequest {
      return {
        streamId,
        expectedVersion,
        events: types.map((type) => ({
          eventId: `event-${(eventCounter += 1)}`,
          type,
          data: {
            name: 'Hội LHPN phường Kim Mã',
            nested: { level: 2, tags: ['a', 'b'] },
            none: null,
          },
        })),
        metadata: { correlationId: 'corr-1', causationId: 'cause-1', actor: 'user-1' },
        committedAt: new Date('2025-07-01T08:00:00.000Z'),
      };
    }

    it('starts many streams at once, leaving the ones that exist as they are', async () => {
      const [existing, fresh, other] = ['s1', 's2', 's3'].map(uniqueName) as [
        string,
        string,
        string,
      ];
      await store.append(request(existing, 0, ['UnitEstablished', 'UnitRenamed']));
      const started = await store.startStreams([
        request(fresh, 0, ['UnitEstablished']),
        request(existing, 0, ['UnitEstablished']),
        request(other, 0, ['UnitEstablished']),
      ]);
      expect([...started]).toEqual([existing]);
      expect((await store.readStream(existing)).map((e) => e.type)).toEqual([
        'UnitEstablished',
        'UnitRenamed',
      ]);
      expect(await store.readStream(fresh)).toHaveLength(1);
      expect((await store.readStream(other))[0]).toMatchObject({ version: 1 });
      expect([...(await store.startStreams([request(fresh, 0, ['UnitEstablished'])]))]).toEqual([
        fresh,
      ]);
    });

    it('reads a stream that does not exist as empty', async () => {
      expect(await store.readStream(uniqueName('missing'))).toEqual([]);
    });

    it('appends a new stream at version 0 and reads the events back in order, intact', async () => {
      const streamId = uniqueName('unit');
      const appended = await store.append(request(streamId, 0, ['UnitEstablished', 'UnitRenamed']));
      expect(appended.version).toBe(2);
      expect(appended.commit).toMatchObject({ streamId, version: 1 });
      const events = await store.readStream(streamId);
      expect(events.map((e) => [e.version, e.type])).toEqual([
        [1, 'UnitEstablished'],
        [2, 'UnitRenamed'],
      ]);
      expect(events[0]).toEqual({
        eventId: appended.commit.events[0]?.eventId,
        version: 1,
        type: 'UnitEstablished',
        data: {
          name: 'Hội LHPN phường Kim Mã',
          nested: { level: 2, tags: ['a', 'b'] },
          none: null,
        },
      });
    });

    it('continues a stream from the version that was read', async () => {
      const streamId = uniqueName('unit');
      await store.append(request(streamId, 0, ['A']));
      const second = await store.append(request(streamId, 1, ['B', 'C']));
      const third = await store.append(request(streamId, 3, ['D']));
      expect([second.version, third.version]).toEqual([3, 4]);
      expect((await store.readStream(streamId)).map((e) => `${e.version}${e.type}`)).toEqual([
        '1A',
        '2B',
        '3C',
        '4D',
      ]);
    });

    it.each([
      ['behind', 1],
      ['ahead of', 5],
    ])('refuses an expected version %s the stream and leaves it unchanged', async (_, expected) => {
      const streamId = uniqueName('unit');
      await store.append(request(streamId, 0, ['A', 'B']));
      await expect(store.append(request(streamId, expected, ['X']))).rejects.toBeInstanceOf(
        VersionConflictError,
      );
      expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('lets exactly one of many concurrent appenders win', async () => {
      const streamId = uniqueName('unit');
      await store.append(request(streamId, 0, ['A']));
      const attempts = Array.from({ length: 8 }, (_, i) =>
        store.append(request(streamId, 1, [`W${i}`])),
      );
      const results = await Promise.allSettled(attempts);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(7);
      for (const loss of lost) expect(loss.reason).toBeInstanceOf(VersionConflictError);
      expect(await store.readStream(streamId)).toHaveLength(2);
    });

    it('keeps streams independent', async () => {
      const [one, two] = [uniqueName('unit'), uniqueName('unit')];
      await store.append(request(one, 0, ['A']));
      await store.append(request(two, 0, ['B']));
      expect((await store.readStream(one)).map((e) => e.type)).toEqual(['A']);
      expect((await store.readStream(two)).map((e) => e.type)).toEqual(['B']);
    });

    it('refuses a commit without events', async () => {
      await expect(store.append(request(uniqueName('unit'), 0, []))).rejects.toThrow(
        'a commit needs at least one event',
      );
    });
  });
}
