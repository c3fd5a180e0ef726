import type { JobRecord } from '@vwu/platform-jobs';
import type { TableFormat } from '@vwu/platform-tabular';

/** What an upload brings to its use case: the file, as the gateway received it. */
export interface UploadInput {
  readonly content: Buffer;
  readonly format: TableFormat;
  readonly fileName: string;
}

/**
 * An accepted sheet: every row valid, run in batches, resumable from `done`. Holds no personal
 * data (a store keeps the rows apart, sealed). Its id is derived from the caller and the
 * content: the same file from the same user is the same job.
 */
export interface UploadJob extends JobRecord {
  readonly fileName: string;
  readonly format: TableFormat;
  /** Who uploaded: the actor of every command the job runs, and the scope re-checked then. */
  readonly userId: string;
  readonly roles: readonly string[];
  readonly scopeUnitId: string;
  readonly correlationId: string;
}
