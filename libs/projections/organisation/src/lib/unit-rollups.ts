import { Schema, type Connection, type Model } from 'mongoose';
import type { Counts, Segment, Span } from '@vwu/platform-counts-over-time';
import { isKind } from './unit-figures';

/** A unit that ever sat directly under the rolled-up one: its kind and its stays there. */
export interface RollupChild {
  kind: string;
  /** What the child counts itself: its kind and its facts' tags (unit-figures.ts). */
  own?: Record<string, number>;
  spans: Span[];
  /** The first day it sat anywhere (Below.since): its flows from before count here if it sat here then. */
  since?: string;
}

/**
 * The active units below a unit, by kind, over time (the unit itself not counted): one document
 * per unit that ever had a child, so a tree of any size answers from one read per unit shown.
 */
export interface UnitRollup {
  _id: string;
  /** By child id; set whole from the child's view, so a redelivery writes the same value. */
  children?: Record<string, RollupChild>;
  /**
   * What each member adds to this unit over time (projections-membership), by member id: whole
   * values like the children's, rolled up with them.
   */
  members?: Record<string, Segment[]>;
  /**
   * The counts from each date on, recomputed from the children and their own segments; latest
   * first, so that a read as of a date projects just the segment in force ($elemMatch).
   */
  segments?: Segment[];
  /**
   * Raised by every write. A recompute writes only over the revision it read: a second
   * replica's write in between (new children, or its own recompute) makes it recompute.
   */
  rev?: number;
}

const schema = new Schema<UnitRollup>(
  {
    _id: { type: String },
    children: { type: Schema.Types.Mixed },
    members: { type: Schema.Types.Mixed },
    segments: { type: Schema.Types.Mixed },
    rev: { type: Number },
  },
  { versionKey: false, minimize: false },
);

export function unitRollups(connection: Connection, collection = 'unit_rollups') {
  return (
    (connection.models[collection] as Model<UnitRollup> | undefined) ??
    connection.model<UnitRollup>(collection, schema, collection)
  );
}

/** The kinds below the city union (the default catalogue): listed even when there are none. */
export const ROLLED_UP_KINDS = ['district', 'affiliated', 'grassroots', 'branch', 'group'];

/** Stored latest first; computed oldest first. */
export function oldestFirst(stored: readonly Segment[] | undefined): Segment[] {
  return [...(stored ?? [])].reverse();
}

/** The kinds only (no fact tags), each default kind listed even with none. */
function withEveryKind(counts: Counts): Record<string, number> {
  const kinds = Object.entries(counts).filter(([key]) => isKind(key));
  return {
    ...Object.fromEntries(ROLLED_UP_KINDS.map((kind) => [kind, 0])),
    ...Object.fromEntries(kinds),
  };
}

/** Reads of the rollups: one document per unit asked for, never the subtree. */
export class UnitRollupQueries {
  constructor(private readonly rollups: Model<UnitRollup>) {}

  /**
   * Active units below each unit on the date, by kind; a unit without children has zeros. The
   * store sends only the segment in force: a city's thousands of dated segments stay there.
   */
  async countsOf(
    unitIds: readonly string[],
    asOf: string,
  ): Promise<Map<string, Record<string, number>>> {
    const counts = await this.inForce(unitIds, asOf);
    return new Map(unitIds.map((id) => [id, withEveryKind(counts.get(id) ?? {})]));
  }

  /** Everything rolled up below each unit on the date: kinds and fact tags (unit-figures.ts). */
  async inForce(unitIds: readonly string[], asOf: string): Promise<Map<string, Counts>> {
    const inForce = { segments: { $elemMatch: { from: { $lte: asOf } } } };
    const docs = await this.rollups.find({ _id: { $in: [...new Set(unitIds)] } }, inForce).lean();
    return new Map(docs.map((doc) => [doc._id, doc.segments?.[0]?.counts ?? {}]));
  }
}
