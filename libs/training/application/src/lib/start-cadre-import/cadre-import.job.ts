import { JobStore, type JobRecord } from '@vwu/platform-jobs';
import type { TableFormat } from '@vwu/platform-tabular';
import type { CadreSheetRow } from './cadre-rows';

/** A row the job will register: checked whole, with the ids it gets. */
export interface PlannedCadre extends CadreSheetRow {
  /** Derived from the job and the row: a resumed job registers her under the same id. */
  readonly cadreId: string;
  readonly postId: string;
}

/**
 * An accepted cadre list: every row valid, registering in batches, resumable from `done`. Holds
 * no personal data (the rows are sealed); its id comes from the caller and the content.
 */
export interface CadreImportJob extends JobRecord {
  readonly fileName: string;
  readonly format: TableFormat;
  /** Who uploaded: the actor of every registration, and the scope re-checked at run time. */
  readonly userId: string;
  readonly roles: readonly string[];
  readonly scopeUnitId: string;
  readonly correlationId: string;
}

/** The import jobs and their rows, sealed under a key of the job's own (see MongoJobStore). */
export abstract class CadreImportJobs extends JobStore<CadreImportJob, PlannedCadre> {}
