// Counts of units by kind as step functions of the date: what a rolled-up subtree holds on any day.

/** The end of a period that has not ended: dates compare as YYYY-MM-DD strings. */
export const OPEN_END = '9999-12-31';

/** Units by kind, e.g. { grassroots: 3, branch: 40 }: kinds with none are left out. */
export type Counts = Readonly<Record<string, number>>;

/** Counts in force from `from` (inclusive) until the next segment's `from`; none before the first. */
export interface Segment {
  readonly from: string;
  readonly counts: Counts;
}

/** A stay under a parent, from one date (inclusive) to another (exclusive; OPEN_END if open). */
export interface Span {
  readonly from: string;
  readonly to: string;
}

/** A unit that sat directly under the one rolled up: its kind, when, and its own subtree. */
export interface Below {
  readonly kind: string;
  /**
   * What the unit counts itself, wherever it sits: its kind, and its facts as tags (rated
   * good in 2024, inspected in 2024: see unitFacts); `{ [kind]: 1 }` when absent.
   */
  readonly own?: Counts;
  readonly spans: readonly Span[];
  readonly segments: readonly Segment[];
  /**
   * The first day it existed under any parent (its establishment). Its flows from before that
   * day (a back-dated admission in a branch established later, or one dated the first of a
   * month that the branch joined on the fourth) happened nowhere else: the span starting that
   * day counts them on their own dates.
   */
  readonly since?: string;
}

/** Earlier than any date. */
const ORIGIN = '0000-01-01';

/** The counts in force on the date (dates compare as YYYY-MM-DD strings). */
export function countsAt(segments: readonly Segment[], date: string): Counts {
  let [low, high] = [0, segments.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((segments[middle] as Segment).from <= date) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? {} : (segments[low - 1] as Segment).counts;
}

type Deltas = Map<string, Record<string, number>>;

function add(deltas: Deltas, date: string, counts: Counts, sign: 1 | -1): void {
  const at = deltas.get(date) ?? {};
  for (const [kind, n] of Object.entries(counts)) at[kind] = (at[kind] ?? 0) + sign * n;
  deltas.set(date, at);
}

/** Which counts are flows (things that happened: admissions, transfers) rather than stocks. */
export type IsFlow = (key: string) => boolean;

const NO_FLOWS: IsFlow = () => false;

/** The stock part of counts (flows left out), or the flow part. */
function part(counts: Counts, isFlow: IsFlow, flows = false): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([key]) => isFlow(key) === flows));
}

/** The counts in force the day before the date (those of the last segment starting before it). */
function countsBefore(segments: readonly Segment[], date: string): Counts {
  let found: Counts = {};
  for (const segment of segments) {
    if (segment.from >= date) break;
    found = segment.counts;
  }
  return found;
}

/** A child's segments split into stocks and flows, once for all its spans. */
interface Parts {
  readonly stocks: readonly Segment[];
  readonly flows: readonly Segment[];
}

function partsOf(segments: readonly Segment[], isFlow: IsFlow): Parts {
  if (isFlow === NO_FLOWS) return { stocks: segments, flows: [] };
  return {
    stocks: segments.map(({ from, counts }) => ({ from, counts: part(counts, isFlow) })),
    flows: segments.map(({ from, counts }) => ({ from, counts: part(counts, isFlow, true) })),
  };
}

/**
 * Adds the segments' counts from the span's first day (less `before`, already counted
 * elsewhere) and each change inside the span; gives the counts in force at its end.
 */
function addChanges(deltas: Deltas, segments: readonly Segment[], span: Span, before: Counts) {
  let inForce = countsAt(segments, span.from);
  add(deltas, span.from, inForce, 1);
  add(deltas, span.from, before, -1);
  for (const segment of segments) {
    if (segment.from <= span.from || segment.from >= span.to) continue;
    add(deltas, segment.from, inForce, -1);
    add(deltas, segment.from, segment.counts, 1);
    inForce = segment.counts;
  }
  return inForce;
}

/**
 * The unit itself and its subtree's stocks count under the parent for the span's days only.
 * Its flows count where they happened: what happened below it during the span is added on the
 * day it happened and stays after the span ends (a merged branch's admissions stay in its
 * ward's year), what happened before it arrived stays with its parent of then, and what
 * happened before it existed at all counts under its first parent (Below.since).
 */
function addSpan(deltas: Deltas, below: Below & Parts, span: Span): void {
  if (span.from >= span.to) return;
  const own = below.own ?? { [below.kind]: 1 };
  add(deltas, span.from, own, 1);
  const stocks = addChanges(deltas, below.stocks, span, {});
  if (span.from === below.since) addChanges(deltas, below.flows, { ...span, from: ORIGIN }, {});
  else addChanges(deltas, below.flows, span, countsBefore(below.flows, span.from));
  if (span.to === OPEN_END) return;
  add(deltas, span.to, own, -1);
  add(deltas, span.to, stocks, -1);
}

/** Kinds in name order, none left out with zero: equal counts serialise equally. */
function canonical(counts: Record<string, number>): Counts {
  const kinds = Object.keys(counts)
    .filter((kind) => counts[kind] !== 0)
    .sort();
  return Object.fromEntries(kinds.map((kind) => [kind, counts[kind] as number]));
}

export function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The counts below a unit over time, from what sat directly under it: each child counts itself
 * and its own subtree's stocks for the days it sat there, and the flows of its subtree that
 * happened while it sat there (see addSpan). A pure function of its input, so recomputing
 * it from a redelivered event gives the same segments (nothing is incremented twice).
 */
export function rollUp(children: readonly Below[], isFlow: IsFlow = NO_FLOWS): Segment[] {
  const deltas = deltasOf(children, isFlow);
  const segments: Segment[] = [];
  const running: Record<string, number> = {};
  for (const date of [...deltas.keys()].sort()) {
    const counts = accumulate(running, deltas.get(date) ?? {});
    const previous = segments.at(-1)?.counts ?? {};
    if (JSON.stringify(counts) !== JSON.stringify(previous)) segments.push({ from: date, counts });
  }
  return segments;
}

function deltasOf(children: readonly Below[], isFlow: IsFlow): Deltas {
  const deltas: Deltas = new Map();
  for (const child of children) {
    const parts = { ...child, ...partsOf(child.segments, isFlow) };
    for (const span of child.spans) addSpan(deltas, parts, span);
  }
  return deltas;
}

function accumulate(running: Record<string, number>, delta: Counts): Counts {
  for (const [kind, n] of Object.entries(delta)) running[kind] = (running[kind] ?? 0) + n;
  return canonical(running);
}
