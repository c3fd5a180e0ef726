import type { Counts, Segment } from '@vwu/platform-counts-over-time';
import {
  ACTIVE,
  AGE_BANDS,
  END_KINDS,
  isMemberFlow,
  tags,
  type AgeBand,
  type EndKind,
} from './member-tags';

/** The union's congress terms are five years: 2022–2026 (plan 39/KH-BCH), 2027–2031, … */
export function termOf(year: number): { from: number; to: number } {
  const from = 2022 + 5 * Math.floor((year - 2022) / 5);
  return { from, to: from + 4 };
}

/** Over 60% of the women 18+ in the area (plan 39/KH-BCH, target 1), in integers. */
const attracts = (active: number, women: number) => women > 0 && active * 5 > women * 3;

/**
 * A grassroots union's own figures, added to its rolled-up segments: it counts itself, its
 * latest women population, and whether its active members are over 60% of it at each date.
 * Its parent adds them for the days it sat there, so every subtree knows how many of its
 * grassroots unions reach the target without reading them one by one.
 */
export function attractionFigures(
  unit: { readonly kind: string; readonly population?: { readonly women: number } },
  segments: Segment[],
): Segment[] {
  if (unit.kind !== 'grassroots') return segments;
  const women = unit.population?.women ?? 0;
  const all: Segment[] =
    segments[0]?.from === '0000-01-01'
      ? segments
      : [{ from: '0000-01-01', counts: {} }, ...segments];
  return all.map(({ from, counts }) => {
    const own: Record<string, number> = { ...counts };
    own[tags.grassroots] = (counts[tags.grassroots] ?? 0) + 1;
    if (women > 0) own[tags.women] = (counts[tags.women] ?? 0) + women;
    if (attracts(counts[ACTIVE] ?? 0, women))
      own[tags.attracting] = (counts[tags.attracting] ?? 0) + 1;
    return { from, counts: own };
  });
}

/** How the units' rollups carry the membership figures (UnitRollupProjection's RollupFigures). */
export const MEMBERSHIP_ROLLUP_FIGURES = {
  ownFigures: attractionFigures,
  isFlow: isMemberFlow,
} as const;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function sumYears(
  counts: Counts,
  tag: (year: number) => string,
  years: { from: number; to: number },
) {
  let sum = 0;
  for (let year = years.from; year <= years.to; year += 1) sum += counts[tag(year)] ?? 0;
  return sum;
}

/** The special groups present in the counts (codes may come that this service does not know). */
function specialGroups(counts: Counts): Record<string, number> {
  const prefix = tags.group('');
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([key, n]) => key.startsWith(prefix) && n > 0)
      .map(([key, n]) => [key.slice(prefix.length), n]),
  );
}

/** Open clubs and their members by type (a member in two clubs counts in each). */
function clubFigures(counts: Counts) {
  const byType: Record<string, { clubs: number; members: number }> = {};
  for (const [key, n] of Object.entries(counts)) {
    const [, what, type] = key.split(':');
    if (type === undefined || (what !== 'clubs' && what !== 'club-members')) continue;
    const entry = (byType[type] ??= { clubs: 0, members: 0 });
    if (what === 'clubs') entry.clubs += n;
    else entry.members += n;
  }
  const all = Object.values(byType);
  return {
    open: all.reduce((sum, e) => sum + e.clubs, 0),
    members: all.reduce((sum, e) => sum + e.members, 0),
    byType,
  };
}

/** A subtree's membership figures on a date (of its month) and for a year, from its counts. */
export function memberFigures(counts: Counts, year: number) {
  const n = (key: string) => counts[key] ?? 0;
  const active = n(ACTIVE);
  const term = termOf(year);
  const paid = n(tags.fee(year, 'paid'));
  const waived = n(tags.fee(year, 'waived'));
  const transfersIn = n(tags.transferredIn(year)) - n(tags.transferredWithin(year));
  const transfersOut = n(tags.transferredOut(year)) - n(tags.transferredWithin(year));
  return {
    active,
    term,
    admittedInYear: n(tags.admitted(year)),
    admittedInTerm: sumYears(counts, tags.admitted, term),
    readmittedInYear: n(tags.readmitted(year)),
    endedInYear: Object.fromEntries(
      END_KINDS.map((end) => [end, n(tags.ended(year, end))]),
    ) as Record<EndKind, number>,
    specialGroups: specialGroups(counts),
    ageBands: Object.fromEntries(AGE_BANDS.map((band) => [band, n(tags.age(band))])) as Record<
      AgeBand,
      number
    >,
    fees: {
      paid,
      waived,
      unpaid: active - paid - waived,
      paymentRate: share(paid, active - waived),
    },
    transfers: { in: transfersIn, out: transfersOut },
    party: { introduced: n(tags.partyIntroduced(year)), admitted: n(tags.partyAdmitted(year)) },
    exemplary: n(tags.exemplary(year)),
    clubs: clubFigures(counts),
    attraction: {
      womenPopulation: n(tags.women),
      rate: share(active, n(tags.women)),
      grassroots: n(tags.grassroots),
      grassrootsOver60: n(tags.attracting),
      grassrootsOver60Share: share(n(tags.attracting), n(tags.grassroots)),
    },
  };
}

export type MemberFigures = ReturnType<typeof memberFigures>;
