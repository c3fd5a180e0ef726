import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertPermission, inScope, type Actor, type Role } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { namedAsInFile, readTable, UnreadableTableError, type Table } from '@vwu/platform-tabular';
import { Catalogue } from '../catalogue';
import { seatOf, UnitPositions } from './cadre-import-command';
import { CadreImportLookups } from './cadre-import-lookups';
import { cadreImportJobId, importedCadreId, importedPostId } from './cadre-import-ids';
import { CadreImportInvalidError, CadreImportUnreadableError } from './cadre-import.errors';
import { CadreImportJobs, type CadreImportJob, type PlannedCadre } from './cadre-import.job';
import { planCadreImport } from './cadre-import-plan';
import { CadreImportRunner } from './cadre-import.runner';
import { readCadreRows } from './cadre-rows';
import { locateCadreColumns } from './cadre-sheet';
import { StartCadreImportCommand, type StartCadreImportInput } from './start-cadre-import.command';

/** A province's cadres, every level, in one file. */
export const MAX_CADRE_IMPORT_ROWS = 50_000;

/**
 * Validates the whole list first (every cell, the rows against each other, the units and the
 * caller's scope, the positions the units' kinds have, the single seats held, the cadre rules),
 * then accepts it as a job. With any error nobody is registered and the 422 lists every error.
 * The same file from the same user is the same job: running or completed, it is returned as it
 * is; failed, it is checked again and goes on from where it stopped.
 */
@CommandHandler(StartCadreImportCommand)
export class StartCadreImportHandler implements ICommandHandler<
  StartCadreImportCommand,
  CadreImportJob
> {
  constructor(
    private readonly lookups: CadreImportLookups,
    private readonly jobs: CadreImportJobs,
    private readonly runner: CadreImportRunner,
    private readonly catalogue: Catalogue,
  ) {}

  async execute({ input, actor }: StartCadreImportCommand): Promise<CadreImportJob> {
    const principal = { ...actor, roles: actor.roles as readonly Role[] };
    assertPermission(principal, 'cadres:write');
    assertPermission(principal, 'cadres:personal-data');
    const id = cadreImportJobId(actor.userId, input.content);
    const existing = await this.jobs.get(id);
    if (existing && existing.status !== 'failed') {
      this.runner.kick();
      return existing;
    }
    const planned = await this.validate(await this.read(input), id, input, actor);
    const { userId, roles, scopeUnitId, correlationId } = actor;
    const job = await this.jobs.create(
      {
        id,
        fileName: input.fileName,
        format: input.format,
        total: planned.length,
        done: 0,
        status: 'running',
        userId,
        roles,
        scopeUnitId,
        correlationId,
        createdAt: new Date(),
      },
      planned,
    );
    this.runner.kick();
    return job;
  }

  private async read(input: StartCadreImportInput): Promise<Table> {
    try {
      return await readTable(input.content, input.format, { maxRows: MAX_CADRE_IMPORT_ROWS });
    } catch (error) {
      if (error instanceof UnreadableTableError)
        throw new CadreImportUnreadableError(error.message);
      throw error;
    }
  }

  private async validate(
    table: Table,
    jobId: string,
    input: StartCadreImportInput,
    actor: Actor,
  ): Promise<PlannedCadre[]> {
    const columns = locateCadreColumns(table);
    if (!(columns instanceof Map)) throw new CadreImportInvalidError(columns);
    const sheet = readCadreRows(table.rows, columns, input.registeredOn, this.catalogue);
    const principal = { ...actor, roles: actor.roles as readonly Role[] };
    const units = await this.lookups.unitFacts(
      sheet.rows.flatMap((row) => [row.unitId, ...(row.post ? [row.post.unitId] : [])]),
    );
    const places = new UnitPositions(units, this.catalogue);
    const seats = sheet.rows.flatMap((row) => seatOf(row, places) ?? []);
    const plan = planCadreImport(sheet.rows, sheet.errors, {
      places,
      seatHolders: await this.lookups.seatHolders(seats),
      cadreIdOf: (row) => importedCadreId(jobId, row),
      postIdOf: (row) => importedPostId(jobId, row),
      inScope: (path) => inScope(principal, path),
      today: todayInVietnam(),
      simulate: (command) => this.lookups.simulate(command),
    });
    if (plan.errors.length > 0)
      throw new CadreImportInvalidError(namedAsInFile(plan.errors, table, columns));
    return plan.planned;
  }
}
