import type { Counts, Segment } from '@vwu/platform-counts-over-time';
import {
  CADRE_AGE_BANDS,
  ctags,
  EDUCATION_LEVELS,
  THEORY_LEVELS,
  type CadreAgeBand,
} from './training-tags';

/** The unit kinds that have a chairwoman: one without is a vacancy. */
const SEAT_KINDS: ReadonlySet<string> = new Set([
  'province',
  'district',
  'grassroots',
  'affiliated',
]);

/**
 * A unit's own vacancy, added to its rolled-up segments: a unit of a kind that has a
 * chairwoman counts itself, and counts as vacant while no chairwoman's post is its own (the
 * chairwomen below it are of other kinds). Its parent adds them for the days it sat there.
 */
export function vacancyFigures(unit: { readonly kind: string }, segments: Segment[]): Segment[] {
  if (!SEAT_KINDS.has(unit.kind)) return segments;
  const all: Segment[] =
    segments[0]?.from === '0000-01-01'
      ? segments
      : [{ from: '0000-01-01', counts: {} }, ...segments];
  return all.map(({ from, counts }) => {
    const own: Record<string, number> = { ...counts };
    own[ctags.seatUnits] = (counts[ctags.seatUnits] ?? 0) + 1;
    if ((counts[ctags.chairAt(unit.kind)] ?? 0) === 0)
      own[ctags.vacant] = (counts[ctags.vacant] ?? 0) + 1;
    return { from, counts: own };
  });
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** A target's numerator, denominator and share (null without a denominator). */
const ratio = (part: number, of: number) => ({ count: part, of, share: share(part, of) });

/** Courses or completions of the year by topic and by form, from `c:<what>:<year>:<topic>:<form>`. */
function byTopicAndForm(counts: Counts, what: 'course' | 'completion', year: number) {
  const prefix = `c:${what}:${year}:`;
  const byTopic: Record<string, number> = {};
  const byForm: Record<string, number> = {};
  let total = 0;
  for (const [key, n] of Object.entries(counts)) {
    if (!key.startsWith(prefix) || n === 0) continue;
    const [topic = '', form = ''] = key.slice(prefix.length).split(':');
    byTopic[topic] = (byTopic[topic] ?? 0) + n;
    byForm[form] = (byForm[form] ?? 0) + n;
    total += n;
  }
  return { total, byTopic, byForm };
}

function positions(counts: Counts): Record<string, number> {
  const prefix = ctags.post('');
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([key, n]) => key.startsWith(prefix) && n > 0)
      .map(([key, n]) => [key.slice(prefix.length), n]),
  );
}

const levels = (counts: Counts, names: readonly string[], tag: (name: string) => string) =>
  Object.fromEntries(names.map((name) => [name, counts[tag(name)] ?? 0]));

/**
 * A subtree's cadre and training figures on a date (of its month) and for a year: the plan's
 * targets 3 and 4 (plan 39/KH-BCH) and the counts behind them.
 */
export function trainingFigures(counts: Counts, year: number) {
  const n = (key: string) => counts[key] ?? 0;
  const active = n(ctags.active);
  const fullTime = n(ctags.fullTime);
  return {
    active,
    fullTime,
    party: n(ctags.party),
    byPosition: positions(counts),
    byEducation: levels(counts, EDUCATION_LEVELS, ctags.education),
    byPoliticalTheory: levels(counts, THEORY_LEVELS, ctags.theory),
    ageBands: levels(counts, CADRE_AGE_BANDS, (b) => ctags.age(b as CadreAgeBand)),
    target3: {
      trainedInYear: ratio(n(ctags.trained(year)), active),
      fullTimeDigital: ratio(n(ctags.digital), fullTime),
    },
    target4: {
      leadersMaster: ratio(n(ctags.leadersMaster), n(ctags.leaders)),
      keyCadresMaster: ratio(n(ctags.keyMaster), n(ctags.key)),
      youngChairwomenUniversity: ratio(n(ctags.youngChairsUniversity), n(ctags.youngChairs)),
    },
    vacancies: { units: n(ctags.seatUnits), withoutChairwoman: n(ctags.vacant) },
    courses: byTopicAndForm(counts, 'course', year),
    completions: byTopicAndForm(counts, 'completion', year),
  };
}

export type TrainingFigures = ReturnType<typeof trainingFigures>;
