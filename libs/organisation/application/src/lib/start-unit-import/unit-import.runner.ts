import { Injectable, Logger } from '@nestjs/common';
import { UnitAlreadyExistsError } from '@vwu/organisation-domain';
import { DomainError } from '@vwu/platform-decider';
import { Reservations, UnitCommands } from '../ports';
import { envelope, withReservations } from '../reserved';
import { nameReservation, siblingNameReservation } from '../unit-streams';
import { EventStore } from '@vwu/platform-event-sourcing';
import { JobRunner, type StepPosition } from '@vwu/platform-jobs';
import { rowError } from './unit-sheet';
import { UnitImportJobs, type UnitImportJob } from './unit-import.job';
import { columnOf, type PlannedUnit } from './unit-import-plan';

/** Rows per progress step: the most a crash makes a resumed job look at again. */
const BATCH = 250;
/** Establishments in flight at once. */
const CONCURRENCY = 16;
/** A runner that stops renewing (a crash) frees its job for another after this long. */
export const IMPORT_LEASE_MS = 30_000;

/**
 * Runs accepted imports: each planned row is one EstablishUnit with the unit id derived from the
 * row, in plan order, in batches recorded as done. After a crash another runner (or this one on
 * the next start) claims the job and goes on from the last recorded batch; a row of that batch
 * that was established already is recognised by its id and not established twice.
 */
@Injectable()
export class UnitImportRunner extends JobRunner<UnitImportJob, PlannedUnit> {
  constructor(
    jobs: UnitImportJobs,
    private readonly store: EventStore,
    private readonly commands: UnitCommands,
    private readonly reservations: Reservations,
  ) {
    super(
      jobs,
      { leaseMs: IMPORT_LEASE_MS, read: BATCH, step: BATCH },
      new Logger('UnitImportRunner'),
    );
  }

  protected step(job: UnitImportJob, rows: readonly PlannedUnit[], at: StepPosition) {
    // The first batch after a claim may have been half done by a runner that crashed.
    return this.establishAll(rows, job, at.firstAfterClaim && job.done > 0);
  }

  protected completed(job: UnitImportJob): string {
    return `import ${job.id}: ${job.total} units established`;
  }

  /** Establishes the rows; the first row the tree refuses (it changed since validation). */
  private async establishAll(rows: readonly PlannedUnit[], job: UnitImportJob, resumed: boolean) {
    const queue = [...rows];
    const refused: { row: number; error: DomainError }[] = [];
    const worker = async (): Promise<void> => {
      for (let unit = queue.shift(); unit; unit = queue.shift()) {
        const error = await this.establish(unit, job, resumed);
        if (error) refused.push({ row: unit.row, error });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const first = refused.sort((a, b) => a.row - b.row)[0];
    return first && rowError(first.row, columnOf(first.error), first.error.message);
  }

  private async establish(
    unit: PlannedUnit,
    job: UnitImportJob,
    resumed: boolean,
  ): Promise<DomainError | undefined> {
    const { unitId, name, kind, establishedOn, parent } = unit;
    const reservation = siblingNameReservation(parent.unitId, name);
    if (resumed && (await this.store.readStream(unitId)).length > 0) {
      await this.reservations.confirm(reservation, unitId); // a crash may have come before it
      return undefined;
    }
    const command = { type: 'EstablishUnit', unitId, name, kind, establishedOn, parent } as const;
    const actor = { userId: job.userId, correlationId: job.correlationId };
    try {
      await withReservations(
        this.reservations,
        [nameReservation(this.store, this.commands, parent.unitId, name)],
        unitId,
        () => this.commands.handler.handle(envelope(unitId, command, actor)),
      );
      return undefined;
    } catch (error) {
      if (error instanceof UnitAlreadyExistsError || !(error instanceof DomainError)) throw error;
      return error;
    }
  }
}
