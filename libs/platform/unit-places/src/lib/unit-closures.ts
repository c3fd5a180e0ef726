import { BRANCH_CLOSURE_ACTOR, isContextEvent, type PublicEvent } from '@vwu/contracts';
import { Schema, type Connection, type Model } from 'mongoose';

/** A closed unit (merged, or dissolved with or without a successor), as another service keeps it. */
export interface UnitClosure {
  _id: string;
  /** Where its children and people went; null for a unit dissolved empty. */
  successorId: string | null;
  /** Its first day closed. */
  on: string;
  recordedAt: Date;
}

const schema = new Schema<UnitClosure>(
  {
    _id: { type: String },
    successorId: { type: String, default: null },
    on: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * The system acts for the organisation context's decision in the services' process managers of
 * closed units; their deciders still check every command.
 */
export const CLOSURE_ACTOR = {
  userId: BRANCH_CLOSURE_ACTOR,
  roles: [] as string[],
  scopeUnitId: '',
  correlationId: 'units-merged',
} as const;

function closureOf(event: PublicEvent): Omit<UnitClosure, 'recordedAt'> | undefined {
  if (!isContextEvent('organisation', event)) return undefined;
  if (event.type === 'vn.vwu.organisation.UnitsMerged.v1')
    return { _id: event.subject, successorId: event.data.successorId, on: event.data.mergedOn };
  if (event.type === 'vn.vwu.organisation.UnitDissolved.v1')
    return { _id: event.subject, successorId: event.data.successorId, on: event.data.dissolvedOn };
  return undefined;
}

/**
 * The closures of units, recorded from the organisation topic (idempotent: the first record of
 * a unit's closure stays), for a process manager that sweeps what the closed units still hold.
 */
export class UnitClosures {
  readonly model: Model<UnitClosure>;

  constructor(connection: Connection, collection: string) {
    this.model =
      (connection.models[collection] as Model<UnitClosure> | undefined) ??
      connection.model<UnitClosure>(collection, schema, collection);
  }

  async record(events: readonly PublicEvent[]): Promise<void> {
    const recordedAt = new Date();
    const writes = events
      .flatMap((event) => closureOf(event) ?? [])
      .map((closure) => ({
        updateOne: {
          filter: { _id: closure._id },
          update: { $setOnInsert: { ...closure, recordedAt } },
          upsert: true,
        },
      }));
    if (writes.length > 0) await this.model.bulkWrite(writes, { ordered: false });
  }

  /** The closures recorded in the last `forMs` before `now`. */
  recent(now: Date, forMs: number): Promise<UnitClosure[]> {
    const since = new Date(now.getTime() - forMs);
    return this.model.find({ recordedAt: { $gte: since } }).lean();
  }
}
