import { event } from '@vwu/platform-testing';
import {
  countsAt,
  OPEN_END,
  rollUp,
  type Below,
  type Segment,
} from '@vwu/platform-counts-over-time';
import { cadreContributions } from './cadre-contributions';
import { nextCadreRecord, type CadreRecord } from './cadre-record';
import type { Completion } from './cadre-timeline';
import { trainingFigures, vacancyFigures } from './training-figures';

// A known population of cadres in a small city (the plan's targets 3 and 4 counted by hand):
// the city union P with two departments' leaders, its chairwoman and a vice-chair; an affiliated
// unit A; grassroots unions G1, G2 and G3 (G3 without a chairwoman); a branch B1 of G1.
const UNITS = {
  P: 'province',
  A: 'affiliated',
  G1: 'grassroots',
  G2: 'grassroots',
  G3: 'grassroots',
  B1: 'branch',
} as const;
type Unit = keyof typeof UNITS;
const CHILDREN: Record<Unit, Unit[]> = {
  P: ['A', 'G1', 'G2', 'G3'],
  A: [],
  G1: ['B1'],
  G2: [],
  G3: [],
  B1: [],
};

interface Person {
  readonly id: string;
  readonly born: number;
  readonly unit: Unit;
  readonly position: string;
  readonly education: string;
  readonly fullTime: boolean;
  /** Completions: [topic, day]. */
  readonly done?: readonly [string, string][];
  /** What her appointment says the figures count it as; absent as on events before the field. */
  readonly figures?: readonly string[];
}

const PEOPLE: Person[] = [
  {
    id: 'c1',
    born: 1975,
    unit: 'P',
    position: 'department-head',
    education: 'master',
    fullTime: true,
    done: [
      ['it-digital-transformation', '2025-03-10'],
      ['data-analysis', '2025-05-20'],
    ],
  },
  {
    id: 'c2',
    born: 1980,
    unit: 'P',
    position: 'department-deputy',
    education: 'university',
    fullTime: true,
    done: [['it-digital-transformation', '2025-04-02']],
  },
  {
    id: 'c3',
    born: 1970,
    unit: 'P',
    position: 'chairwoman',
    education: 'doctorate',
    fullTime: true,
  },
  {
    id: 'c4',
    born: 1972,
    unit: 'P',
    position: 'vice-chair',
    education: 'university',
    fullTime: false,
    done: [['law', '2024-09-01']],
  },
  {
    id: 'c5',
    born: 1978,
    unit: 'A',
    position: 'chairwoman',
    education: 'master',
    fullTime: false,
    done: [['social-work', '2025-02-14']],
  },
  {
    id: 'c6',
    born: 1990,
    unit: 'G1',
    position: 'chairwoman',
    education: 'university',
    fullTime: true,
  },
  {
    id: 'c7',
    born: 1988,
    unit: 'G2',
    position: 'chairwoman',
    education: 'college',
    fullTime: false,
  },
  {
    id: 'c8',
    born: 1970,
    unit: 'G2',
    position: 'vice-chair',
    education: 'master',
    fullTime: false,
  },
  {
    id: 'c9',
    born: 1985,
    unit: 'B1',
    position: 'branch-head',
    education: 'intermediate',
    fullTime: false,
  },
];

/** Stable ids for the names above (the contracts take UUIDs). */
const uuid = (name: string) =>
  `00000000-0000-4000-8000-${[...name]
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .padStart(12, '0')}`;

function recordOf(p: Person): CadreRecord {
  const cadreId = uuid(p.id);
  const subject = `cadre-${cadreId}`;
  const unitId = uuid(p.unit);
  const ancestorIds = [uuid('root')];
  const fact = (value: string, name: string) => ({
    cadreId,
    fact: name,
    value,
    since: '2015-01-01',
  });
  const events = [
    event('vn.vwu.training.CadreRegistered.v1', subject, 1, {
      cadreId,
      unitId,
      ancestorIds,
      memberId: null,
      birthYear: p.born,
      registeredOn: '2021-09-01',
    }),
    event(
      'vn.vwu.training.CadreQualificationRecorded.v1',
      subject,
      2,
      fact(p.education, 'education'),
    ),
    event(
      'vn.vwu.training.CadreQualificationRecorded.v1',
      subject,
      3,
      fact(p.fullTime ? 'full-time' : 'part-time', 'full-time'),
    ),
    event('vn.vwu.training.CadreAppointed.v1', subject, 4, {
      cadreId,
      postId: uuid(`p${p.id}`),
      unitId,
      ancestorIds,
      unitKind: UNITS[p.unit],
      position: p.position,
      ...(p.figures ? { figures: p.figures } : {}),
      appointedOn: '2021-10-01',
    }),
  ];
  let record: CadreRecord | undefined;
  for (const e of events) record = nextCadreRecord(e, record) ?? record;
  if (!record) throw new Error('no record');
  return record;
}

const completionsOf = (p: Person): Completion[] =>
  (p.done ?? []).map(([topic, on], i) => ({ courseId: `${p.id}-${i}`, on, topic, form: 'online' }));

const ALWAYS = [{ from: '0000-01-01', to: OPEN_END }];
const contributions = PEOPLE.map((p) => cadreContributions(recordOf(p), completionsOf(p)));

/** A unit's segments as the units' rollups make them: its cadres, its children, its own seat. */
function rolled(unit: Unit, cadres = contributions): Segment[] {
  const mine: Below[] = cadres.flatMap((c) => {
    const segments = c.get(uuid(unit));
    return segments ? [{ kind: 'member', own: {}, spans: ALL_SPANS, segments }] : [];
  });
  const below: Below[] = CHILDREN[unit].map((child) => ({
    kind: UNITS[child],
    spans: ALL_SPANS,
    segments: rolled(child, cadres),
  }));
  return vacancyFigures({ kind: UNITS[unit] }, rollUp([...mine, ...below]));
}
const ALL_SPANS = ALWAYS;

const figures = (unit: Unit, asOf: string, cadres = contributions) =>
  trainingFigures(countsAt(rolled(unit, cadres), asOf), Number(asOf.slice(0, 4)));

describe('the training figures of a known population', () => {
  it('counts the city’s cadres and target 3 exactly', () => {
    const city = figures('P', '2025-12-31');
    expect(city).toMatchObject({
      active: 9,
      fullTime: 4,
      byPosition: {
        'department-head': 1,
        'department-deputy': 1,
        chairwoman: 4,
        'vice-chair': 2,
        'branch-head': 1,
      },
      byEducation: { intermediate: 1, college: 1, university: 3, master: 3, doctorate: 1 },
      target3: {
        trainedInYear: { count: 3, of: 9, share: 3 / 9 },
        fullTimeDigital: { count: 1, of: 4, share: 1 / 4 },
      },
      completions: {
        total: 4,
        byTopic: { 'it-digital-transformation': 2, 'data-analysis': 1, 'social-work': 1 },
      },
    });
    expect(figures('P', '2024-12-31').target3.trainedInYear).toEqual({
      count: 1,
      of: 9,
      share: 1 / 9,
    });
  });

  it('counts target 4 exactly, commune-level key cadres from the 2025 reform on', () => {
    expect(figures('P', '2025-12-31').target4).toEqual({
      leadersMaster: { count: 2, of: 3, share: 2 / 3 },
      keyCadresMaster: { count: 2, of: 5, share: 2 / 5 },
      youngChairwomenUniversity: { count: 1, of: 2, share: 1 / 2 },
    });
    expect(figures('P', '2025-06-15').target4.keyCadresMaster).toEqual({
      count: 1,
      of: 2,
      share: 1 / 2,
    });
  });

  it('counts vacancies by each unit’s own seat, and a subtree alone', () => {
    expect(figures('P', '2025-12-31').vacancies).toEqual({ units: 5, withoutChairwoman: 1 });
    expect(figures('G2', '2025-12-31')).toMatchObject({
      active: 2,
      vacancies: { units: 1, withoutChairwoman: 0 },
      target4: { youngChairwomenUniversity: { count: 0, of: 1, share: 0 } },
    });
    expect(figures('G3', '2025-12-31').vacancies).toEqual({ units: 1, withoutChairwoman: 1 });
    // Before anyone was appointed there were no cadres, and every seat was vacant.
    expect(figures('P', '2021-09-30')).toMatchObject({
      active: 0,
      vacancies: { units: 5, withoutChairwoman: 5 },
    });
  });

  it('counts a post as its appointment says: a deployment’s own position, a head, or not key', () => {
    const own = (p: Person) => cadreContributions(recordOf(p), []);
    const deputy: Person = {
      id: 'c10',
      born: 1986,
      unit: 'G3',
      position: 'permanent-vice-chair',
      education: 'master',
      fullTime: true,
      figures: ['key', 'head'],
    };
    const notKey: Person = { ...PEOPLE[5]!, id: 'c11', unit: 'G3', figures: ['head'] };
    const g3 = figures('G3', '2025-12-31', [own(deputy), own(notKey)]);
    expect(g3.target4).toEqual({
      leadersMaster: { count: 0, of: 0, share: null },
      keyCadresMaster: { count: 1, of: 1, share: 1 },
      youngChairwomenUniversity: { count: 2, of: 2, share: 1 },
    });
    expect(g3.vacancies).toEqual({ units: 1, withoutChairwoman: 0 });
    expect(g3.byPosition).toEqual({ 'permanent-vice-chair': 1, chairwoman: 1 });
  });
});
