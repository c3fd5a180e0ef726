import type { Model } from 'mongoose';
import type { JobFailure } from '@vwu/platform-jobs';

/** The fields every job document has, whatever its kind (import, restructuring). */
export interface LeasedJobDocument {
  _id: string;
  status: string;
  done: number;
  createdAt: Date;
  leaseOwner?: string | null;
  leaseUntil?: Date | null;
}

/** The lease fields, as each job schema declares them. */
export const LEASE_FIELDS = {
  leaseOwner: { type: String, default: null },
  leaseUntil: { type: Date, default: null },
};

/**
 * The lifecycle of job documents in one collection: claimed by a lease, advanced while the
 * lease holds, finished (completed, or failed with the step that was refused), retried.
 */
export class LeasedJobDocuments<D extends LeasedJobDocument, J> {
  constructor(
    private readonly jobs: Model<D>,
    private readonly toJob: (document: D) => J,
  ) {}

  async get(id: string): Promise<J | undefined> {
    const found = (await this.jobs.findById(id).lean()) as D | null;
    return found ? this.toJob(found) : undefined;
  }

  /** A failed job asked for again: running from where it stopped. */
  async retry(id: string): Promise<void> {
    await this.jobs.updateOne(
      { _id: id, status: 'failed' },
      { $set: { status: 'running' }, $unset: { failure: 1, finishedAt: 1 } },
    );
  }

  async claim(owner: string, leaseMs: number): Promise<J | undefined> {
    const now = new Date();
    const claimed = (await this.jobs
      .findOneAndUpdate(
        { status: 'running', $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] },
        { $set: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) } },
        { sort: { createdAt: 1 }, returnDocument: 'after' },
      )
      .lean()) as D | null;
    return claimed ? this.toJob(claimed) : undefined;
  }

  async advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean> {
    const leaseUntil = new Date(Date.now() + leaseMs);
    const result = await this.jobs.updateOne(
      { _id: id, leaseOwner: owner },
      { $set: { done, leaseUntil } },
    );
    return result.matchedCount === 1;
  }

  async finish(id: string, owner: string, failure?: JobFailure): Promise<void> {
    const status = failure ? 'failed' : 'completed';
    await this.jobs.updateOne(
      { _id: id, leaseOwner: owner },
      {
        $set: { status, finishedAt: new Date(), ...(failure ? { failure } : {}) },
        $unset: { leaseOwner: 1, leaseUntil: 1 },
      },
    );
  }
}
