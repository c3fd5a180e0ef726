import type { PublicEvent } from '@vwu/contracts';
import { testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection, type Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { dissolved, established, merged, moved } from '@vwu/platform-testing';
import { unitHistory } from './unit-history';
import { unitViews, type UnitView } from './unit-read-model';
import { UnitRollupProjection } from './unit-rollup.projection';
import { UnitRollupQueries, unitRollups, type UnitRollup } from './unit-rollups';
import { UnitTreeProjection } from './unit-tree.projection';

const id = (): string => randomUUID();
const [C, D1, D2, K, G, L] = [id(), id(), id(), id(), id(), id()];
const [b1, b2, b3, b4, t1] = [id(), id(), id(), id(), id()];

const under = (id: string, ancestors: string[]) => ({ id, ancestors });
/** City → two districts → three grassroots unions → four branches (one from 2022) → a group. */
const tree: PublicEvent[] = [
  established(C, 'Hội LHPN TP Hà Nội', undefined, { on: '1930-10-20' }),
  established(D1, 'Quận Ba Đình', under(C, []), { kind: 'district', on: '2019-01-01' }),
  established(D2, 'Quận Đống Đa', under(C, []), { kind: 'district', on: '2019-01-01' }),
  established(K, 'Phường Kim Mã', under(D1, [C]), { kind: 'grassroots', on: '2019-01-01' }),
  established(G, 'Phường Giảng Võ', under(D1, [C]), { kind: 'grassroots', on: '2019-01-01' }),
  established(L, 'Phường Láng', under(D2, [C]), { kind: 'grassroots', on: '2019-01-01' }),
  established(b1, 'Chi hội 1', under(K, [C, D1]), { on: '2019-01-01' }),
  established(b2, 'Chi hội 2', under(K, [C, D1]), { on: '2019-01-01' }),
  established(b3, 'Chi hội 3', under(G, [C, D1]), { on: '2019-01-01' }),
  // Recorded with the rest but established later: backdated facts answer as of their dates.
  established(b4, 'Chi hội 4', under(L, [C, D2]), { on: '2022-03-01' }),
  established(t1, 'Tổ 1', under(b1, [C, D1, K]), { kind: 'group', on: '2020-01-01' }),
];
/** Láng moves to Ba Đình; Kim Mã merges into Giảng Võ; both districts end on 1 July 2025. */
const reform: PublicEvent[] = [
  moved(L, 2, { from: D2, to: D1, ancestors: [C], on: '2024-01-01' }),
  merged(K, 2, G, '2025-06-01'),
  ...[b1, b2].map((b) =>
    moved(b, 2, { from: K, to: G, ancestors: [C, D1], on: '2025-06-01', reason: 'parent-merged' }),
  ),
  dissolved(D1, 2, C, '2025-07-01'),
  ...[G, L].map((u, i) =>
    moved(u, 2 + i, {
      from: D1,
      to: C,
      ancestors: [],
      on: '2025-07-01',
      reason: 'parent-dissolved',
    }),
  ),
  dissolved(D2, 2, null, '2025-07-01'),
];
const DATES = ['2018-12-31', '2019-01-01', '2020-01-01', '2022-03-01', '2023-12-31'].concat([
  '2024-01-01',
  '2025-05-31',
  '2025-06-01',
  '2025-06-30',
  '2025-07-01',
  '2026-01-01',
]);

/** The oracle: walk up each unit's parent on the date, from the views, counting by kind. */
function bruteForce(views: readonly UnitView[], unitId: string, date: string) {
  const parentOn = (v: UnitView) =>
    v.placements.find((p) => p.from <= date && date < p.to)?.parentId ?? undefined;
  const byId = new Map(views.map((v) => [v._id, v]));
  const counts: Record<string, number> = {};
  for (const view of views) {
    let parent = parentOn(view);
    for (let hops = 0; parent !== undefined && parent !== null && hops < 10; hops += 1) {
      if (parent === unitId) counts[view.kind] = (counts[view.kind] ?? 0) + 1;
      const next = byId.get(parent);
      parent = next ? parentOn(next) : undefined;
    }
  }
  return counts;
}

describe('UnitRollupProjection on the real store', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('unit_rollups') })
      .asPromise();
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  /** A read model generation of its own: the units, their history and the rollups. */
  async function generation(name: string, on = connection) {
    const units = unitViews(on, `${name}_units`);
    const rollups = unitRollups(on, `${name}_rollups`);
    const history = unitHistory(on, `${name}_history`);
    // Indexes first: a write racing the collection's creation by init() can fail.
    await Promise.all([units.init(), rollups.init(), history.init()]);
    const rollup = new UnitRollupProjection(units, rollups);
    const projection = new UnitTreeProjection(units, history, rollup);
    const queries = new UnitRollupQueries(rollups);
    const countsOn = async (unitId: string, date: string) =>
      (await queries.countsOf([unitId], date)).get(unitId);
    return { units, rollups, projection, queries, countsOn };
  }

  const segmentsOf = async (rollups: Model<UnitRollup>) =>
    Object.fromEntries(
      (await rollups.find({}, { segments: 1 }).sort({ _id: 1 }).lean()).map((d) => [
        d._id,
        d.segments,
      ]),
    );

  it('counts each subtree as of any date through establishment, move, merger and dissolution', async () => {
    const { units, projection, countsOn } = await generation('in_order');
    await projection.apply(tree);
    await projection.apply(reform);

    const zero = { district: 0, affiliated: 0, grassroots: 0, branch: 0, group: 0 };
    expect(await countsOn(C, '2018-12-31')).toEqual(zero);
    expect(await countsOn(C, '2019-12-31')).toEqual({
      ...zero,
      district: 2,
      grassroots: 3,
      branch: 3,
    });
    expect(await countsOn(C, '2020-01-01')).toMatchObject({ branch: 3, group: 1 });
    expect(await countsOn(C, '2022-03-01')).toMatchObject({ grassroots: 3, branch: 4 });
    // The merger ends Kim Mã; its branches and their group now count under Giảng Võ.
    const beforeReform = { ...zero, district: 2, grassroots: 2, branch: 4, group: 1 };
    expect(await countsOn(C, '2025-06-01')).toEqual(beforeReform);
    expect(await countsOn(C, '2025-06-30')).toEqual(beforeReform);
    expect(await countsOn(C, '2025-07-01')).toEqual({ ...beforeReform, district: 0 });

    expect(await countsOn(D1, '2023-12-31')).toEqual({
      ...zero,
      grassroots: 2,
      branch: 3,
      group: 1,
    });
    expect(await countsOn(D1, '2024-01-01')).toEqual({
      ...zero,
      grassroots: 3,
      branch: 4,
      group: 1,
    });
    expect(await countsOn(D1, '2025-06-30')).toEqual({
      ...zero,
      grassroots: 2,
      branch: 4,
      group: 1,
    });
    expect(await countsOn(D1, '2025-07-01')).toEqual(zero);
    expect(await countsOn(D2, '2023-12-31')).toEqual({ ...zero, grassroots: 1, branch: 1 });
    expect(await countsOn(D2, '2024-01-01')).toEqual(zero);
    expect(await countsOn(K, '2025-05-31')).toEqual({ ...zero, branch: 2, group: 1 });
    expect(await countsOn(K, '2025-06-01')).toEqual(zero);
    expect(await countsOn(G, '2025-05-31')).toEqual({ ...zero, branch: 1 });
    expect(await countsOn(G, '2025-06-01')).toEqual({ ...zero, branch: 3, group: 1 });
    expect(await countsOn(t1, '2025-06-01')).toEqual(zero);

    const views = await units.find().lean();
    for (const unit of [C, D1, D2, K, G, L, b1, b2, b3, b4])
      for (const date of DATES)
        expect({ unit, date, counts: await countsOn(unit, date) }).toEqual({
          unit,
          date,
          counts: { ...zero, ...bruteForce(views, unit, date) },
        });
  });

  it('gives the same counts for a redelivered batch and for streams arriving in any order', async () => {
    const inOrder = await generation('once');
    await inOrder.projection.apply(tree);
    await inOrder.projection.apply(reform);
    const expected = await segmentsOf(inOrder.rollups);

    const redelivered = await generation('twice');
    await redelivered.projection.apply(tree);
    await redelivered.projection.apply(reform);
    await redelivered.projection.apply(reform);
    await redelivered.projection.apply([...tree, ...reform]);
    expect(await segmentsOf(redelivered.rollups)).toEqual(expected);

    // One partition per stream: the children's whole streams before their parents', event by event.
    const streams = [...tree, ...reform].map((e) => e.subject).reverse();
    const order = [...new Set(streams)].flatMap((id) =>
      [...tree, ...reform].filter((e) => e.subject === id),
    );
    const reversed = await generation('reversed');
    for (const event of order) await reversed.projection.apply([event]);
    expect(await segmentsOf(reversed.rollups)).toEqual(expected);
    expect(await reversed.countsOn(C, '2025-06-30')).toMatchObject({ district: 2, grassroots: 2 });
  });

  it('recomputes a unit that a second replica wrote between its read and its write', async () => {
    const replicaA = await generation('replicas');
    const other = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: connection.name })
      .asPromise();
    const replicaB = await generation('replicas', other);
    await replicaA.projection.apply(tree);
    const [b5, b6] = [id(), id()];
    // A's write of Ba Đình's counts waits until B has applied a branch of its own in full.
    const write = replicaA.rollups.bulkWrite.bind(replicaA.rollups);
    let interleaved = false;
    jest.spyOn(replicaA.rollups, 'bulkWrite').mockImplementation(async (ops, options) => {
      const writesD1 = ops.some((op) => 'updateOne' in op && op.updateOne.filter['_id'] === D1);
      if (writesD1 && !interleaved) {
        interleaved = true;
        await replicaB.projection.apply([
          established(b6, 'Chi hội 6', under(G, [C, D1]), { on: '2024-01-01' }),
        ]);
      }
      return write(ops, options);
    });
    await replicaA.projection.apply([
      established(b5, 'Chi hội 5', under(K, [C, D1]), { on: '2024-01-01' }),
    ]);
    expect(interleaved).toBe(true);
    const branches = { grassroots: 2, branch: 5, group: 1 };
    expect(await replicaA.countsOn(D1, '2024-01-01')).toMatchObject(branches);
    expect(await replicaA.countsOn(C, '2024-01-01')).toMatchObject({ district: 2, branch: 6 });
    await other.close();
  });
});
