import { positionFiguresOf, type PositionFigure } from '@vwu/contracts';
import { OPEN_END, type Segment } from '@vwu/platform-counts-over-time';
import type { CadreRecord, Period, PostRecord } from './cadre-record';
import {
  CADRE_AGE_BANDS,
  ctags,
  DIGITAL_TOPICS,
  EDUCATION_LEVELS,
  type CadreAgeBand,
} from './training-tags';

/** A completion of a course, as the figures keep it for the cadre. */
export interface Completion {
  readonly courseId: string;
  readonly on: string;
  readonly topic: string;
  readonly form: string;
}

/**
 * Training figures are monthly, as the membership figures are: every date counts from the
 * first day of its month (a document per city holds a segment per month, not per day).
 */
export function monthOf(date: string): string {
  return date === OPEN_END ? OPEN_END : `${date.slice(0, 7)}-01`;
}

export const monthly = (period: Period): Period => ({
  from: monthOf(period.from),
  to: monthOf(period.to),
});

const within = (period: Period, day: string) =>
  monthOf(period.from) <= day && day < monthOf(period.to);

/** A fact's value on the day (its latest from a month on or before it). */
function factOn(record: CadreRecord, fact: string, day: string): string | undefined {
  return (record.facts[fact] ?? []).filter((f) => monthOf(f.since) <= day).at(-1)?.value;
}

const yearOf = (day: string) => Number(day.slice(0, 4));
const ageOn = (record: CadreRecord, day: string) => yearOf(day) - record.birthYear;
const atLeast = (level: string | undefined, floor: string) =>
  level !== undefined && EDUCATION_LEVELS.indexOf(level) >= EDUCATION_LEVELS.indexOf(floor);

function ageBand(age: number): CadreAgeBand {
  const i = Math.min(Math.max(Math.floor(age / 10) - 2, 0), CADRE_AGE_BANDS.length - 1);
  return CADRE_AGE_BANDS[i] as CadreAgeBand;
}

/** The step function of the tags in force from each breakpoint (monthly) on. */
function stepsOf(days: readonly string[], tagsOn: (day: string) => string[]): Segment[] {
  const starts = [...new Set(['0000-01-01', ...days.map(monthOf)])]
    .filter((day) => day !== OPEN_END)
    .sort();
  const segments: Segment[] = [];
  let last = '';
  for (const from of starts) {
    const tags = tagsOn(from).sort();
    const key = tags.join('|');
    if (key === last) continue;
    last = key;
    segments.push({ from, counts: Object.fromEntries(tags.map((tag) => [tag, 1])) });
  }
  return segments;
}

/** The days on which anything about her may change what she counts. */
function breakpoints(record: CadreRecord, completions: readonly Completion[]): string[] {
  const years = [20, 30, 40, 50, 60].map((age) => `${record.birthYear + age}-01-01`);
  return [
    ...record.posts.flatMap((p) => [p.from, p.to]),
    ...Object.values(record.facts).flatMap((values) => values.map((v) => v.since)),
    ...completions.map((c) => c.on),
    ...years,
    REFORM_DAY,
  ];
}

function completedBy(completions: readonly Completion[], day: string) {
  return completions.filter((c) => monthOf(c.on) <= day);
}

/** What she counts wherever her record is, on a day: only while she holds a post. */
function cadreTagsOn(record: CadreRecord, completions: readonly Completion[], day: string) {
  if (!record.posts.some((p) => within(p, day))) return [];
  const fullTime = factOn(record, 'full-time', day) === 'full-time';
  const education = factOn(record, 'education', day);
  const theory = factOn(record, 'political-theory', day);
  const done = completedBy(completions, day);
  const topics = new Set(done.map((c) => c.topic));
  const digital = fullTime && DIGITAL_TOPICS.every((topic) => topics.has(topic));
  return [
    ctags.active,
    ctags.age(ageBand(ageOn(record, day))),
    ...(fullTime ? [ctags.fullTime] : []),
    ...(factOn(record, 'party', day) === 'member' ? [ctags.party] : []),
    ...(education ? [ctags.education(education)] : []),
    ...(theory ? [ctags.theory(theory)] : []),
    ...[...new Set(done.map((c) => yearOf(c.on)))].map(ctags.trained),
    ...(digital ? [ctags.digital] : []),
  ];
}

export function cadreTimeline(record: CadreRecord, completions: readonly Completion[]) {
  return stepsOf(breakpoints(record, completions), (day) => cadreTagsOn(record, completions, day));
}

/** The 2025 reform: commune-level unions join the key cadres' levels (target 4). */
const REFORM_DAY = '2025-07-01';
const KEY_KINDS = new Set(['province', 'district']);

/** What the post counts as, by the catalogue of its appointment (the events carry it). */
const counts = (post: PostRecord, figure: PositionFigure) =>
  positionFiguresOf(post).includes(figure);

/** Lãnh đạo các ban, đơn vị Thành hội: the city union's departments and affiliated units. */
function isLeader(post: PostRecord): boolean {
  return (
    (post.unitKind === 'province' && counts(post, 'department-leadership')) ||
    (post.unitKind === 'affiliated' && counts(post, 'unit-leadership'))
  );
}

function isKey(post: PostRecord, day: string): boolean {
  if (!counts(post, 'key')) return false;
  return KEY_KINDS.has(post.unitKind) || (post.unitKind === 'grassroots' && day >= REFORM_DAY);
}

/** A post's target-4 tags on a day: a denominator, and its numerator when the bar is met. */
function targetTags(record: CadreRecord, post: PostRecord, day: string): string[] {
  const education = factOn(record, 'education', day);
  const bar = (counted: boolean, tag: string, met: boolean, metTag: string) =>
    counted ? [tag, ...(met ? [metTag] : [])] : [];
  const young = counts(post, 'head') && post.unitKind === 'grassroots' && ageOn(record, day) < 40;
  return [
    ...bar(isLeader(post), ctags.leaders, atLeast(education, 'master'), ctags.leadersMaster),
    ...bar(isKey(post, day), ctags.key, atLeast(education, 'master'), ctags.keyMaster),
    ...bar(young, ctags.youngChairs, atLeast(education, 'university'), ctags.youngChairsUniversity),
  ];
}

/** What one post counts at its unit on a day. */
function postTagsOn(record: CadreRecord, post: PostRecord, day: string): string[] {
  const chair = counts(post, 'head') ? [ctags.chairAt(post.unitKind)] : [];
  return [ctags.post(post.position), ...chair, ...targetTags(record, post, day)];
}

export function postTimeline(record: CadreRecord, post: PostRecord): Segment[] {
  return stepsOf(breakpoints(record, []), (day) => postTagsOn(record, post, day));
}
