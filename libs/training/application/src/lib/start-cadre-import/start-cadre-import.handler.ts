import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import {
  SheetImportHandler,
  type SheetImportRules,
  type SheetPlan,
  type SheetToPlan,
} from '@vwu/platform-imports';
import { Catalogue } from '../catalogue';
import { seatOf, UnitPositions } from './cadre-import-command';
import { CadreImportLookups } from './cadre-import-lookups';
import { cadreImportJobId, importedCadreId, importedPostId } from './cadre-import-ids';
import { CadreImportInvalidError, CadreImportUnreadableError } from './cadre-import.errors';
import { CadreImportJobs, type CadreImportJob, type PlannedCadre } from './cadre-import.job';
import { planCadreImport } from './cadre-import-plan';
import { CadreImportRunner } from './cadre-import.runner';
import { readCadreRows } from './cadre-rows';
import { locateCadreColumns, type CadreSheetColumn } from './cadre-sheet';
import { StartCadreImportCommand, type StartCadreImportInput } from './start-cadre-import.command';

/** A province's cadres, every level, in one file. */
export const MAX_CADRE_IMPORT_ROWS = 50_000;

/** Who may start one, how big a file may be, and the import's own problems. */
const CADRE_IMPORT_RULES: SheetImportRules<CadreSheetColumn> = {
  permissions: ['cadres:write', 'cadres:personal-data'],
  maxRows: MAX_CADRE_IMPORT_ROWS,
  jobId: cadreImportJobId,
  locate: locateCadreColumns,
  unreadable: (reason) => new CadreImportUnreadableError(reason),
  invalid: (errors) => new CadreImportInvalidError(errors),
};

/**
 * Validates the whole list first (every cell, the rows against each other, the units and the
 * caller's scope, the positions the units' kinds have, the single seats held, the cadre rules),
 * then accepts it as a job. With any error nobody is registered and the 422 lists every error.
 * The same file from the same user is the same job: running or completed, it is returned as it
 * is; failed, it is checked again and goes on from where it stopped.
 */
@CommandHandler(StartCadreImportCommand)
export class StartCadreImportHandler
  extends SheetImportHandler<StartCadreImportInput, PlannedCadre, CadreSheetColumn>
  implements ICommandHandler<StartCadreImportCommand, CadreImportJob>
{
  constructor(
    private readonly lookups: CadreImportLookups,
    jobs: CadreImportJobs,
    runner: CadreImportRunner,
    private readonly catalogue: Catalogue,
  ) {
    super(jobs, runner, CADRE_IMPORT_RULES);
  }

  /** The rows against the unit directory, the seats held and the cadre rules. */
  protected async plan(
    file: SheetToPlan<CadreSheetColumn, StartCadreImportInput>,
  ): Promise<SheetPlan<PlannedCadre>> {
    const sheet = readCadreRows(
      file.table.rows,
      file.columns,
      file.input.registeredOn,
      this.catalogue,
    );
    const units = await this.lookups.unitFacts(
      sheet.rows.flatMap((row) => [row.unitId, ...(row.post ? [row.post.unitId] : [])]),
    );
    const places = new UnitPositions(units, this.catalogue);
    const seats = sheet.rows.flatMap((row) => seatOf(row, places) ?? []);
    return planCadreImport(sheet.rows, sheet.errors, {
      places,
      seatHolders: await this.lookups.seatHolders(seats),
      cadreIdOf: (row) => importedCadreId(file.jobId, row),
      postIdOf: (row) => importedPostId(file.jobId, row),
      inScope: file.inScope,
      today: todayInVietnam(),
      simulate: (command) => this.lookups.simulate(command),
    });
  }
}
