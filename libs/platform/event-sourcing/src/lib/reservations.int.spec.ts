import { testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { ReservationStore, ReservationTakenError } from './reservations';

describe('ReservationStore on the real store', () => {
  let connection: Connection;
  let store: ReservationStore;
  const never = (): Promise<boolean> => Promise.resolve(false);
  const t0 = new Date('2025-07-01T08:00:00Z');
  const later = new Date('2025-07-01T08:05:00Z');

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('reservations') })
      .asPromise();
    store = new ReservationStore(connection, 60_000);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('gives a value to one owner; the same owner may ask again, another may not', async () => {
    const id = uniqueName('unit-name:parent-1');
    await store.reserve(id, 'unit-a', never, t0);
    await expect(store.reserve(id, 'unit-a', never, t0)).resolves.toBeUndefined();
    await expect(store.reserve(id, 'unit-b', never, t0)).rejects.toBeInstanceOf(
      ReservationTakenError,
    );
    expect(await store.holder(id)).toBe('unit-a');
  });

  it('lets exactly one of many concurrent owners take a value', async () => {
    const id = uniqueName('unit-name:parent-2');
    const owners = ['a', 'b', 'c', 'd', 'e'];
    const results = await Promise.allSettled(owners.map((o) => store.reserve(id, o, never, t0)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = owners[results.findIndex((r) => r.status === 'fulfilled')];
    expect(await store.holder(id)).toBe(winner);
  });

  it('frees a released value; only its owner can release it', async () => {
    const id = uniqueName('unit-name:parent-3');
    await store.reserve(id, 'unit-a', never, t0);
    await store.release(id, 'unit-b');
    expect(await store.holder(id)).toBe('unit-a');
    await store.release(id, 'unit-a');
    await store.reserve(id, 'unit-b', never, t0);
    expect(await store.holder(id)).toBe('unit-b');
  });

  it('takes over a stale unconfirmed reservation whose owner never got the value', async () => {
    const id = uniqueName('unit-name:parent-4');
    await store.reserve(id, 'crashed-before-append', never, t0);
    await expect(store.reserve(id, 'unit-b', never, t0)).rejects.toBeInstanceOf(
      ReservationTakenError,
    );
    await store.reserve(id, 'unit-b', never, later);
    expect(await store.holder(id)).toBe('unit-b');
  });

  it('never takes over a value its owner holds, confirmed or not', async () => {
    const [unconfirmed, confirmed] = [uniqueName('unit-name:p5'), uniqueName('unit-name:p6')];
    await store.reserve(unconfirmed, 'unit-a', never, t0);
    const holds = (owner: string): Promise<boolean> => Promise.resolve(owner === 'unit-a');
    await expect(store.reserve(unconfirmed, 'unit-b', holds, later)).rejects.toBeInstanceOf(
      ReservationTakenError,
    );
    await store.reserve(confirmed, 'unit-a', never, t0);
    await store.confirm(confirmed, 'unit-a');
    await expect(store.reserve(confirmed, 'unit-b', never, later)).rejects.toBeInstanceOf(
      ReservationTakenError,
    );
  });

  it('reserves, confirms and releases many values at once, as one by one would', async () => {
    const [free, mine, theirs, stale] = ['a', 'b', 'c', 'd'].map((k) =>
      uniqueName(`cccd:${k}`),
    ) as [string, string, string, string];
    await store.reserve(mine, 'member-1', never, t0);
    await store.reserve(theirs, 'member-9', never, new Date());
    await store.confirm(theirs, 'member-9');
    await store.reserve(stale, 'crashed', never, t0);
    const wanted = [
      { id: free, owner: 'member-0' },
      { id: mine, owner: 'member-1' },
      { id: theirs, owner: 'member-2' },
      { id: stale, owner: 'member-3' },
    ];
    expect([...(await store.reserveAll(wanted, never))]).toEqual([theirs]);
    expect(await store.holders([free, mine, theirs, stale, uniqueName('none')])).toEqual(
      new Map([
        [free, 'member-0'],
        [mine, 'member-1'],
        [theirs, 'member-9'],
        [stale, 'member-3'],
      ]),
    );
    await store.confirmAll([wanted[0]!, wanted[1]!]);
    await store.releaseAll([wanted[3]!, { id: theirs, owner: 'member-2' }]);
    const confirmed = await connection
      .collection('reservations')
      .find({ _id: { $in: [free, mine] as never[] }, confirmed: true })
      .toArray();
    expect(confirmed).toHaveLength(2);
    expect(await store.holder(stale)).toBeUndefined();
    expect(await store.holder(theirs)).toBe('member-9');
  });
});
