import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { initialUnitState, ParentNotFoundError, type UnitFacts } from '@vwu/organisation-domain';
import { inScope } from '@vwu/platform-auth';
import type { FieldError } from '@vwu/platform-problems';
import { readTable, UnreadableTableError, type Table } from '@vwu/platform-tabular';
import { authorise, principalOf } from '../access';
import { UnitWorkspace } from '../unit-workspace';
import { siblingNameReservation } from '../unit-streams';
import { importedUnitId, importJobId } from './import-ids';
import { ImportInvalidError, ImportUnreadableError } from './unit-import.errors';
import { UnitImportJobs, type UnitImportJob } from './unit-import.job';
import { planUnitImport, type PlannedUnit } from './unit-import-plan';
import { UnitImportRunner } from './unit-import.runner';
import { locateColumns, namedAsInFile, readSheetRows, type UnitSheetRow } from './unit-sheet';
import { StartUnitImportCommand, type StartUnitImportInput } from './start-unit-import.command';

/** A whole city (Hanoi: about 22,000 units) fits with room to spare. */
export const MAX_IMPORT_ROWS = 50_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@CommandHandler(StartUnitImportCommand)
export class StartUnitImportHandler implements ICommandHandler<
  StartUnitImportCommand,
  UnitImportJob
> {
  constructor(
    private readonly units: UnitWorkspace,
    private readonly jobs: UnitImportJobs,
    private readonly runner: UnitImportRunner,
  ) {}

  async execute({ input, actor }: StartUnitImportCommand): Promise<UnitImportJob> {
    const parentId = input.parentId ?? actor.scopeUnitId;
    const parent = await this.units.facts(parentId);
    if (!parent.active) throw new ParentNotFoundError(parentId);
    authorise(actor, 'units:write', [...parent.ancestorIds, parentId]);
    const planned = await this.validate(await this.read(input), parentId, input, actor);
    const { userId, correlationId } = actor;
    const job = await this.jobs.create(
      {
        id: importJobId(parentId, input.content),
        fileName: input.fileName,
        format: input.format,
        parentId,
        total: planned.length,
        done: 0,
        status: 'running',
        userId,
        correlationId,
        createdAt: new Date(),
      },
      planned,
    );
    this.runner.kick();
    return job;
  }

  private async read(input: StartUnitImportInput): Promise<Table> {
    try {
      return await readTable(input.content, input.format, { maxRows: MAX_IMPORT_ROWS });
    } catch (error) {
      if (error instanceof UnreadableTableError) throw new ImportUnreadableError(error.message);
      throw error;
    }
  }

  /** Every row checked against the file and the tree; the plan, or every error at once. */
  private async validate(
    table: Table,
    parentId: string,
    input: StartUnitImportInput,
    actor: StartUnitImportCommand['actor'],
  ): Promise<PlannedUnit[]> {
    const columns = locateColumns(table);
    if (!(columns instanceof Map)) throw new ImportInvalidError(columns);
    const sheet = readSheetRows(table.rows, columns);
    const jobId = importJobId(parentId, input.content);
    const idOf = (code: string) => importedUnitId(jobId, code);
    const existing = await this.existingParents(sheet.rows, parentId);
    const handler = this.units.commands.handler;
    const plan = planUnitImport(sheet.rows, {
      defaults: { parentId, establishedOn: input.establishedOn },
      existing,
      takenNames: await this.takenNames(sheet.rows, existing, parentId, idOf),
      idOf,
      inScope: (path) => inScope(principalOf(actor), path),
      simulate: (command) => void handler.simulate(command, initialUnitState()),
    });
    const errors: FieldError[] = [...sheet.errors, ...plan.errors];
    if (errors.length > 0) throw new ImportInvalidError(namedAsInFile(errors, table, columns));
    return plan.planned;
  }

  /** The import's parent and the existing units the file names by id, with their facts. */
  private async existingParents(
    rows: readonly UnitSheetRow[],
    parentId: string,
  ): Promise<Map<string, UnitFacts>> {
    const codes = new Set(rows.map((row) => row.code));
    const ids = new Set([parentId]);
    for (const { parent } of rows) if (UUID.test(parent) && !codes.has(parent)) ids.add(parent);
    const facts = await Promise.all([...ids].map((id) => this.units.facts(id)));
    return new Map(facts.map((fact) => [fact.unitId, fact]));
  }

  /**
   * Names already taken under the existing parents the rows go to; a unit this same import
   * established before a restart holds its own name, which is not a conflict.
   */
  private async takenNames(
    rows: readonly UnitSheetRow[],
    existing: ReadonlyMap<string, UnitFacts>,
    parentId: string,
    idOf: (code: string) => string,
  ): Promise<Set<string>> {
    const taken = new Set<string>();
    const underExisting = rows.filter((row) => row.parent === '' || existing.has(row.parent));
    await Promise.all(
      underExisting.map(async (row) => {
        const reservation = siblingNameReservation(row.parent || parentId, row.name);
        const holder = await this.units.reservations.holder(reservation);
        if (holder !== undefined && holder !== idOf(row.code)) taken.add(reservation);
      }),
    );
    return taken;
  }
}
