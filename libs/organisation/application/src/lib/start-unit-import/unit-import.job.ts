import { JobStore, type JobRecord } from '@vwu/platform-jobs';
import type { PlannedUnit } from './unit-import-plan';

export type ImportStatus = JobRecord['status'];

/** An accepted import: every row valid, establishing in plan order, resumable from `done`. */
export interface UnitImportJob extends JobRecord {
  readonly fileName: string;
  readonly format: string;
  readonly parentId: string;
  /** Who uploaded (the actor of every event the job writes) and the upload's trace. */
  readonly userId: string;
  readonly correlationId: string;
}

/** The import jobs and their planned rows, kept by the service. */
export abstract class UnitImportJobs extends JobStore<UnitImportJob, PlannedUnit> {}
