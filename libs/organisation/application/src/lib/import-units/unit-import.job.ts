import type { FieldError } from '@vwu/platform-problems';
import type { PlannedUnit } from './unit-import-plan';

export type ImportStatus = 'running' | 'completed' | 'failed';

/** An accepted import: every row valid, establishing in order, resumable from `done`. */
export interface UnitImportJob {
  /** Derived from the content and the parent: the same upload is the same job. */
  readonly id: string;
  readonly fileName: string;
  readonly format: string;
  readonly parentId: string;
  readonly total: number;
  /** Rows established so far, in plan order: a resumed job goes on from here. */
  readonly done: number;
  readonly status: ImportStatus;
  /** Who uploaded (the actor of every event the job writes) and the upload's trace. */
  readonly userId: string;
  readonly correlationId: string;
  readonly createdAt: Date;
  readonly finishedAt?: Date;
  /** Why a job stopped: a row that the tree refused after validation (changed meanwhile). */
  readonly failure?: FieldError;
}

/** The import jobs and their planned rows, kept by the service (a Mongo collection). */
export abstract class UnitImportJobs {
  /** Stores a new job and its rows; if the job exists already, changes nothing and returns it. */
  abstract create(job: UnitImportJob, rows: readonly PlannedUnit[]): Promise<UnitImportJob>;
  abstract get(id: string): Promise<UnitImportJob | undefined>;
  /** The next running job whose lease is free or expired, leased to `owner` for `leaseMs`. */
  abstract claim(owner: string, leaseMs: number): Promise<UnitImportJob | undefined>;
  /** A job's planned rows from position `from`, at most `limit`. */
  abstract rows(id: string, from: number, limit: number): Promise<readonly PlannedUnit[]>;
  /** Records progress and renews the lease; false when the lease was lost to another runner. */
  abstract advance(id: string, owner: string, done: number, leaseMs: number): Promise<boolean>;
  abstract finish(id: string, owner: string, failure?: FieldError): Promise<void>;
}
