import { metrics } from '@vwu/platform-metrics';
import { LeasedJobRunner, type JobLogger } from './leased-job-runner';
import type { JobFailure, JobRecord, JobStore } from './job';

/** How a runner walks a job's rows: how many it reads at once, how many make a recorded step. */
export interface JobPace {
  /** A runner that stops renewing (a crash) frees its job for another after this long. */
  readonly leaseMs: number;
  /** Rows read from the store at once (a whole plan, or a few batches). */
  readonly read: number;
  /** Rows per step: done together, then recorded; the most a crash makes a resumed job redo. */
  readonly step: number;
}

/** Where a step stands in its job. */
export interface StepPosition {
  /** The position of the step's first row in the job. */
  readonly from: number;
  /**
   * The first step after a claim: a runner that crashed may have done part of it already, so
   * the step checks what exists before it writes.
   */
  readonly firstAfterClaim: boolean;
}

/** Stops a job whose rows are gone (a store emptied by hand): failed, not run forever. */
export const ROWS_GONE: JobFailure = {
  field: 'rows',
  reason: 'không đọc được các dòng đã lưu — the stored rows cannot be read; upload the file again',
};

/**
 * The generic runner of a job with rows: claims a job, reads its rows from the recorded
 * progress, runs the job's step on each slice of `pace.step` rows, records the progress after
 * each, and ends the job (completed, or failed at the row the step refused). A job declares only
 * its pace and `step`; a step must be safe to run twice (a crash repeats the last one).
 */
export abstract class JobRunner<J extends JobRecord, R> extends LeasedJobRunner<J> {
  protected constructor(
    protected readonly jobs: JobStore<J, R>,
    private readonly pace: JobPace,
    logger: JobLogger,
  ) {
    super(jobs, pace.leaseMs, logger);
  }

  /** Does `rows` of `job`; the refusal that stops the job, if any. */
  protected abstract step(
    job: J,
    rows: readonly R[],
    position: StepPosition,
  ): Promise<JobFailure | undefined>;

  /** The log line of a completed job (never a personal value). */
  protected abstract completed(job: J, seconds: number): string;

  /** The job's kind in the metrics: the runner's name, `CadreImportRunner` → `cadre-import`. */
  protected get kind(): string {
    return this.constructor.name
      .replace(/Runner$/u, '')
      .replace(/([a-z0-9])([A-Z])/gu, '$1-$2')
      .toLowerCase();
  }

  protected async run(job: J): Promise<void> {
    const { kind } = this;
    metrics.jobsRunning.inc({ kind });
    try {
      const failure = await this.walk(job);
      if (failure === 'stopped') return;
      metrics.jobsFinished.inc({ kind, status: failure ? 'failed' : 'completed' });
      await this.jobs.finish(job.id, this.owner, failure);
    } finally {
      metrics.jobsRunning.dec({ kind });
    }
  }

  /** Every step from the recorded progress: the refusal that fails the job, or 'stopped'. */
  private async walk(job: J): Promise<JobFailure | 'stopped' | undefined> {
    const started = performance.now();
    let firstAfterClaim = true;
    for (let done = job.done; done < job.total;) {
      if (this.stopping) return 'stopped'; // the lease expires; the next start goes on
      const rows = await this.jobs.rows(job.id, done, this.pace.read);
      if (rows.length === 0) return ROWS_GONE;
      for (let at = 0; at < rows.length; at += this.pace.step) {
        if (this.stopping) return 'stopped';
        const slice = rows.slice(at, at + this.pace.step);
        const failure = await this.step(job, slice, { from: done, firstAfterClaim });
        if (failure) return failure;
        done += slice.length;
        firstAfterClaim = false;
        if (!(await this.jobs.advance(job.id, this.owner, done, this.pace.leaseMs)))
          return 'stopped';
        metrics.jobRowsDone.inc({ kind: this.kind }, slice.length);
      }
    }
    this.logger.log(this.completed(job, (performance.now() - started) / 1000));
    return undefined;
  }
}
