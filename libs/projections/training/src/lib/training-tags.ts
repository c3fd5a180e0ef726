// The training figures as count tags in the unit rollups (counts-over-time.ts): a cadre counts
// in every subtree her record's unit is in, and each post in every subtree its unit is in, for
// the months they are there. `c:` keeps them apart from the member tags (`m:`) and unit kinds.

/** The age bands of the reports, by the age reached in the year (birth year only). */
export const CADRE_AGE_BANDS = ['under-30', '30-39', '40-49', '50-59', '60+'] as const;
export type CadreAgeBand = (typeof CADRE_AGE_BANDS)[number];

export const EDUCATION_LEVELS = ['intermediate', 'college', 'university', 'master', 'doctorate'];
export const THEORY_LEVELS = ['elementary', 'intermediate', 'advanced'];

export const ctags = {
  /** A cadre holding at least one post. */
  active: 'c:active',
  fullTime: 'c:full-time',
  party: 'c:party',
  education: (level: string) => `c:edu:${level}`,
  theory: (level: string) => `c:theory:${level}`,
  age: (band: CadreAgeBand) => `c:age:${band}`,
  /** Target 3: an active cadre with a completion in the year (from that completion on). */
  trained: (year: number) => `c:trained:${year}`,
  /** Target 3: an active full-time cadre who has completed an IT and a data-analysis course. */
  digital: 'c:full-time-digital',
  /** Holders of a position (a cadre with two posts counts in each). */
  post: (position: string) => `c:post:${position}`,
  /** A chairwoman at a unit of the kind: at most one per unit (vacancies). */
  chairAt: (kind: string) => `c:chair-at:${kind}`,
  /** Target 4: leaders of the city union's departments and units, and those with a master's+. */
  leaders: 'c:leaders',
  leadersMaster: 'c:leaders-master',
  /** Target 4: key cadres at city and district (and, from the 2025 reform, commune) level. */
  key: 'c:key',
  keyMaster: 'c:key-master',
  /** Target 4: commune-level chairwomen under 40, and those with a university degree+. */
  youngChairs: 'c:young-chairs',
  youngChairsUniversity: 'c:young-chairs-university',
  /** A unit that should have a chairwoman, and one that has none (its own seat only). */
  seatUnits: 'c:seat-units',
  vacant: 'c:vacant',
  /** Courses held (from their start) and completions, by year, topic and form. */
  course: (year: number, topic: string, form: string) => `c:course:${year}:${topic}:${form}`,
  completion: (year: number, topic: string, form: string) =>
    `c:completion:${year}:${topic}:${form}`,
} as const;

/** What happened once (a course held, a completion): counted where and when it happened. */
export function isTrainingFlow(key: string): boolean {
  return key.startsWith('c:course:') || key.startsWith('c:completion:');
}

/** The two topics of target 3's digital skills. */
export const DIGITAL_TOPICS = ['it-digital-transformation', 'data-analysis'] as const;
