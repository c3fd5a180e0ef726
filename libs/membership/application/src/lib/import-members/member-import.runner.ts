import { Injectable, Logger } from '@nestjs/common';
import { LeasedJobRunner } from '@vwu/platform-event-sourcing';
import { ImportAdmissions } from './import-admissions';
import { MemberImportJobs, type MemberImportJob } from './member-import.job';

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

const ROWS_GONE = {
  field: 'rows',
  reason: 'không đọc được các dòng đã lưu — the stored rows cannot be read; upload the file again',
};

/**
 * Runs accepted member lists: step after step of rows, each batch admitted in bulk, the step
 * then recorded as done. After a crash another runner (or this one on the next start) claims
 * the job and goes on from the last recorded step; a row of that step admitted already is
 * known by her id and not admitted twice.
 */
@Injectable()
export class MemberImportRunner extends LeasedJobRunner<MemberImportJob> {
  constructor(
    private readonly jobs: MemberImportJobs,
    private readonly admissions: ImportAdmissions,
  ) {
    super(jobs, MEMBER_IMPORT_LEASE_MS, new Logger('MemberImportRunner'));
  }

  protected async run(job: MemberImportJob): Promise<void> {
    const started = performance.now();
    // The first step after any claim may have been half done by a runner that crashed, also
    // its very first step (done still 0): checked against the streams that exist.
    let resumed = true;
    for (let done = job.done; done < job.total;) {
      if (this.stopping) return; // the lease expires; the next start goes on
      const rows = await this.jobs.rows(job.id, done, MEMBER_IMPORT_BATCH * BATCHES_IN_FLIGHT);
      if (rows.length === 0) return this.jobs.finish(job.id, this.owner, ROWS_GONE);
      const batches = Array.from({ length: BATCHES_IN_FLIGHT }, (_, i) =>
        rows.slice(i * MEMBER_IMPORT_BATCH, (i + 1) * MEMBER_IMPORT_BATCH),
      ).filter((batch) => batch.length > 0);
      const refused = await Promise.all(
        batches.map((batch) => this.admissions.admit(batch, job, resumed)),
      );
      const failure = refused.find((row) => row !== undefined);
      if (failure) return this.jobs.finish(job.id, this.owner, failure);
      done += rows.length;
      resumed = false;
      if (!(await this.jobs.advance(job.id, this.owner, done, MEMBER_IMPORT_LEASE_MS))) return;
    }
    const seconds = (performance.now() - started) / 1000;
    const rate = ((job.total - job.done) / seconds).toFixed(0);
    this.logger.log(`import ${job.id}: ${job.total} members admitted (${rate} per second)`);
    await this.jobs.finish(job.id, this.owner);
  }
}
