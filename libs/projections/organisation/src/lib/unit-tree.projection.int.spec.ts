import { testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { decodeCursor, UnitQueries } from './unit-queries';
import { unitViews } from './unit-read-model';
import { established, renamed } from '@vwu/platform-testing';
import { unitHistory } from './unit-history';
import { UnitTreeProjection } from './unit-tree.projection';

describe('UnitTreeProjection and UnitQueries on the real store', () => {
  let connection: Connection;
  let projection: UnitTreeProjection;
  let queries: UnitQueries;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('units_rm') })
      .asPromise();
    const units = unitViews(connection);
    await units.init();
    projection = new UnitTreeProjection(units, unitHistory(connection));
    queries = new UnitQueries(units);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('builds views with their place in the tree, applies renames once, and ignores replays', async () => {
    const [root, a, b] = [randomUUID(), randomUUID(), randomUUID()];
    const batch = [
      established(root, 'Hội LHPN Thành phố Hà Nội'),
      established(a, 'Chi hội 2', { id: root, ancestors: [] }),
      established(b, 'Chi hội 1', { id: root, ancestors: [] }),
      renamed(a, 2, 'Chi hội 2', 'Chi hội Hai'),
    ];
    await projection.apply(batch);
    await projection.apply(batch);
    await projection.apply([renamed(a, 2, 'Chi hội 2', 'a stale copy')]);

    expect(await queries.get(a)).toEqual({
      id: a,
      name: 'Chi hội Hai',
      kind: 'branch',
      parentId: root,
      ancestorIds: [root],
      establishedOn: '2025-07-01',
      status: 'active',
      ratings: {},
      version: 2,
    });
    expect(await queries.get(root)).toMatchObject({
      parentId: null,
      ancestorIds: [],
      kind: 'province',
    });
    expect(await queries.versionOf(a)).toBe(2);
    expect(await queries.versionOf(randomUUID())).toBe(0);
    expect(await queries.get(randomUUID())).toBeUndefined();
  });

  it('lists children in name order, a page at a time', async () => {
    const root = randomUUID();
    const names = ['Tổ 3', 'tổ 1', 'Tổ 2', 'Tổ 5', 'Tổ 4'];
    const ids = names.map(() => randomUUID());
    await projection.apply([
      established(root, 'Chi hội 9'),
      ...names.map((name, i) => established(ids[i] ?? '', name, { id: root, ancestors: [] })),
    ]);
    const first = await queries.children(root, { limit: 2 });
    expect(first.items.map((u) => u.name)).toEqual(['tổ 1', 'Tổ 2']);
    const second = await queries.children(root, {
      limit: 2,
      after: decodeCursor(first.nextCursor ?? ''),
    });
    expect(second.items.map((u) => u.name)).toEqual(['Tổ 3', 'Tổ 4']);
    const third = await queries.children(root, {
      limit: 2,
      after: decodeCursor(second.nextCursor ?? ''),
    });
    expect(third).toEqual({ items: [expect.objectContaining({ name: 'Tổ 5' })] });
    expect(decodeCursor('not a cursor')).toBeUndefined();
  });
});
