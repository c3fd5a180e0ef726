import { Injectable, Logger } from '@nestjs/common';
import { JobRunner, type StepPosition } from '@vwu/platform-jobs';
import { CadreImportJobs, type CadreImportJob, type PlannedCadre } from './cadre-import.job';
import { ImportRegistrations } from './import-registrations';

/** Rows registered in one bulk write per step (reserve, seal, append, confirm). */
export const CADRE_IMPORT_BATCH = 1_000;
/** Batches registered at once, then recorded as done together (as member imports do). */
export const CADRE_BATCHES_IN_FLIGHT = 2;
/** A runner that stops renewing (a crash) frees its job for another after this long. */
export const CADRE_IMPORT_LEASE_MS = 30_000;

/**
 * Runs accepted cadre lists: step after step of rows, each batch registered in bulk, the step
 * then recorded as done. After a crash another runner (or this one on the next start) claims
 * the job and goes on from the last recorded step; a row of that step registered already is
 * known by her id and not registered twice.
 */
@Injectable()
export class CadreImportRunner extends JobRunner<CadreImportJob, PlannedCadre> {
  constructor(
    jobs: CadreImportJobs,
    private readonly registrations: ImportRegistrations,
  ) {
    const step = CADRE_IMPORT_BATCH * CADRE_BATCHES_IN_FLIGHT;
    super(
      jobs,
      { leaseMs: CADRE_IMPORT_LEASE_MS, read: step, step },
      new Logger('CadreImportRunner'),
    );
  }

  /** The first step after any claim may have been half done by a runner that crashed. */
  protected async step(job: CadreImportJob, rows: readonly PlannedCadre[], at: StepPosition) {
    const batches = Array.from({ length: CADRE_BATCHES_IN_FLIGHT }, (_, i) =>
      rows.slice(i * CADRE_IMPORT_BATCH, (i + 1) * CADRE_IMPORT_BATCH),
    ).filter((batch) => batch.length > 0);
    const refused = await Promise.all(
      batches.map((batch) => this.registrations.register(batch, job, at.firstAfterClaim)),
    );
    return refused.find((row) => row !== undefined);
  }

  protected completed(job: CadreImportJob, seconds: number): string {
    const rate = ((job.total - job.done) / seconds).toFixed(0);
    return `import ${job.id}: ${job.total} cadres registered (${rate} per second)`;
  }
}
