// A unit's annual facts (xếp loại, kiểm tra điều lệ) as count tags, rolled up with the units per
// kind: the subtree's rating and inspection figures as of any date, one read per unit.
import type { Counts } from '@vwu/platform-counts-over-time';

export const GRADES = ['excellent', 'good', 'fair', 'average', 'weak'] as const;
export type Grade = (typeof GRADES)[number];

/** `<kind>:rated:<year>:<grade>` and `<kind>:inspected:<year>`: field names Mongo accepts. */
const ratedTag = (kind: string, year: string, grade: string) => `${kind}:rated:${year}:${grade}`;
const inspectedTag = (kind: string, year: number | string) => `${kind}:inspected:${year}`;

/** Whether a count key is a kind (the others are tags). */
export const isKind = (key: string): boolean => !key.includes(':');

/** What a unit counts itself: one of its kind, and a tag per year it was rated or inspected. */
export function unitFacts(view: {
  readonly kind: string;
  readonly ratings?: Readonly<Record<string, string>>;
  readonly inspectedYears?: readonly number[];
}): Record<string, number> {
  const own: Record<string, number> = { [view.kind]: 1 };
  for (const [year, grade] of Object.entries(view.ratings ?? {}))
    own[ratedTag(view.kind, year, grade)] = 1;
  for (const year of view.inspectedYears ?? []) own[inspectedTag(view.kind, year)] = 1;
  return own;
}

/** The rating and inspection figures of the units of one kind in a subtree, for a year. */
export interface RatingFigures {
  readonly total: number;
  readonly rated: number;
  readonly byGrade: Record<Grade, number>;
  /** Rated excellent or good: the plan's target for branches is 90% or more. */
  readonly goodOrBetter: number;
  /** goodOrBetter / total, 0 when there are none. */
  readonly goodOrBetterShare: number;
  /** Rated fair or better (the reports' "khá trở lên"). */
  readonly fairOrBetter: number;
  /** Rated weak: the plan's target is none. */
  readonly weak: number;
  /** Not inspected in the year (every branch is to be inspected every year). */
  readonly notInspected: number;
}

export function ratingFigures(counts: Counts, kind: string, year: number): RatingFigures {
  const total = counts[kind] ?? 0;
  const byGrade = Object.fromEntries(
    GRADES.map((grade) => [grade, counts[ratedTag(kind, String(year), grade)] ?? 0]),
  ) as Record<Grade, number>;
  const goodOrBetter = byGrade.excellent + byGrade.good;
  return {
    total,
    rated: GRADES.reduce((sum, grade) => sum + byGrade[grade], 0),
    byGrade,
    goodOrBetter,
    goodOrBetterShare: total === 0 ? 0 : goodOrBetter / total,
    fairOrBetter: goodOrBetter + byGrade.fair,
    weak: byGrade.weak,
    notInspected: total - (counts[inspectedTag(kind, year)] ?? 0),
  };
}
