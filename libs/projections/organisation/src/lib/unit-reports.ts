import type { Model, QueryFilter } from 'mongoose';
import { decodeKeyset, encodeKeyset } from './keyset';
import type { UnitHistoryEntry } from './unit-history';
import type { Page } from './unit-queries';
import type { UnitView } from './unit-read-model';

export interface HistoryLineDto {
  readonly id: string;
  readonly event: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly sequence: number;
  readonly data: Record<string, unknown>;
}

/** Units per kind in a subtree, and the rating and inspection figures of its branches. */
export interface SubtreeSummaryDto {
  readonly unitId: string;
  readonly year: number;
  /** Active units below the unit, by kind (the unit itself not counted). */
  readonly units: Record<string, number>;
  readonly branches: {
    readonly total: number;
    readonly rated: number;
    /** Rated excellent or good: the plan's target is 90% or more. */
    readonly goodOrBetter: number;
    /** goodOrBetter / total, 0 when there are no branches. */
    readonly goodOrBetterShare: number;
    /** Rated weak: the plan's target is none. */
    readonly weak: number;
    /** Not inspected in the year (every branch is to be inspected every year). */
    readonly notInspected: number;
  };
}

const KINDS = ['district', 'affiliated', 'grassroots', 'branch', 'group'];

function cursorOf(line: Pick<UnitHistoryEntry, 'recordedAt' | 'sequence' | '_id'>): string {
  return encodeKeyset([line.recordedAt.toISOString(), String(line.sequence), line._id]);
}

/** undefined for a cursor this service did not write. */
export function decodeHistoryCursor(cursor: string): [string, number, string] | undefined {
  const [at = '', sequence = '', id = ''] = decodeKeyset(cursor, 3) ?? [];
  const valid = !Number.isNaN(Date.parse(at)) && /^\d+$/.test(sequence);
  return valid ? [at, Number(sequence), id] : undefined;
}

/** Reports on the units read model: a unit's history and its subtree's figures. */
export class UnitReports {
  constructor(
    private readonly units: Model<UnitView>,
    private readonly history: Model<UnitHistoryEntry>,
  ) {}

  /** The unit's history in the order it was recorded, a page at a time (keyset pagination). */
  async historyOf(unitId: string, limit: number, after?: [string, number, string]) {
    const at = after ? new Date(after[0]) : undefined;
    const filter = after
      ? {
          unitId,
          $or: [
            { recordedAt: { $gt: at } },
            { recordedAt: at, sequence: { $gt: after[1] } },
            { recordedAt: at, sequence: after[1], _id: { $gt: after[2] } },
          ],
        }
      : { unitId };
    // Events of one commit share their time: the stream version orders them.
    const lines = await this.history
      .find(filter)
      .sort({ recordedAt: 1, sequence: 1, _id: 1 })
      .limit(limit + 1)
      .lean();
    const items = lines.slice(0, limit);
    const last = items.at(-1);
    const page: Page<HistoryLineDto> = {
      items: items.map((line) => ({
        id: line._id,
        event: line.event,
        recordedAt: line.recordedAt.toISOString(),
        actor: line.actor ?? null,
        sequence: line.sequence,
        data: line.data,
      })),
      ...(lines.length > limit && last ? { nextCursor: cursorOf(last) } : {}),
    };
    return page;
  }

  /** Counts over the unit's subtree as it is now (active units only). */
  async summary(unitId: string, year: number): Promise<SubtreeSummaryDto> {
    const active = { ancestorIds: unitId, status: { $ne: 'closed' } };
    // Count queries on the ancestors index; precomputed per-unit counters are the next step.
    const count = (filter: Record<string, unknown>) =>
      this.units.countDocuments({ ...active, ...filter } as QueryFilter<UnitView>);
    const perKind = await Promise.all(KINDS.map((kind) => count({ kind })));
    const branch = { kind: 'branch' };
    const grade = `ratings.${year}`;
    const [rated, goodOrBetter, weak, inspected] = await Promise.all([
      count({ ...branch, [grade]: { $exists: true } }),
      count({ ...branch, [grade]: { $in: ['excellent', 'good'] } }),
      count({ ...branch, [grade]: 'weak' }),
      count({ ...branch, inspectedYears: year }),
    ]);
    const total = perKind[KINDS.indexOf('branch')] ?? 0;
    return {
      unitId,
      year,
      units: Object.fromEntries(KINDS.map((kind, i) => [kind, perKind[i] ?? 0])),
      branches: {
        total,
        rated,
        goodOrBetter,
        goodOrBetterShare: total === 0 ? 0 : goodOrBetter / total,
        weak,
        notInspected: total - inspected,
      },
    };
  }
}
