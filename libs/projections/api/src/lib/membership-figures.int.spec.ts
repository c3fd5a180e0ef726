import type { PublicEvent } from '@vwu/contracts';
import { applyVersioned } from '@vwu/platform-messaging';
import {
  established,
  event,
  MemberStream,
  moved,
  testInfra,
  uniqueName,
} from '@vwu/platform-testing';
import {
  UnitRollupProjection,
  UnitRollupQueries,
  UnitTreeProjection,
  unitHistory,
  unitRollups,
  unitViews,
} from '@vwu/projections-organisation';
import mongoose, { type Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import {
  clubRecords,
  MEMBERSHIP_ROLLUP_FIGURES,
  memberFigures,
  memberRecords,
  MembershipProjection,
  nextRecord,
  unitMembers,
  type MemberRecord,
} from '@vwu/projections-membership';

const [C, D, K, G, b1, b2, b3] = Array.from({ length: 7 }, () => randomUUID()) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const under = (id: string, ancestors: string[]) => ({ id, ancestors });
const population = (unitId: string, women: number) =>
  event('vn.vwu.organisation.WomenPopulationRecorded.v1', unitId, 2, {
    unitId,
    asOf: '2024-12-31',
    women,
  });
/** City → district → two wards (Kim Mã: 5 women, Giảng Võ: 100) → three branches. */
const tree: PublicEvent[] = [
  established(C, 'Hội LHPN TP Hà Nội', undefined, { on: '1930-10-20' }),
  established(D, 'Quận Ba Đình', under(C, []), { kind: 'district', on: '2019-01-01' }),
  established(K, 'Phường Kim Mã', under(D, [C]), { kind: 'grassroots', on: '2019-01-01' }),
  established(G, 'Phường Giảng Võ', under(D, [C]), { kind: 'grassroots', on: '2019-01-01' }),
  established(b1, 'Chi hội 1', under(K, [C, D]), { on: '2019-01-01' }),
  established(b2, 'Chi hội 2', under(K, [C, D]), { on: '2019-01-01' }),
  established(b3, 'Chi hội 3', under(G, [C, D]), { on: '2019-01-01' }),
  population(K, 5),
  population(G, 100),
];
const at1 = { id: b1, ancestors: [C, D, K] };
const at3 = { id: b3, ancestors: [C, D, G] };
const streams = [1, 2, 3, 4].map(() => new MemberStream(randomUUID(), at1));
const [m1, m2, m3, m4] = streams as [MemberStream, MemberStream, MemberStream, MemberStream];
/** Four admitted in Chi hội 1; one pays, one moves to Giảng Võ in March, one leaves in April. */
const members: PublicEvent[] = [
  m1.admitted('2025-01-06', { specialGroups: ['elderly'], birthYear: 1960 }),
  m2.admitted('2025-01-07'),
  m3.admitted('2025-01-08'),
  m4.admitted('2025-01-09'),
  m1.feePaid(2025, '2025-02-01'),
  m2.transferred(at3, '2025-03-15'),
  m3.ended('left', '2025-04-02'),
  m4.erased('2025-05-05'),
  ...clubEvents(),
];

/** A domestic workers' club in Chi hội 1: m1 and m2 join, m2 leaves; an elderly club dissolved. */
function clubEvents(): PublicEvent[] {
  const [club, other] = [randomUUID(), randomUUID()];
  const at = (id: string, n: number, type: string, data: Record<string, unknown>) =>
    event(`vn.vwu.membership.${type}.v1`, `club-${id}`, n, { clubId: id, ...data });
  const founded = (id: string, clubType: string) =>
    at(id, 1, 'ClubFounded', {
      unitId: b1,
      ancestorIds: [C, D, K],
      name: 'CLB',
      clubType,
      foundedOn: '2025-01-20',
    });
  return [
    founded(club, 'domestic-workers'),
    at(club, 2, 'ClubMemberJoined', { memberId: m1.memberId, joinedOn: '2025-02-01' }),
    at(club, 3, 'ClubMemberJoined', { memberId: m2.memberId, joinedOn: '2025-02-01' }),
    at(club, 4, 'ClubMemberLeft', {
      memberId: m2.memberId,
      leftOn: '2025-03-15',
      reason: 'left-club',
    }),
    founded(other, 'elderly-health'),
    at(other, 2, 'ClubDissolved', { dissolvedOn: '2025-03-31', memberCount: 0 }),
  ];
}
/** Chi hội 1 itself moves to Giảng Võ on 1 June: its members count there from then on. */
const branchMoves = [moved(b1, 2, { from: K, to: G, ancestors: [C, D], on: '2025-06-01' })];

describe('MembershipProjection on the real store', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('member_figures') })
      .asPromise();
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  async function generation(name: string) {
    const units = unitViews(connection, `${name}_units`);
    const rollups = unitRollups(connection, `${name}_rollups`);
    const history = unitHistory(connection, `${name}_history`);
    const records = memberRecords(connection, `${name}_members`);
    const clubs = clubRecords(connection, `${name}_clubs`);
    await Promise.all([units.init(), rollups.init(), history.init(), records.init(), clubs.init()]);
    const rollup = new UnitRollupProjection(units, rollups, MEMBERSHIP_ROLLUP_FIGURES);
    const queries = new UnitRollupQueries(rollups);
    return {
      rollups,
      records,
      organisation: new UnitTreeProjection(units, history, rollup),
      membership: new MembershipProjection(
        records,
        clubs,
        unitMembers(connection, `${name}_rollups`),
        rollup,
      ),
      figures: async (unitId: string, asOf: string) =>
        memberFigures((await queries.inForce([unitId], asOf)).get(unitId) ?? {}, 2025),
      segments: async () =>
        (await rollups.find({}, { segments: 1 }).sort({ _id: 1 }).lean()).map((d) => d.segments),
    };
  }

  it('gives each subtree its members, flows, fees and attraction as of each month', async () => {
    const { organisation, membership, figures } = await generation('in_order');
    await organisation.apply(tree);
    await membership.apply(members);

    const kimMa = await figures(K, '2025-04-30');
    expect(kimMa.active).toBe(2);
    expect(kimMa.admittedInYear).toBe(4);
    expect(kimMa.transfers).toEqual({ in: 0, out: 1 });
    expect(kimMa.endedInYear.left).toBe(1);
    expect(kimMa.fees).toEqual({ paid: 1, waived: 0, unpaid: 1, paymentRate: 0.5 });
    expect(kimMa.specialGroups).toEqual({ elderly: 1 });
    expect(kimMa.ageBands['60+']).toBe(1);
    // 2 of 5 women: 40%, under the target. In February all four made 80%.
    expect(kimMa.attraction).toMatchObject({ womenPopulation: 5, rate: 0.4, grassrootsOver60: 0 });
    expect((await figures(K, '2025-02-10')).attraction.grassrootsOver60).toBe(1);

    const district = await figures(D, '2025-04-30');
    expect(district.active).toBe(3);
    expect(district.transfers).toEqual({ in: 0, out: 0 });
    expect(district.attraction).toMatchObject({ womenPopulation: 105, grassroots: 2 });
    expect((await figures(G, '2025-04-30')).transfers).toEqual({ in: 1, out: 0 });
    expect(kimMa.clubs).toEqual({
      open: 1,
      members: 1,
      byType: { 'domestic-workers': { clubs: 1, members: 1 } },
    });
    expect((await figures(D, '2025-02-28')).clubs).toEqual({
      open: 2,
      members: 2,
      byType: {
        'domestic-workers': { clubs: 1, members: 2 },
        'elderly-health': { clubs: 1, members: 0 },
      },
    });
    // The erasure changes no count.
    expect((await figures(C, '2025-05-31')).active).toBe(3);

    await organisation.apply(branchMoves);
    expect((await figures(G, '2025-06-01')).active).toBe(3);
    expect((await figures(K, '2025-06-01')).active).toBe(0);
    expect((await figures(K, '2025-05-31')).active).toBe(2);
  });

  it('ends in the same documents in any order, redelivered, or after a crash between steps', async () => {
    const expected = await generation('expected');
    await expected.organisation.apply(tree);
    await expected.membership.apply(members);
    await expected.organisation.apply(branchMoves);

    // Members first (their topic ran ahead), each event alone, everything twice.
    const other = await generation('members_first');
    for (const e of members) await other.membership.apply([e]);
    await other.organisation.apply([...tree, ...branchMoves]);
    await other.membership.apply(members);
    await other.organisation.apply(tree);
    expect(await other.segments()).toEqual(await expected.segments());

    // A crash after the records were written, before their contributions were.
    const crashed = await generation('crashed');
    await crashed.organisation.apply(tree);
    await applyVersioned<MemberRecord>(crashed.records, members, nextRecord);
    await crashed.membership.apply(members);
    await crashed.organisation.apply(branchMoves);
    expect(await crashed.segments()).toEqual(await expected.segments());
  });
});
