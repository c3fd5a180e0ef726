import type { LeasedJob } from '@vwu/platform-event-sourcing';
import type { FieldError } from '@vwu/platform-problems';
import type { TableFormat } from '@vwu/platform-tabular';
import type { PlannedMember } from './member-import-plan';

export type MemberImportStatus = 'running' | 'completed' | 'failed';

/**
 * An accepted member list: every row valid, admitting in batches, resumable from `done`. Holds
 * no personal data: names, dates and numbers stay in the rows, which are sealed.
 */
export interface MemberImportJob extends LeasedJob {
  /** Derived from the caller and the content: the same file from the same user is the same job. */
  readonly id: string;
  readonly fileName: string;
  readonly format: TableFormat;
  readonly total: number;
  /** Rows admitted so far, in file order: a resumed job goes on from here. */
  readonly done: number;
  readonly status: MemberImportStatus;
  /** Who uploaded: the actor of every admission, and the scope re-checked at run time. */
  readonly userId: string;
  readonly roles: readonly string[];
  readonly scopeUnitId: string;
  readonly correlationId: string;
  readonly createdAt: Date;
  readonly finishedAt?: Date;
  /** Why a job stopped: a row refused after validation (a branch closed, a CCCD taken meanwhile). */
  readonly failure?: FieldError;
}

/**
 * The import jobs and their rows, kept by the service. The rows carry personal data: a store
 * keeps them sealed (under a data key of the job's own, erased when the job completes), never
 * in clear.
 */
export abstract class MemberImportJobs {
  /** Stores a new job and its rows; if the job exists already, changes nothing and returns it. */
  abstract create(job: MemberImportJob, rows: readonly PlannedMember[]): Promise<MemberImportJob>;
  abstract get(id: string): Promise<MemberImportJob | undefined>;
  /** The next running job whose lease is free or expired, leased to `owner` for `leaseMs`. */
  abstract claim(owner: string, leaseMs: number): Promise<MemberImportJob | undefined>;
  /** A job's rows from position `from`, at most `limit`. */
  abstract rows(id: string, from: number, limit: number): Promise<readonly PlannedMember[]>;
  /** Records progress and renews the lease; false when the lease was lost to another runner. */
  abstract advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean>;
  /**
   * Ends the job: completed (its rows are shredded: their key erased, their chunks deleted), or
   * failed at a row (the rows are kept for a retry: the same file again).
   */
  abstract finish(id: string, owner: string, failure?: FieldError): Promise<void>;
}
