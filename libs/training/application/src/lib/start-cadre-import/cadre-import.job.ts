import type { UploadJob } from '@vwu/platform-imports';
import { JobStore } from '@vwu/platform-jobs';
import type { CadreSheetRow } from './cadre-rows';

/** A row the job will register: checked whole, with the ids it gets. */
export interface PlannedCadre extends CadreSheetRow {
  /** Derived from the job and the row: a resumed job registers her under the same id. */
  readonly cadreId: string;
  readonly postId: string;
}

/**
 * An accepted cadre list: every row valid, registering in batches, resumable from `done`. Holds
 * no personal data (the rows are sealed); its id comes from the caller and the content. The
 * uploader (`userId`, `roles`, `scopeUnitId`) is the actor of every registration.
 */
export type CadreImportJob = UploadJob;

/** The import jobs and their rows, sealed under a key of the job's own (see MongoJobStore). */
export abstract class CadreImportJobs extends JobStore<CadreImportJob, PlannedCadre> {}
