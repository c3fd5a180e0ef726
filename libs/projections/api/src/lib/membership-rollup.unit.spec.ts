// The membership figures through the units' rollups, as UnitRollupProjection composes them but
// in memory: units established on any day (the same day as the admissions, or after them), and
// members admitted, leaving, coming back, transferred and introduced to the Party on any day.
import { countsAt, OPEN_END, type Counts, type Segment } from '@vwu/platform-counts-over-time';
import { MemberStream } from '@vwu/platform-testing';
import {
  contributionsOf,
  isMemberFlow,
  memberFigures,
  MEMBERSHIP_ROLLUP_FIGURES,
  nextRecord,
  type MemberRecord,
} from '@vwu/projections-membership';
import { segmentsBelow, staysOf, type Placed } from '@vwu/projections-organisation';
import type { PublicEvent } from '@vwu/contracts';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';

const CITY = randomUUID();

function unit(kind: string, parentId: string | null, ancestorIds: string[], from: string): Placed {
  return {
    _id: randomUUID(),
    kind,
    placements: [{ parentId, from, to: OPEN_END }],
    ancestorIds,
    ratings: {},
    inspectedYears: [],
  };
}

const city: Placed = { ...unit('city', null, [], '2000-01-01'), _id: CITY };

/** Every unit's segments, computed deepest first from its children and its members' parts. */
function rollups(units: readonly Placed[], records: readonly MemberRecord[]) {
  const docs = new Map<
    string,
    { children: Record<string, never>; members: Record<string, Segment[]> }
  >(units.map((u) => [u._id, { children: {}, members: {} }]));
  for (const view of units)
    for (const [parentId, child] of staysOf(view))
      Object.assign(docs.get(parentId)?.children ?? {}, { [view._id]: child });
  records.forEach((record, i) => {
    for (const [unitId, segments] of contributionsOf(record)) {
      const doc = docs.get(unitId);
      if (doc) doc.members[`m${i}`] = segments;
    }
  });
  const segments = new Map<string, Segment[]>();
  const byDepth = [...units].sort((a, b) => b.ancestorIds.length - a.ancestorIds.length);
  for (const view of byDepth) {
    const doc = docs.get(view._id) ?? { children: {}, members: {} };
    const below = (id: string) => segments.get(id) ?? [];
    segments.set(view._id, segmentsBelow(doc, below, view, MEMBERSHIP_ROLLUP_FIGURES));
  }
  const own = (id: string) => segmentsBelow({ members: docs.get(id)?.members }, () => [], null, {});
  return { segments, own };
}

function recordOf(events: readonly PublicEvent[]): MemberRecord {
  let record: MemberRecord | undefined;
  for (const e of events) record = nextRecord(e, record) ?? record;
  if (!record) throw new Error('no record');
  return record;
}

const at = (u: Placed) => ({ id: u._id, ancestors: [...u.ancestorIds, u._id] });

describe('membership figures of units established the same day as the admissions', () => {
  it('rolls every flow up to the ward and the city (issue 11: they read 0 and −1)', () => {
    const today = '2026-12-04';
    const kimMa = unit('grassroots', CITY, [CITY], today);
    const giangVo = unit('grassroots', CITY, [CITY], today);
    const [br, br2] = [1, 2].map(() => unit('branch', kimMa._id, [CITY, kimMa._id], today)) as [
      Placed,
      Placed,
    ];
    const brgv = unit('branch', giangVo._id, [CITY, giangVo._id], today);
    const streams = [br, br, br, br2, br2].map((b) => new MemberStream(randomUUID(), at(b)));
    const [m1, m2, m3, m4, m5] = streams as [
      MemberStream,
      MemberStream,
      MemberStream,
      MemberStream,
      MemberStream,
    ];
    const records = [
      recordOf([m1.admitted(today), m1.ended('left', today), m1.readmitted(today)]),
      recordOf([m2.admitted(today), m2.transferred(at(br2), today)]),
      recordOf([m3.admitted(today), m3.transferred(at(brgv), today)]),
      recordOf([m4.admitted(today), m4.partyStep('introduced', today)]),
      recordOf([m5.admitted(today)]),
    ];
    const { segments } = rollups([city, kimMa, giangVo, br, br2, brgv], records);
    const figures = (u: Placed) => memberFigures(countsAt(segments.get(u._id) ?? [], today), 2026);
    const summary = (u: Placed) => {
      const f = figures(u);
      const flows = [f.admittedInYear, f.admittedInTerm, f.readmittedInYear, f.endedInYear.left];
      return { active: f.active, flows, transfers: f.transfers, party: f.party.introduced };
    };
    expect(summary(city)).toEqual({
      active: 5,
      flows: [5, 5, 1, 1],
      transfers: { in: 0, out: 0 },
      party: 1,
    });
    expect(summary(kimMa)).toEqual({
      active: 4,
      flows: [5, 5, 1, 1],
      transfers: { in: 0, out: 1 },
      party: 1,
    });
    expect(summary(giangVo)).toEqual({
      active: 1,
      flows: [0, 0, 0, 0],
      transfers: { in: 1, out: 0 },
      party: 0,
    });
    expect(figures(br).transfers).toEqual({ in: 0, out: 2 });
  });
});

// --- any order of same-day and back-dated dates -------------------------------------------

const DAYS = ['2026-10-01', '2026-10-17', '2026-11-01', '2026-11-30', '2026-12-01', '2026-12-04'];
const READ_ON = [...DAYS, '2026-12-15', '2027-01-01'];
const day = fc.constantFrom(...DAYS);
const later = (a: string, b: string) => (a > b ? a : b);

type Op =
  | { readonly op: 'leave' | 'readmit' | 'party'; readonly on: string }
  | { readonly op: 'transfer'; readonly on: string; readonly to: number };

const plan = fc.record({
  wards: fc.array(day, { minLength: 1, maxLength: 3 }),
  branches: fc.array(fc.record({ ward: fc.nat(), on: day }), { minLength: 2, maxLength: 4 }),
  members: fc.array(
    fc.record({
      branch: fc.nat(),
      on: day,
      ops: fc.array(
        fc.oneof(
          fc.record({ op: fc.constantFrom('leave', 'readmit', 'party'), on: day }),
          fc.record({ op: fc.constant('transfer'), on: day, to: fc.nat() }),
        ) as fc.Arbitrary<Op>,
        { maxLength: 4 },
      ),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

/** One member's events from her planned steps, those that make sense where she is then. */
class Member {
  readonly events: PublicEvent[];
  active = true;
  private last: string;
  private readonly stream: MemberStream;

  constructor(
    private readonly branches: readonly Placed[],
    private where: number,
    on: string,
  ) {
    this.stream = new MemberStream(randomUUID(), at(branches[where] as Placed));
    this.events = [this.stream.admitted(on)];
    this.last = on;
  }

  /** The event the step gives, if it applies; none when it does not (leaving twice …). */
  take(step: Op): string | undefined {
    const on = later(step.on, this.last);
    const event = this.eventOf(step, on);
    if (!event) return undefined;
    this.events.push(event);
    this.last = on;
    return step.op;
  }

  private eventOf(step: Op, on: string): PublicEvent | undefined {
    const m = this.stream;
    if (step.op === 'transfer') return this.active ? this.transfer(step.to, on) : undefined;
    if (step.op === 'readmit')
      return this.active ? undefined : this.activate(true, m.readmitted(on));
    if (!this.active) return undefined;
    return step.op === 'leave'
      ? this.activate(false, m.ended('left', on))
      : m.partyStep('introduced', on);
  }

  private activate(active: boolean, event: PublicEvent) {
    this.active = active;
    return event;
  }

  private transfer(target: number, on: string) {
    const to = target % this.branches.length;
    if (to === this.where) return undefined;
    this.where = to;
    return this.stream.transferred(at(this.branches[to] as Placed), on);
  }
}

/** The units and members of a plan, and what happened in 2026 as a plain count of the events. */
function build(p: Plan) {
  const wards = p.wards.map((on) => unit('grassroots', CITY, [CITY], on));
  const branches = p.branches.map(({ ward, on }) => {
    const w = wards[ward % wards.length] as Placed;
    return unit('branch', w._id, [CITY, w._id], later(on, w.placements[0]?.from ?? on));
  });
  const happened: Record<string, number> = {};
  const count = (what: string) => (happened[what] = (happened[what] ?? 0) + 1);
  const members = p.members.map(({ branch, on, ops }) => {
    const member = new Member(branches, branch % branches.length, on);
    count('admitted');
    for (const step of ops) {
      const taken = member.take(step);
      if (taken) count(taken);
    }
    return member;
  });
  return {
    units: [city, ...wards, ...branches],
    records: members.map((m) => recordOf(m.events)),
    happened,
    activeAtEnd: members.filter((m) => m.active).length,
  };
}

const flowsOf = (counts: Counts) =>
  Object.fromEntries(Object.entries(counts).filter(([key]) => isMemberFlow(key)));

function plus(a: Record<string, number>, b: Counts): Record<string, number> {
  for (const [key, n] of Object.entries(b)) a[key] = (a[key] ?? 0) + n;
  return Object.fromEntries(Object.entries(a).filter(([, n]) => n !== 0));
}

describe('membership figures for any order of same-day and back-dated events', () => {
  it('gives every subtree the sum of its children\u2019s flows, and no count below zero', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const { units, records, happened, activeAtEnd } = build(p);
        const { segments, own } = rollups(units, records);
        const read = (id: string, date: string) => countsAt(segments.get(id) ?? [], date);
        for (const date of READ_ON)
          for (const u of units) {
            const counts = read(u._id, date);
            for (const n of Object.values(counts)) expect(n).toBeGreaterThanOrEqual(0);
            const f = memberFigures(counts, Number(date.slice(0, 4)));
            expect(Math.min(f.transfers.in, f.transfers.out, f.fees.unpaid)).toBeGreaterThanOrEqual(
              0,
            );
            const children = units.filter((c) => c.placements[0]?.parentId === u._id);
            const sum = children.reduce(
              (acc, c) => plus(acc, flowsOf(read(c._id, date))),
              plus({}, flowsOf(countsAt(own(u._id), date))),
            );
            expect(flowsOf(counts)).toEqual(sum);
          }
        const end = memberFigures(read(CITY, '2027-01-01'), 2026);
        expect({
          admitted: end.admittedInYear,
          left: end.endedInYear.left,
          readmitted: end.readmittedInYear,
          party: end.party.introduced,
          transfers: end.transfers,
          active: end.active,
        }).toEqual({
          admitted: happened['admitted'] ?? 0,
          left: happened['leave'] ?? 0,
          readmitted: happened['readmit'] ?? 0,
          party: happened['party'] ?? 0,
          transfers: { in: 0, out: 0 },
          active: activeAtEnd,
        });
      }),
      { numRuns: 200 },
    );
  });
});
