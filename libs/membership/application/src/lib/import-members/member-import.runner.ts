import { Injectable, Logger } from '@nestjs/common';
import { LeasedJobRunner } from '@vwu/platform-event-sourcing';
import { ImportAdmissions } from './import-admissions';
import { MemberImportJobs, type MemberImportJob } from './member-import.job';

/** Rows per batch and per progress step: the most a crash makes a resumed job look at again. */
export const MEMBER_IMPORT_BATCH = 1_000;
/** A runner that stops renewing (a crash) frees its job for another after this long. */
export const MEMBER_IMPORT_LEASE_MS = 30_000;

const ROWS_GONE = {
  field: 'rows',
  reason: 'không đọc được các dòng đã lưu — the stored rows cannot be read; upload the file again',
};

/**
 * Runs accepted member lists: batch after batch of rows, each batch admitted in bulk and then
 * recorded as done. After a crash another runner (or this one on the next start) claims the
 * job and goes on from the last recorded batch; a row of that batch admitted already is known
 * by her id and not admitted twice.
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
    // The first batch after a claim may have been half done by a runner that crashed.
    let resumed = job.done > 0;
    for (let done = job.done; done < job.total;) {
      if (this.stopping) return; // the lease expires; the next start goes on
      const rows = await this.jobs.rows(job.id, done, MEMBER_IMPORT_BATCH);
      if (rows.length === 0) return this.jobs.finish(job.id, this.owner, ROWS_GONE);
      const failure = await this.admissions.admit(rows, job, resumed);
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
