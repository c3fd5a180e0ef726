// The pure steps of the unit rollups (unit-rollup.projection.ts): which events roll up, which
// units a unit's stays touch, and the order in which dirty units recompute.
import type { PublicEvent } from '@vwu/contracts';
import { rollUp, type IsFlow, type Segment } from '@vwu/platform-counts-over-time';
import { unitFacts } from './unit-figures';
import { OPEN_END, type UnitView } from './unit-read-model';
import type { RollupChild, UnitRollup } from './unit-rollups';

/**
 * The events that change where a unit sits, or whether it exists, on some date, or what it
 * counts itself (its ratings and inspections: unit-figures.ts).
 */
export const ROLLED_UP: ReadonlySet<string> = new Set([
  'vn.vwu.organisation.UnitEstablished.v1',
  'vn.vwu.organisation.UnitMoved.v1',
  'vn.vwu.organisation.UnitsMerged.v1',
  'vn.vwu.organisation.UnitDissolved.v1',
  'vn.vwu.organisation.UnitRated.v1',
  'vn.vwu.organisation.UnitRatingCorrected.v1',
  'vn.vwu.organisation.UnitInspected.v1',
  'vn.vwu.organisation.WomenPopulationRecorded.v1',
]);

/** Events after which the subject's own document must exist: its own figures may change. */
const OWN_FIGURES: ReadonlySet<string> = new Set([
  'vn.vwu.organisation.WomenPopulationRecorded.v1',
]);

export type Placed = Pick<
  UnitView,
  '_id' | 'kind' | 'placements' | 'ancestorIds' | 'ratings' | 'inspectedYears' | 'population'
>;

/**
 * Figures a unit adds to its own segments once they are rolled up from below (a grassroots
 * union's women population and whether its members are over 60% of it): a pure function.
 */
export type OwnFigures = (unit: Placed, segments: Segment[]) => Segment[];

/** What other contexts add to the units' rollups (the membership figures). */
export interface RollupFigures {
  readonly ownFigures?: OwnFigures;
  /** Counts that are flows: kept where they happened (counts-over-time.ts). */
  readonly isFlow?: IsFlow;
}

/** Each member's contribution (projections-membership) as a child present at all times. */
export function membersBelow(members: Record<string, Segment[]> | undefined) {
  return Object.values(members ?? {}).map((segments) => ({
    kind: 'member',
    own: {},
    spans: [{ from: '0000-01-01', to: OPEN_END }],
    segments,
  }));
}
export type Views = Map<string, Placed | null>;

/** Every parent the unit ever had (its own or none, if not seen yet). */
export function parentsOf(view: Placed | null | undefined): string[] {
  const ids = (view?.placements ?? []).flatMap((p) => (p.parentId === null ? [] : [p.parentId]));
  return [...new Set(ids)];
}

/** The unit's stays under each of its parents, and the day it was first placed anywhere. */
export function staysOf(view: Placed): Map<string, RollupChild> {
  const stays = new Map<string, RollupChild>();
  const placements = view.placements ?? [];
  const since = placements.map((p) => p.from).sort()[0];
  for (const { parentId, from, to } of placements) {
    if (parentId === null) continue;
    const child = stays.get(parentId) ?? {
      kind: view.kind,
      own: unitFacts(view),
      spans: [],
      ...(since === undefined ? {} : { since }),
    };
    child.spans.push({ from, to });
    stays.set(parentId, child);
  }
  return stays;
}

/** The units whose own documents must exist after the batch, though nothing sits under them. */
export function ownFiguresOf(events: readonly PublicEvent[]): string[] {
  return [...new Set(events.filter((e) => OWN_FIGURES.has(e.type)).map((e) => e.subject))];
}

/** The dirty units lowest in the tree as it is now (not seen yet: last, they have no parent). */
export function deepest(dirty: ReadonlySet<string>, views: Views): string[] {
  const depth = (id: string) => views.get(id)?.ancestorIds?.length ?? -1;
  const lowest = Math.max(...[...dirty].map(depth));
  return [...dirty].filter((id) => depth(id) === lowest);
}

/**
 * A unit's segments from its rollup document: each child's stays over the child's segments,
 * its members' contributions, then its own figures (a pure function of what it reads).
 */
export function segmentsBelow(
  doc: Pick<UnitRollup, 'children' | 'members'>,
  segmentsOf: (childId: string) => readonly Segment[],
  view: Placed | null | undefined,
  figures: RollupFigures,
): Segment[] {
  const below = rollUp(
    [
      ...Object.entries(doc.children ?? {}).map(([id, child]) => ({
        ...child,
        segments: segmentsOf(id),
      })),
      ...membersBelow(doc.members),
    ],
    figures.isFlow,
  );
  return view && figures.ownFigures ? figures.ownFigures(view, below) : below;
}
