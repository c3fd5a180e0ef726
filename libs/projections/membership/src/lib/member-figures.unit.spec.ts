import { BRANCH_CLOSURE_ACTOR, type PublicEvent } from '@vwu/contracts';
import { randomUUID } from 'node:crypto';
import { MemberStream } from '@vwu/platform-testing';
import { countsAt, OPEN_END, rollUp, type Segment } from '@vwu/platform-counts-over-time';
import { contributionsOf, monthOf } from './member-contributions';
import { attractionFigures, memberFigures, termOf } from './member-figures';
import { isMemberFlow } from './member-tags';
import { nextRecord, type MemberRecord } from './member-record';

const [city, district, ward, wardB, branchA, branchB, branchC] = Array.from({ length: 7 }, () =>
  randomUUID(),
) as [string, string, string, string, string, string, string];
const a = { id: branchA, ancestors: [city, district, ward] };
const b = { id: branchB, ancestors: [city, district, ward] };
const c = { id: branchC, ancestors: [city, district, wardB] };

/** Her record after her events, each applied once. */
function recordOf(events: readonly PublicEvent[]): MemberRecord {
  let record: MemberRecord | undefined;
  for (const e of events) record = nextRecord(e, record) ?? record;
  if (!record) throw new Error('no record');
  return record;
}

/** What a set of members adds to each unit: the units' own `members` segments. */
function membersOf(records: readonly MemberRecord[]): Map<string, Segment[][]> {
  const units = new Map<string, Segment[][]>();
  for (const record of records)
    for (const [unitId, segments] of contributionsOf(record))
      units.set(unitId, [...(units.get(unitId) ?? []), segments]);
  return units;
}

const always = (segments: Segment[]) => ({
  kind: 'member',
  own: {},
  spans: [{ from: '0000-01-01', to: OPEN_END }],
  segments,
});

/** The figures of a unit whose children sat under it all along, like UnitRollupProjection does. */
function subtree(units: Map<string, Segment[][]>, id: string, children: Segment[][] = []) {
  return rollUp([
    ...(units.get(id) ?? []).map(always),
    ...children.map((segments) => ({
      kind: 'x',
      own: {},
      spans: [{ from: '0000-01-01', to: OPEN_END }],
      segments,
    })),
  ]);
}

describe('membership figures rolled up with the units', () => {
  it('counts a member from the month she was admitted, in her age band, with her groups', () => {
    const m = new MemberStream(randomUUID(), a);
    const record = recordOf([
      m.admitted('2025-03-14', { birthYear: 1995, specialGroups: ['young'] }),
    ]);
    const branch = subtree(membersOf([record]), branchA);
    expect(countsAt(branch, '2025-02-28')).toEqual({});
    const march = memberFigures(countsAt(branch, '2025-03-01'), 2025);
    expect(march.active).toBe(1);
    expect(march.admittedInYear).toBe(1);
    expect(march.admittedInTerm).toBe(1);
    expect(march.ageBands).toEqual({ '18-30': 1, '31-45': 0, '46-59': 0, '60+': 0 });
    expect(march.specialGroups).toEqual({ young: 1 });
    // Born 1995, she reaches 31 in 2026: the next band from 1 January.
    expect(memberFigures(countsAt(branch, '2026-01-01'), 2026).ageBands['31-45']).toBe(1);
    expect(memberFigures(countsAt(branch, '2026-01-01'), 2026).admittedInYear).toBe(0);
    expect(memberFigures(countsAt(branch, '2026-01-01'), 2026).admittedInTerm).toBe(1);
  });

  it('moves her stock with her and keeps each flow where it happened', () => {
    const m = new MemberStream(randomUUID(), a);
    const record = recordOf([
      m.admitted('2025-01-10'),
      m.feePaid(2025, '2025-02-01'),
      m.transferred(c, '2025-05-20'),
    ]);
    const units = membersOf([record]);
    const atA = memberFigures(countsAt(subtree(units, branchA), '2025-05-31'), 2025);
    const atC = memberFigures(countsAt(subtree(units, branchC), '2025-05-31'), 2025);
    expect([atA.active, atA.admittedInYear, atA.transfers, atA.fees.paid]).toEqual([
      0,
      1,
      { in: 0, out: 1 },
      0,
    ]);
    expect([atC.active, atC.admittedInYear, atC.transfers, atC.fees.paid]).toEqual([
      1,
      0,
      { in: 1, out: 0 },
      1,
    ]);
    // In April (of the month before the transfer) she still counted at A.
    expect(memberFigures(countsAt(subtree(units, branchA), '2025-04-30'), 2025).active).toBe(1);
  });

  it('does not count a transfer inside a subtree as one into or out of it', () => {
    const m = new MemberStream(randomUUID(), a);
    const n = new MemberStream(randomUUID(), a);
    const units = membersOf([
      recordOf([m.admitted('2025-01-10'), m.transferred(b, '2025-03-01')]),
      recordOf([n.admitted('2025-01-10'), n.transferred(c, '2025-03-01')]),
    ]);
    const wardSegments = subtree(units, ward, [subtree(units, branchA), subtree(units, branchB)]);
    const wardBSegments = subtree(units, wardB, [subtree(units, branchC)]);
    const districtSegments = subtree(units, district, [wardSegments, wardBSegments]);
    const figures = (segments: Segment[]) => memberFigures(countsAt(segments, '2025-12-01'), 2025);
    expect(figures(wardSegments).transfers).toEqual({ in: 0, out: 1 });
    expect(figures(wardBSegments).transfers).toEqual({ in: 1, out: 0 });
    expect(figures(districtSegments).transfers).toEqual({ in: 0, out: 0 });
    expect(figures(districtSegments).active).toBe(2);
  });

  it('ends her stock on leaving, counts the end there, and starts again on re-admission', () => {
    const m = new MemberStream(randomUUID(), a);
    const events = [m.admitted('2024-06-01'), m.ended('left', '2025-04-02')];
    const left = subtree(membersOf([recordOf(events)]), branchA);
    const in2025 = memberFigures(countsAt(left, '2025-04-15'), 2025);
    expect([in2025.active, in2025.endedInYear]).toEqual([0, { left: 1, deceased: 0, removed: 0 }]);
    const back = subtree(membersOf([recordOf([...events, m.readmitted('2025-09-09')])]), branchA);
    const later = memberFigures(countsAt(back, '2025-10-01'), 2025);
    expect([later.active, later.readmittedInYear, later.endedInYear.left]).toEqual([1, 1, 1]);
  });

  it('gives the fee payment rate among active members not waived', () => {
    const members = [1, 2, 3, 4].map(() => new MemberStream(randomUUID(), a));
    const [m1, m2, m3, m4] = members as [MemberStream, MemberStream, MemberStream, MemberStream];
    const records = [
      recordOf([m1.admitted('2025-01-01'), m1.feePaid(2025, '2025-03-01')]),
      recordOf([m2.admitted('2025-01-01'), m2.feeWaived(2025)]),
      recordOf([m3.admitted('2025-01-01')]),
      recordOf([
        m4.admitted('2025-01-01'),
        m4.feePaid(2025, '2025-02-01'),
        m4.ended('deceased', '2025-06-01'),
      ]),
    ];
    const fees = memberFigures(
      countsAt(subtree(membersOf(records), branchA), '2025-12-31'),
      2025,
    ).fees;
    expect(fees).toEqual({ paid: 1, waived: 1, unpaid: 1, paymentRate: 0.5 });
  });

  it('tags and untags special groups by the month', () => {
    const m = new MemberStream(randomUUID(), a);
    const record = recordOf([m.admitted('2025-01-01'), m.tagged('migrant'), m.untagged('young')]);
    // The builder's events are recorded on 2025-07-01.
    const branch = subtree(membersOf([record]), branchA);
    expect(memberFigures(countsAt(branch, '2025-06-30'), 2025).specialGroups).toEqual({});
    expect(memberFigures(countsAt(branch, '2025-07-01'), 2025).specialGroups).toEqual({
      migrant: 1,
    });
  });

  it('counts a grassroots union over 60% of its women, and the share of such unions above it', () => {
    const admitted = (n: number) =>
      Array.from({ length: n }, () => new MemberStream(randomUUID(), a)).map((m) =>
        recordOf([m.admitted('2025-01-05')]),
      );
    let records = admitted(4);
    const grassroots = (women: number) =>
      attractionFigures(
        { kind: 'grassroots', population: { women } },
        subtree(membersOf(records), ward, [subtree(membersOf(records), branchA)]),
      );
    const over = memberFigures(countsAt(grassroots(6), '2025-02-01'), 2025).attraction;
    expect(over).toEqual({
      womenPopulation: 6,
      rate: 4 / 6,
      grassroots: 1,
      grassrootsOver60: 1,
      grassrootsOver60Share: 1,
    });
    // Exactly 60% is not over 60%.
    records = admitted(3);
    const exactly = memberFigures(countsAt(grassroots(5), '2025-02-01'), 2025).attraction;
    expect(exactly.grassrootsOver60).toBe(0);
    records = admitted(4);
    const below = grassroots(20);
    const district = rollUp([
      {
        kind: 'grassroots',
        own: {},
        spans: [{ from: '2024-01-01', to: OPEN_END }],
        segments: below,
      },
    ]);
    expect(memberFigures(countsAt(district, '2025-02-01'), 2025).attraction).toEqual({
      womenPopulation: 20,
      rate: 0.2,
      grassroots: 1,
      grassrootsOver60: 0,
      grassrootsOver60Share: 0,
    });
  });

  it('reads dates by their month and terms of five years from 2022', () => {
    expect([monthOf('2025-03-31'), monthOf(OPEN_END)]).toEqual(['2025-03-01', OPEN_END]);
    expect([termOf(2022), termOf(2026), termOf(2027), termOf(2021)]).toEqual([
      { from: 2022, to: 2026 },
      { from: 2022, to: 2026 },
      { from: 2027, to: 2031 },
      { from: 2017, to: 2021 },
    ]);
  });

  it('keeps what happened in a branch in the ward it was in, after a merger or a move', () => {
    const [m1, m2] = [new MemberStream(randomUUID(), a), new MemberStream(randomUUID(), a)];
    // Chi hội A merges into B on 1 July; its members follow it (the process manager's transfers).
    const follow = (m: MemberStream) => ({
      ...m.transferred(b, '2025-07-01'),
      actorid: BRANCH_CLOSURE_ACTOR,
    });
    const records = [m1, m2].map((m) => recordOf([m.admitted('2025-01-10'), follow(m)]));
    const units = membersOf(records);
    const under = (id: string, to = OPEN_END) => ({
      kind: 'branch',
      own: {},
      spans: [{ from: '2019-01-01', to }],
      segments: subtree(units, id),
    });
    const wardOf = (children: ReturnType<typeof under>[]) =>
      rollUp([...children, ...(units.get(ward) ?? []).map(always)], isMemberFlow);
    const merged = wardOf([under(branchA, '2025-07-01'), under(branchB)]);
    const after = memberFigures(countsAt(merged, '2025-12-01'), 2025);
    expect([after.active, after.admittedInYear, after.transfers]).toEqual([
      2,
      2,
      { in: 0, out: 0 },
    ]);

    // Chi hội A moves from this ward to another on 1 July: its January admissions stay here.
    const stayed = recordOf([new MemberStream(randomUUID(), a).admitted('2025-01-10')]);
    const moved = membersOf([stayed]);
    const move = (span: { from: string; to: string }) =>
      rollUp(
        [{ kind: 'branch', own: {}, spans: [span], segments: subtree(moved, branchA) }],
        isMemberFlow,
      );
    const before = move({ from: '2019-01-01', to: '2025-07-01' });
    const afterMove = move({ from: '2025-07-01', to: OPEN_END });
    const year = (segments: Segment[]) => memberFigures(countsAt(segments, '2025-12-01'), 2025);
    expect([year(before).active, year(before).admittedInYear]).toEqual([0, 1]);
    expect([year(afterMove).active, year(afterMove).admittedInYear]).toEqual([1, 0]);
  });
});
