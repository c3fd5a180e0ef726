import { OPEN_END } from '@vwu/platform-counts-over-time';
import { Schema, type Connection, type Model } from 'mongoose';

/** The end of a placement that has not ended: dates compare as strings. */
export { OPEN_END };

/** Where a unit sat, from one date (inclusive) to another (exclusive): the tree as of a date. */
export interface Placement {
  parentId: string | null;
  from: string;
  to: string;
}

/** A unit as the dashboards and the API read it; built from the organisation events only. */
export interface UnitView {
  _id: string;
  name: string;
  /** Lowercased name: the sort key of a children listing (the local store has no collation). */
  nameKey: string;
  kind: string;
  parentId: string | null;
  /** From the root down to the parent, as the tree is now. */
  ancestorIds: string[];
  establishedOn: string;
  status: 'active' | 'closed';
  closure?: { reason: 'merged' | 'dissolved'; successorId: string | null; on: string };
  /** Every parent the unit had, in date order; the last one is open unless the unit closed. */
  placements: Placement[];
  /** Every parent the unit ever had: the index of the as-of children query. */
  parentIds: string[];
  /** The grade in force per year (xếp loại), corrections applied. */
  ratings: Record<string, string>;
  /** Years in which at least one charter inspection was recorded. */
  inspectedYears: number[];
  lastInspection?: { on: string; passed: boolean; inspectorUnitId: string };
  /** The latest women population (women aged 18+ in the area) by its reference date. */
  population?: { asOf: string; women: number };
  /** The unit stream's version this view reflects: what a read-your-writes read waits for. */
  version: number;
  /** When the last applied event was recorded. */
  updatedAt: Date;
}

const placementSchema = new Schema<Placement>(
  {
    parentId: { type: String, default: null },
    from: { type: String, required: true },
    to: { type: String, required: true },
  },
  { _id: false },
);

const unitViewSchema = new Schema<UnitView>(
  {
    _id: { type: String },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    kind: { type: String, required: true },
    parentId: { type: String, default: null },
    ancestorIds: { type: [String], required: true },
    establishedOn: { type: String, required: true },
    status: { type: String, default: 'active' },
    closure: { type: Schema.Types.Mixed },
    placements: { type: [placementSchema], default: [] },
    parentIds: { type: [String], default: [] },
    ratings: { type: Schema.Types.Mixed, default: {} },
    inspectedYears: { type: [Number], default: [] },
    lastInspection: { type: Schema.Types.Mixed },
    population: { type: Schema.Types.Mixed },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
unitViewSchema.index({ parentId: 1, nameKey: 1, _id: 1 });
unitViewSchema.index({ ancestorIds: 1, kind: 1 });
unitViewSchema.index({ parentIds: 1 });

export function unitViews(connection: Connection, collection = 'units'): Model<UnitView> {
  return (
    (connection.models[collection] as Model<UnitView> | undefined) ??
    connection.model<UnitView>(collection, unitViewSchema, collection)
  );
}

export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}
