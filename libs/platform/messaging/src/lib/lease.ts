import { Schema, type Connection, type Model } from 'mongoose';

interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: Date;
}

const leaseSchema = new Schema<LeaseDocument>(
  {
    _id: { type: String },
    owner: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/**
 * A time-bound lock in the store: with several replicas of a service, exactly one relay
 * publishes, so one stream's events never race each other onto Kafka from two producers.
 */
export class Lease {
  private readonly leases: Model<LeaseDocument>;

  constructor(
    connection: Connection,
    private readonly name: string,
    private readonly owner: string,
    private readonly ttlMs = 15_000,
  ) {
    this.leases =
      (connection.models['leases'] as Model<LeaseDocument> | undefined) ??
      connection.model<LeaseDocument>('leases', leaseSchema, 'leases');
  }

  /** Takes or renews the lease; false while another owner holds an unexpired one. */
  async acquire(now = new Date()): Promise<boolean> {
    try {
      const lease = await this.leases
        .findOneAndUpdate(
          { _id: this.name, $or: [{ owner: this.owner }, { expiresAt: { $lt: now } }] },
          { $set: { owner: this.owner, expiresAt: new Date(now.getTime() + this.ttlMs) } },
          { upsert: true, returnDocument: 'after' },
        )
        .lean();
      return lease?.owner === this.owner;
    } catch (error) {
      // The upsert collided with a lease that another owner holds: not ours.
      if ((error as { code?: unknown }).code === 11000) return false;
      throw error;
    }
  }

  async release(): Promise<void> {
    await this.leases.deleteOne({ _id: this.name, owner: this.owner });
  }
}
