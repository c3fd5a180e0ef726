import { Schema, type Connection, type Model } from 'mongoose';

/** A unit as the dashboards and the API read it; built from the organisation events only. */
export interface UnitView {
  _id: string;
  name: string;
  /** Lowercased name: the sort key of a children listing (the local store has no collation). */
  nameKey: string;
  kind: string;
  parentId: string | null;
  /** From the root down to the parent. */
  ancestorIds: string[];
  establishedOn: string;
  /** The unit stream's version this view reflects: what a read-your-writes read waits for. */
  version: number;
  /** When the last applied event was recorded. */
  updatedAt: Date;
}

const unitViewSchema = new Schema<UnitView>(
  {
    _id: { type: String },
    name: { type: String, required: true },
    nameKey: { type: String, required: true },
    kind: { type: String, required: true },
    parentId: { type: String, default: null },
    ancestorIds: { type: [String], required: true },
    establishedOn: { type: String, required: true },
    version: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
unitViewSchema.index({ parentId: 1, nameKey: 1, _id: 1 });
unitViewSchema.index({ ancestorIds: 1 });

export function unitViews(connection: Connection, collection = 'units'): Model<UnitView> {
  return (
    (connection.models[collection] as Model<UnitView> | undefined) ??
    connection.model<UnitView>(collection, unitViewSchema, collection)
  );
}

export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}
