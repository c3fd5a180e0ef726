import { JobStore } from '@vwu/platform-jobs';
import type { UploadJob } from '@vwu/platform-imports';
import type { PlannedMember } from './member-import-plan';

export type MemberImportStatus = MemberImportJob['status'];

/**
 * An accepted member list: every row valid, admitting in batches, resumable from `done`. Holds
 * no personal data: names, dates and numbers stay in the rows, which are sealed. Its id is
 * derived from the caller and the content: the same file from the same user is the same job.
 * The uploader (`userId`, `roles`, `scopeUnitId`) is the actor of every admission.
 */
export type MemberImportJob = UploadJob;

/**
 * The import jobs and their rows, kept by the service. The rows carry personal data: a store
 * keeps them sealed (under a data key of the job's own, erased when the job completes), never
 * in clear; a failed job keeps them for a retry (the same file again).
 */
export abstract class MemberImportJobs extends JobStore<MemberImportJob, PlannedMember> {}
