import { testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { established, event } from '@vwu/platform-testing';
import { unitHistory } from './unit-history';
import { UnitQueries } from './unit-queries';
import { unitViews } from './unit-read-model';
import { subtreeSummary, UnitReports } from './unit-reports';
import { UnitRollupProjection } from './unit-rollup.projection';
import { UnitRollupQueries, unitRollups } from './unit-rollups';
import { UnitTreeProjection } from './unit-tree.projection';

const ORG = 'vn.vwu.organisation';

describe('the units read model through moves, mergers, dissolutions and ratings', () => {
  let connection: Connection;
  let projection: UnitTreeProjection;
  let queries: UnitQueries;
  let reports: UnitReports;
  let rollup: UnitRollupProjection;
  let rollups: UnitRollupQueries;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('units_changes') })
      .asPromise();
    const units = unitViews(connection);
    const history = unitHistory(connection);
    const rolledUp = unitRollups(connection);
    await Promise.all([units.init(), history.init(), rolledUp.init()]);
    projection = new UnitTreeProjection(units, history);
    queries = new UnitQueries(units);
    reports = new UnitReports(history);
    rollup = new UnitRollupProjection(units, rolledUp);
    rollups = new UnitRollupQueries(rolledUp);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('answers the tree as of 30 June and 1 July 2025, keeps history, and rolls up ratings', async () => {
    const [city, district, kimMa, giangVo, b1, b2, b3] = Array.from({ length: 7 }, () =>
      String(randomUUID()),
    ) as [string, string, string, string, string, string, string];
    const tree = [
      established(city, 'Hội LHPN TP Hà Nội', undefined, { on: '1930-10-20' }),
      established(
        district,
        'Hội LHPN quận Ba Đình',
        { id: city, ancestors: [] },
        { kind: 'district', on: '2019-01-01' },
      ),
      established(
        kimMa,
        'Hội LHPN phường Kim Mã',
        { id: district, ancestors: [city] },
        { kind: 'grassroots', on: '2019-01-01' },
      ),
      established(
        giangVo,
        'Hội LHPN phường Giảng Võ',
        { id: district, ancestors: [city] },
        { kind: 'grassroots', on: '2019-01-01' },
      ),
      established(
        b1,
        'Chi hội 1',
        { id: kimMa, ancestors: [city, district] },
        { on: '2019-01-01' },
      ),
      established(
        b2,
        'Chi hội 2',
        { id: kimMa, ancestors: [city, district] },
        { on: '2019-01-01' },
      ),
      established(
        b3,
        'Chi hội 3',
        { id: giangVo, ancestors: [city, district] },
        { on: '2019-01-01' },
      ),
    ];
    const rated = (unitId: string, sequence: number, grade: string) =>
      event(`${ORG}.UnitRated.v1`, unitId, sequence, { unitId, year: 2024, grade });
    const inspected = event(`${ORG}.UnitInspected.v1`, b3, 3, {
      unitId: b3,
      inspectionId: randomUUID(),
      inspectedOn: '2024-10-01',
      inspectorUnitId: giangVo,
      findings: 'Sinh hoạt đúng điều lệ',
      passed: true,
    });
    const reform = [
      rated(b1, 2, 'good'),
      rated(b2, 2, 'weak'),
      rated(b3, 2, 'excellent'),
      inspected,
      // Kim Mã merges into Giảng Võ; its branches follow; the district ends; Giảng Võ moves up.
      event(`${ORG}.UnitsMerged.v1`, kimMa, 2, {
        unitId: kimMa,
        successorId: giangVo,
        mergedOn: '2025-07-01',
      }),
      ...[b1, b2].map((b) =>
        event(`${ORG}.UnitMoved.v1`, b, 3, {
          unitId: b,
          previousParentId: kimMa,
          parentId: giangVo,
          ancestorIds: [city, district, giangVo],
          movedOn: '2025-07-01',
          reason: 'parent-merged',
        }),
      ),
      event(`${ORG}.UnitDissolved.v1`, district, 2, {
        unitId: district,
        successorId: city,
        dissolvedOn: '2025-07-01',
      }),
      event(`${ORG}.UnitMoved.v1`, giangVo, 2, {
        unitId: giangVo,
        previousParentId: district,
        parentId: city,
        ancestorIds: [city],
        movedOn: '2025-07-01',
        reason: 'parent-dissolved',
      }),
    ];
    // Recorded after the tree: the history orders by the time of recording.
    const later = reform.map((e) => ({ ...e, time: '2025-07-02T08:00:00.000Z' }));
    for (const batch of [tree, later, later]) {
      // A redelivery changes nothing.
      await projection.apply(batch);
      await rollup.apply(batch);
    }

    const names = async (parentId: string, asOf?: string) =>
      (await queries.children(parentId, { limit: 50, ...(asOf ? { asOf } : {}) })).items.map(
        (u) => u.name,
      );
    expect(await names(city, '2025-06-30')).toEqual(['Hội LHPN quận Ba Đình']);
    expect(await names(city, '2025-07-01')).toEqual(['Hội LHPN phường Giảng Võ']);
    expect(await names(city)).toEqual(['Hội LHPN phường Giảng Võ']);
    expect(await names(district, '2025-06-30')).toEqual([
      'Hội LHPN phường Giảng Võ',
      'Hội LHPN phường Kim Mã',
    ]);
    expect(await names(district, '2025-07-01')).toEqual([]);
    expect(await names(giangVo, '2025-06-30')).toEqual(['Chi hội 3']);
    expect(await names(giangVo)).toEqual(['Chi hội 1', 'Chi hội 2', 'Chi hội 3']);
    expect(await names(kimMa, '2025-06-30')).toEqual(['Chi hội 1', 'Chi hội 2']);

    // The branches' ancestors follow their grassroots union up to the city.
    expect(await queries.get(b3)).toMatchObject({
      ancestorIds: [city, giangVo],
      ratings: { 2024: 'excellent' },
    });
    expect(await queries.get(b1)).toMatchObject({
      ancestorIds: [city, giangVo],
      parentId: giangVo,
    });
    expect(await queries.get(kimMa)).toMatchObject({
      status: 'closed',
      closure: { reason: 'merged', successorId: giangVo, on: '2025-07-01' },
    });

    const history = await reports.historyOf(kimMa, 50);
    expect(history.items.map((line) => line.event)).toEqual(['UnitEstablished', 'UnitsMerged']);
    expect(history.items[1]).toMatchObject({ actor: 'user-1', sequence: 2 });
    const received = await reports.historyOf(giangVo, 50);
    expect(received.items.map((line) => line.event)).toEqual([
      'UnitEstablished',
      'UnitReceived',
      'UnitMoved',
    ]);

    // Per subtree and year, as of a date: Kim Mã's branches counted under it until its merger.
    const summary = async (unitId: string, asOf: string) =>
      subtreeSummary(
        unitId,
        { year: 2024, asOf },
        (await rollups.inForce([unitId], asOf)).get(unitId) ?? {},
      );
    expect(await summary(city, '2025-07-01')).toEqual({
      unitId: city,
      year: 2024,
      asOf: '2025-07-01',
      units: { district: 0, affiliated: 0, grassroots: 1, branch: 3, group: 0 },
      branches: {
        total: 3,
        rated: 3,
        byGrade: { excellent: 1, good: 1, fair: 0, average: 0, weak: 1 },
        goodOrBetter: 2,
        goodOrBetterShare: 2 / 3,
        fairOrBetter: 2,
        weak: 1,
        notInspected: 2,
      },
      grassroots: expect.objectContaining({ total: 1, rated: 0, notInspected: 1 }) as unknown,
    });
    expect((await summary(kimMa, '2025-06-30')).branches).toMatchObject({
      total: 2,
      goodOrBetter: 1,
      weak: 1,
      notInspected: 2,
    });
    expect((await summary(kimMa, '2025-07-01')).branches).toMatchObject({ total: 0, rated: 0 });
    expect((await summary(giangVo, '2025-07-01')).branches).toMatchObject({
      total: 3,
      goodOrBetter: 2,
      notInspected: 2,
    });
  });
});
