import { PendingClosures, type PendingClosure } from '@vwu/organisation-application';
import { Schema, type Connection, type Model } from 'mongoose';

interface PendingClosureDocument extends Omit<PendingClosure, 'unitId'> {
  _id: string;
  recordedAt: Date;
}

const schema = new Schema<PendingClosureDocument>(
  {
    _id: { type: String },
    reason: { type: String, required: true },
    successorId: { type: String, default: null },
    on: { type: String, required: true },
    userId: { type: String, required: true },
    correlationId: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);

/** Pending closures in the service's own database, one document per closing unit. */
export class MongoPendingClosures extends PendingClosures {
  private readonly model: Model<PendingClosureDocument>;

  constructor(connection: Connection) {
    super();
    this.model =
      (connection.models['pending_closures'] as Model<PendingClosureDocument> | undefined) ??
      connection.model<PendingClosureDocument>('pending_closures', schema, 'pending_closures');
  }

  async record({ unitId, ...closure }: PendingClosure): Promise<void> {
    await this.model.updateOne(
      { _id: unitId },
      { $set: { ...closure, recordedAt: new Date() } },
      { upsert: true },
    );
  }

  async done(unitId: string): Promise<void> {
    await this.model.deleteOne({ _id: unitId });
  }

  async all(): Promise<readonly PendingClosure[]> {
    const found = await this.model.find().sort({ recordedAt: 1 }).lean();
    return found.map(({ _id, recordedAt: _at, ...closure }) => ({
      unitId: _id,
      ...closure,
      successorId: closure.successorId ?? null,
    }));
  }
}
