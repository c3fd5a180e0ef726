import type { Model, QueryFilter } from 'mongoose';
import { decodeKeyset, encodeKeyset } from './keyset';
import type { UnitView } from './unit-read-model';

export interface UnitDto {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
  readonly ancestorIds: readonly string[];
  readonly establishedOn: string;
  readonly status: 'active' | 'closed';
  /** How and when the unit ended; absent while it is active. */
  readonly closure?: {
    readonly reason: string;
    readonly successorId: string | null;
    readonly on: string;
  };
  readonly ratings: Readonly<Record<string, string>>;
  readonly population?: { readonly asOf: string; readonly women: number };
  readonly lastInspection?: {
    readonly on: string;
    readonly passed: boolean;
    readonly inspectorUnitId: string;
  };
  readonly version: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass back as `after` for the next page; absent on the last page. */
  readonly nextCursor?: string;
}

export function toDto(view: UnitView): UnitDto {
  const { _id, name, kind, parentId, ancestorIds, establishedOn, version } = view;
  const { closure, population, lastInspection } = view;
  // FerretDB 1.24 drops null and [] from an upsert's $setOnInsert (ADR 0001): absent means that.
  return {
    id: _id,
    name,
    kind,
    parentId: parentId ?? null,
    ancestorIds: ancestorIds ?? [],
    establishedOn,
    status: view.status ?? 'active',
    ...(closure ? { closure } : {}),
    ratings: view.ratings ?? {},
    ...(population ? { population } : {}),
    ...(lastInspection ? { lastInspection } : {}),
    version,
  };
}

function encodeCursor(view: Pick<UnitView, '_id' | 'nameKey'>): string {
  return encodeKeyset([view.nameKey, view._id]);
}

/** undefined for a cursor this service did not write. */
export function decodeCursor(cursor: string): [string, string] | undefined {
  return decodeKeyset(cursor, 2) as [string, string] | undefined;
}

function wasUnder(view: UnitView, parentId: string, asOf: string): boolean {
  return (view.placements ?? []).some(
    (p) => p.parentId === parentId && p.from <= asOf && asOf < p.to,
  );
}

export interface ChildrenPage {
  readonly limit: number;
  readonly after?: [string, string];
  /** YYYY-MM-DD: the tree as it was on that date. */
  readonly asOf?: string;
}

/** Reads of the units read model: precomputed documents, never a scan of the tree. */
export class UnitQueries {
  constructor(private readonly units: Model<UnitView>) {}

  async get(unitId: string): Promise<UnitDto | undefined> {
    const view = await this.units.findById(unitId).lean();
    return view ? toDto(view) : undefined;
  }

  /** The unit stream's version the read model has applied (0: not seen yet). */
  async versionOf(unitId: string): Promise<number> {
    const view = await this.units.findById(unitId, { version: 1 }).lean();
    return view?.version ?? 0;
  }

  /**
   * Children in name order, a page at a time (keyset pagination: stable under inserts). With
   * `asOf`, the children the unit had on that date (from the placements), closed ones included;
   * without, the active children now.
   */
  async children(parentId: string, page: ChildrenPage): Promise<Page<UnitDto>> {
    const { limit, after, asOf } = page;
    // As of a date: every unit that ever sat under the parent (a few hundred at most), then
    // those whose placement covers the date. ($elemMatch on sub-documents is not in FerretDB.)
    const placed: QueryFilter<UnitView> = asOf
      ? { parentIds: parentId }
      : { parentId, status: { $ne: 'closed' as const } };
    const filter: QueryFilter<UnitView> = after
      ? {
          ...placed,
          $or: [{ nameKey: { $gt: after[0] } }, { nameKey: after[0], _id: { $gt: after[1] } }],
        }
      : placed;
    const query = this.units.find(filter).sort({ nameKey: 1, _id: 1 });
    const views = asOf
      ? (await query.lean()).filter((v) => wasUnder(v, parentId, asOf)).slice(0, limit + 1)
      : await query.limit(limit + 1).lean();
    const items = views.slice(0, limit);
    const last = items.at(-1);
    return views.length > limit && last
      ? { items: items.map(toDto), nextCursor: encodeCursor(last) }
      : { items: items.map(toDto) };
  }
}
