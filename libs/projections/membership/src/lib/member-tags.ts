// The membership figures as count tags in the unit rollups (counts-over-time.ts): a member counts
// in every subtree her branch is in, for the months she is there, like a unit below a unit.

/** `m:` keeps the member tags apart from the unit kinds and the units' own fact tags. */
export const ACTIVE = 'm:active';

/** The age bands of the union's reports, by the age reached in the year (birth year only). */
export const AGE_BANDS = ['18-30', '31-45', '46-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The first age of each band after the first. */
const BAND_STARTS: readonly [number, AgeBand][] = [
  [31, '31-45'],
  [46, '46-59'],
  [60, '60+'],
];

export const END_KINDS = ['left', 'deceased', 'removed'] as const;
export type EndKind = (typeof END_KINDS)[number];

export const tags = {
  age: (band: AgeBand) => `m:age:${band}`,
  group: (code: string) => `m:group:${code}`,
  fee: (year: number, status: 'paid' | 'waived') => `m:fee:${year}:${status}`,
  admitted: (year: number) => `m:admitted:${year}`,
  readmitted: (year: number) => `m:readmitted:${year}`,
  ended: (year: number, end: EndKind) => `m:ended:${year}:${end}`,
  transferredIn: (year: number) => `m:in:${year}`,
  transferredOut: (year: number) => `m:out:${year}`,
  /** At the lowest unit above both branches of a transfer: in and out there cancel out. */
  transferredWithin: (year: number) => `m:within:${year}`,
  partyIntroduced: (year: number) => `m:party-introduced:${year}`,
  partyAdmitted: (year: number) => `m:party-admitted:${year}`,
  exemplary: (year: number) => `m:exemplary:${year}`,
  /** 1 per grassroots union, itself included (member-figures.ts). */
  grassroots: 'm:grassroots',
  /** Open clubs and models (CLB, mô hình) of a type, and the members in them. */
  clubs: (type: string) => `m:clubs:${type}`,
  clubMembers: (type: string) => `m:club-members:${type}`,
  /** A grassroots union's latest women population (women 18+ in its area), summed upwards. */
  women: 'm:women',
  /** 1 for a grassroots union whose active members are over 60% of its women population. */
  attracting: 'm:attracting',
} as const;

/** The years (1 January) on which a woman born in the year enters each later band. */
export function bandChanges(birthYear: number): { year: number; band: AgeBand }[] {
  return BAND_STARTS.map(([from, band]) => ({ year: birthYear + from, band }));
}

/** What happened once (counted where and when it happened), as opposed to what members are. */
const FLOWS = [
  'admitted',
  'readmitted',
  'ended',
  'in',
  'out',
  'within',
  'party-introduced',
  'party-admitted',
  'exemplary',
].map((name) => `m:${name}:`);

export function isMemberFlow(key: string): boolean {
  return FLOWS.some((prefix) => key.startsWith(prefix));
}
