import type { PositionFigure } from '@vwu/contracts';

/** A label as the UI shows it: Vietnamese first, English second. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

export interface PositionDefinition {
  readonly label: Label;
  /** The unit kinds (organisation's catalogue) that have this position. */
  readonly unitKinds: readonly string[];
  /** At most one holder per unit at a time (a reservation of the application). */
  readonly single: boolean;
  /**
   * What the plan's figures count it as: head (vacancies, young chairwomen), key (cán bộ chủ
   * chốt), unit-leadership and department-leadership (target 4's leaders of the city union's
   * units and departments). Its appointments carry them, so the figures need no catalogue.
   */
  readonly figures: readonly PositionFigure[];
}

const LEADERSHIP_KINDS = ['province', 'district', 'grassroots', 'affiliated'] as const;

/**
 * The positions (chức vụ) and where they exist, as the platform ships them: like the unit
 * kinds, a deployment may load another catalogue. Departments (ban) are those of the province
 * or city union.
 */
export const DEFAULT_POSITION_CATALOGUE: Readonly<Record<string, PositionDefinition>> = {
  chairwoman: {
    label: { vi: 'Chủ tịch', en: 'Chairwoman' },
    unitKinds: LEADERSHIP_KINDS,
    single: true,
    figures: ['head', 'key', 'unit-leadership'],
  },
  'vice-chair': {
    label: { vi: 'Phó Chủ tịch', en: 'Vice-chair' },
    unitKinds: LEADERSHIP_KINDS,
    single: false,
    figures: ['key', 'unit-leadership'],
  },
  'standing-committee': {
    label: { vi: 'Ủy viên Ban Thường vụ', en: 'Standing committee member' },
    unitKinds: LEADERSHIP_KINDS,
    single: false,
    figures: ['key'],
  },
  'executive-committee': {
    label: { vi: 'Ủy viên Ban Chấp hành', en: 'Executive committee member' },
    unitKinds: LEADERSHIP_KINDS,
    single: false,
    figures: [],
  },
  'department-head': {
    label: { vi: 'Trưởng ban', en: 'Head of a department' },
    unitKinds: ['province'],
    single: false,
    figures: ['department-leadership'],
  },
  'department-deputy': {
    label: { vi: 'Phó Trưởng ban', en: 'Deputy head of a department' },
    unitKinds: ['province'],
    single: false,
    figures: ['department-leadership'],
  },
  'branch-head': {
    label: { vi: 'Chi hội trưởng', en: 'Branch head' },
    unitKinds: ['branch'],
    single: true,
    figures: [],
  },
  'group-head': {
    label: { vi: 'Tổ trưởng', en: "Women's group head" },
    unitKinds: ['group'],
    single: true,
    figures: [],
  },
};

/** What the targets count about a cadre, each as of a day, and the values each may take. */
export const QUALIFICATIONS = {
  education: ['intermediate', 'college', 'university', 'master', 'doctorate'],
  'political-theory': ['elementary', 'intermediate', 'advanced'],
  party: ['member', 'not-member'],
  'full-time': ['full-time', 'part-time'],
} as const;

export type Qualification = keyof typeof QUALIFICATIONS;

export function isQualification(fact: string): fact is Qualification {
  return Object.hasOwn(QUALIFICATIONS, fact);
}

export function isQualificationValue(fact: Qualification, value: string): boolean {
  return (QUALIFICATIONS[fact] as readonly string[]).includes(value);
}

/** Why a post ends; `unit-closed` only by the process manager of merged or dissolved units. */
export const POST_END_REASONS = [
  'term-ended',
  'resigned',
  'retired',
  'dismissed',
  'unit-closed',
] as const;

export type PostEndReason = (typeof POST_END_REASONS)[number];

/** Khen thưởng: the awards a cadre's record keeps, by year (configuration, like positions). */
export const AWARDS: Readonly<Record<string, Label>> = {
  'nguyen-thi-dinh-prize': { vi: 'Giải thưởng Nguyễn Thị Định', en: 'Nguyễn Thị Định prize' },
  'good-grassroots-cadre': { vi: 'Cán bộ Hội cơ sở giỏi', en: 'Good grassroots cadre' },
  'central-certificate-of-merit': {
    vi: 'Bằng khen của Trung ương Hội',
    en: "Certificate of merit of the Central Women's Union",
  },
  'city-certificate-of-merit': {
    vi: 'Bằng khen của Thành Hội',
    en: "Certificate of merit of the city women's union",
  },
};

export function isAward(award: string): boolean {
  return Object.hasOwn(AWARDS, award);
}

/** Cadres are adults: her record may not open before she is 18. */
export const MIN_CADRE_AGE = 18;
