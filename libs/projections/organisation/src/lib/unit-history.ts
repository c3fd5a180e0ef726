import type { PublicEvent } from '@vwu/contracts';
import { Schema, type AnyBulkWriteOperation, type Connection, type Model } from 'mongoose';

/** One line of a unit's history: an event of its stream, or a successor receiving a unit. */
export interface UnitHistoryEntry {
  _id: string;
  unitId: string;
  /** The short event name, e.g. UnitMoved; `UnitReceived` on the successor of a closure. */
  event: string;
  recordedAt: Date;
  /** The account that made the request (CloudEvents actorid). */
  actor: string | null;
  /** The stream version for the unit's own events; 0 for lines about a related unit. */
  sequence: number;
  data: Record<string, unknown>;
}

const schema = new Schema<UnitHistoryEntry>(
  {
    _id: { type: String },
    unitId: { type: String, required: true },
    event: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    actor: { type: String, default: null },
    sequence: { type: Number, required: true },
    data: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);
schema.index({ unitId: 1, recordedAt: 1, sequence: 1, _id: 1 });

export function unitHistory(connection: Connection, collection = 'unit_history') {
  return (
    (connection.models[collection] as Model<UnitHistoryEntry> | undefined) ??
    connection.model<UnitHistoryEntry>(collection, schema, collection)
  );
}

/** vn.vwu.organisation.UnitMoved.v1 → UnitMoved */
function shortName(type: string): string {
  return type.split('.').at(-2) ?? type;
}

/** Idempotent: each line's id is derived from the event id, so a redelivery rewrites it. */
export function historyWrites(event: PublicEvent): AnyBulkWriteOperation<UnitHistoryEntry>[] {
  const base = {
    recordedAt: new Date(event.time),
    actor: event.actorid ?? null,
    data: { ...event.data } as Record<string, unknown>,
  };
  const entries: UnitHistoryEntry[] = [
    {
      _id: event.id,
      unitId: event.subject,
      event: shortName(event.type),
      sequence: Number(event.sequence),
      ...base,
    },
  ];
  const successorId =
    event.type === 'vn.vwu.organisation.UnitsMerged.v1' ||
    event.type === 'vn.vwu.organisation.UnitDissolved.v1'
      ? event.data.successorId
      : null;
  if (successorId)
    entries.push({
      _id: `${event.id}:successor`,
      unitId: successorId,
      event: 'UnitReceived',
      sequence: 0,
      ...base,
      data: { ...base.data, closing: shortName(event.type) },
    });
  return entries.map((entry) => ({
    replaceOne: { filter: { _id: entry._id }, replacement: entry, upsert: true },
  }));
}
