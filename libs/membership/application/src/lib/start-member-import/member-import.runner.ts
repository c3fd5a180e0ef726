import { Injectable, Logger } from '@nestjs/common';
import { JobRunner, type StepPosition } from '@vwu/platform-jobs';
import { ImportAdmissions } from './import-admissions';
import { MemberImportJobs, type MemberImportJob } from './member-import.job';
import type { PlannedMember } from './member-import-plan';

/** Rows admitted in one bulk write per step (reserve, seal, append, confirm). */
export const MEMBER_IMPORT_BATCH = 1_000;
/**
 * Batches admitted at once, then recorded as done together: the store works on one batch
 * while the service seals and decides the next (100,000 rows, 2 cores: 62 s with one, 36 s
 * with two). A step is the most a crash makes a resumed job look at again.
 */
export const BATCHES_IN_FLIGHT = 2;
/** A runner that stops renewing (a crash) frees its job for another after this long. */
export const MEMBER_IMPORT_LEASE_MS = 30_000;

/**
 * Runs accepted member lists: step after step of rows, each batch admitted in bulk, the step
 * then recorded as done. After a crash another runner (or this one on the next start) claims
 * the job and goes on from the last recorded step; a row of that step admitted already is
 * known by her id and not admitted twice.
 */
@Injectable()
export class MemberImportRunner extends JobRunner<MemberImportJob, PlannedMember> {
  constructor(
    jobs: MemberImportJobs,
    private readonly admissions: ImportAdmissions,
  ) {
    const step = MEMBER_IMPORT_BATCH * BATCHES_IN_FLIGHT;
    super(
      jobs,
      { leaseMs: MEMBER_IMPORT_LEASE_MS, read: step, step },
      new Logger('MemberImportRunner'),
    );
  }

  /**
   * The first step after any claim may have been half done by a runner that crashed, also its
   * very first step (done still 0): checked against the streams that exist.
   */
  protected async step(job: MemberImportJob, rows: readonly PlannedMember[], at: StepPosition) {
    const batches = Array.from({ length: BATCHES_IN_FLIGHT }, (_, i) =>
      rows.slice(i * MEMBER_IMPORT_BATCH, (i + 1) * MEMBER_IMPORT_BATCH),
    ).filter((batch) => batch.length > 0);
    const refused = await Promise.all(
      batches.map((batch) => this.admissions.admit(batch, job, at.firstAfterClaim)),
    );
    return refused.find((row) => row !== undefined);
  }

  protected completed(job: MemberImportJob, seconds: number): string {
    const rate = ((job.total - job.done) / seconds).toFixed(0);
    return `import ${job.id}: ${job.total} members admitted (${rate} per second)`;
  }
}
