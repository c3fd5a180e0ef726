import { OPEN_END, rollUp, type Below, type Segment } from '@vwu/platform-counts-over-time';
import type { CadreRecord, Period } from './cadre-record';
import { cadreTimeline, monthly, postTimeline, type Completion } from './cadre-timeline';
import { ctags } from './training-tags';

const below = (period: Period, segments: Segment[]): Below => ({
  kind: 'member',
  own: {},
  spans: [monthly(period)],
  segments,
});

export const happened = (tag: string, on: string): Below => ({
  kind: 'member',
  own: { [tag]: 1 },
  spans: [monthly({ from: on, to: OPEN_END })],
  segments: [],
});

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The unit that kept her record on the day. */
function unitOn(record: CadreRecord, day: string): string | undefined {
  return (
    record.stays.find((s) => s.from <= day && day < s.to)?.unitId ?? record.stays.at(-1)?.unitId
  );
}

/**
 * What she adds to each unit she touched, over time: her timeline under the units that kept
 * her record, each post's under its unit, and each completion where her record was that day.
 * A whole value per unit, written again after each of her events (a redelivery writes the same).
 */
export function cadreContributions(
  record: CadreRecord,
  completions: readonly Completion[],
): Map<string, Segment[]> {
  const items = new Map<string, Below[]>();
  const add = (unitId: string, item: Below) => {
    const span = item.spans[0];
    if (span && span.from < span.to) items.set(unitId, [...(items.get(unitId) ?? []), item]);
  };
  const timeline = cadreTimeline(record, completions);
  for (const stay of record.stays) add(stay.unitId, below(stay, timeline));
  for (const post of record.posts) add(post.unitId, below(post, postTimeline(record, post)));
  for (const c of completions) {
    const unitId = unitOn(record, c.on);
    if (unitId) add(unitId, happened(ctags.completion(yearOf(c.on), c.topic, c.form), c.on));
  }
  return new Map([...items].map(([unitId, list]) => [unitId, rollUp(list)]));
}
