import type { LeasedJob } from './leased-job-runner';

/** Why a job stopped: the row or step refused (a FieldError of platform-http, structurally). */
export interface JobFailure {
  readonly field: string;
  readonly reason: string;
  readonly row?: number;
  readonly column?: string;
}

export type JobStatus = 'running' | 'completed' | 'failed';

/** What every job records, whatever it does: the rest (who, which file or plan) is its own. */
export interface JobRecord extends LeasedJob {
  /** Derived from what was sent and by whom: the same upload or plan again is the same job. */
  readonly id: string;
  readonly status: JobStatus;
  /** Rows or steps in the job. */
  readonly total: number;
  /** Rows or steps done so far, in order: a resumed job goes on from here. */
  readonly done: number;
  readonly createdAt: Date;
  readonly finishedAt?: Date;
  /** Why the job stopped: a row or step refused after validation (the data changed meanwhile). */
  readonly failure?: JobFailure;
}

/**
 * The jobs of one kind and their rows (or steps), kept by the service. A port: the Mongo store
 * of `@vwu/platform-jobs/mongo` implements it; each job's port is `abstract class X extends
 * JobStore<XJob, XRow> {}`, which doubles as its injection token.
 */
export abstract class JobStore<J extends JobRecord, R> {
  /**
   * Stores a new job and its rows (the rows first: a job is never visible without them). If the
   * job exists already it is returned as it is, and a failed one runs again from where it stopped.
   */
  abstract create(job: J, rows: readonly R[]): Promise<J>;
  abstract get(id: string): Promise<J | undefined>;
  /** A failed job asked for again: running from where it stopped. */
  abstract retry(id: string): Promise<void>;
  /** The next running job whose lease is free or expired, leased to `owner` for `leaseMs`. */
  abstract claim(owner: string, leaseMs: number): Promise<J | undefined>;
  /** A job's rows from position `from`, at most `limit`. */
  abstract rows(id: string, from: number, limit: number): Promise<readonly R[]>;
  /** Records progress and renews the lease; false when the lease was lost to another runner. */
  abstract advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean>;
  /** Ends the job: completed, or failed at the row or step that was refused. */
  abstract finish(id: string, owner: string, failure?: JobFailure): Promise<void>;
}

/** Percent done with one decimal, rounded down: 100 only when every row or step is done. */
export function percentDone(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((done * 1000) / total) / 10;
}
