import { OPEN_END, rollUp, type Below, type Segment } from '@vwu/platform-counts-over-time';
import type { MemberRecord, Period } from './member-record';

export type { Period };
import { ACTIVE, AGE_BANDS, bandChanges, tags } from './member-tags';

/**
 * Membership figures are monthly: every date counts from the first day of its month, so a
 * figure read on any day of a month is the month's (up to now in the current month). Without
 * this a city's document would hold a segment for every day anything happened to a member.
 */
export function monthOf(date: string): string {
  return date === OPEN_END ? OPEN_END : `${date.slice(0, 7)}-01`;
}

const ALWAYS: Period = { from: '0000-01-01', to: OPEN_END };

export const monthly = (period: Period): Period => ({
  from: monthOf(period.from),
  to: monthOf(period.to),
});

export const tagged = (tag: string, period: Period): Below => ({
  kind: 'member',
  own: { [tag]: 1 },
  spans: [monthly(period)],
  segments: [],
});

/** Her age bands over the years, from her birth year (1 January of each change). */
function ageBands(birthYear: number): Below[] {
  const changes = bandChanges(birthYear);
  const first = tagged(tags.age(AGE_BANDS[0]), {
    from: ALWAYS.from,
    to: `${changes[0]?.year ?? 9999}-01-01`,
  });
  return [
    first,
    ...changes.map(({ year, band }, i) => {
      const next = changes[i + 1];
      return tagged(tags.age(band), {
        from: `${year}-01-01`,
        to: next ? `${next.year}-01-01` : OPEN_END,
      });
    }),
  ];
}

/** What she counts wherever she is a member: active, her age band, groups and fees over time. */
export function memberTimeline(record: MemberRecord): Segment[] {
  return rollUp([
    tagged(ACTIVE, ALWAYS),
    ...ageBands(record.birthYear),
    ...record.groups.map((g) => tagged(tags.group(g.code), g)),
    ...record.fees.map((fee) => tagged(fee.tag, { from: fee.on, to: OPEN_END })),
  ]);
}

/**
 * What she adds to each unit she touched, over time: her timeline for the months she was a
 * member of a branch there, and each thing that happened at a unit from its month on. A whole
 * value per unit, written again after each of her events (a redelivery writes the same).
 */
export function contributionsOf(record: MemberRecord): Map<string, Segment[]> {
  const timeline = memberTimeline(record);
  const below = new Map<string, Below[]>();
  const add = (unitId: string, item: Below) =>
    below.set(unitId, [...(below.get(unitId) ?? []), item]);
  for (const stay of record.stays)
    add(stay.unitId, { kind: 'member', own: {}, spans: [monthly(stay)], segments: timeline });
  for (const flow of record.flows)
    add(flow.unitId, tagged(flow.tag, { from: flow.on, to: OPEN_END }));
  return new Map([...below].map(([unitId, items]) => [unitId, rollUp(items)]));
}
