import type { Model } from 'mongoose';
import type { Counts } from '@vwu/platform-counts-over-time';
import { isKind, ratingFigures, type RatingFigures } from './unit-figures';
import { ROLLED_UP_KINDS } from './unit-rollups';
import { decodeKeyset, encodeKeyset } from './keyset';
import type { UnitHistoryEntry } from './unit-history';
import type { Page } from './unit-queries';

export interface HistoryLineDto {
  readonly id: string;
  readonly event: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly sequence: number;
  readonly data: Record<string, unknown>;
}

/** Units per kind in a subtree on a date, and the rating and inspection figures of a year. */
export interface SubtreeSummaryDto {
  readonly unitId: string;
  readonly year: number;
  /** The date the subtree is taken on. */
  readonly asOf: string;
  /** Active units below the unit on the date, by kind (the unit itself not counted). */
  readonly units: Record<string, number>;
  /** The branches (chi hội): the plan's targets are 90% good or better, none weak. */
  readonly branches: RatingFigures;
  /** The grassroots unions (cơ sở Hội), rated and inspected as branches are. */
  readonly grassroots: RatingFigures;
}

/** The summary from the counts rolled up below the unit on the date (one precomputed read). */
export function subtreeSummary(
  unitId: string,
  period: { readonly year: number; readonly asOf: string },
  counts: Counts,
): SubtreeSummaryDto {
  const units = Object.fromEntries(ROLLED_UP_KINDS.map((kind) => [kind, counts[kind] ?? 0]));
  for (const [key, n] of Object.entries(counts)) if (isKind(key)) units[key] = n;
  return {
    unitId,
    ...period,
    units,
    branches: ratingFigures(counts, 'branch', period.year),
    grassroots: ratingFigures(counts, 'grassroots', period.year),
  };
}

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
  constructor(private readonly history: Model<UnitHistoryEntry>) {}

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
}
