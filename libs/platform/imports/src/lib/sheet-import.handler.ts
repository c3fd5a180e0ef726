import {
  assertPermission,
  inScope,
  type Actor,
  type Permission,
  type Role,
} from '@vwu/platform-auth';
import type { JobStore } from '@vwu/platform-jobs';
import type { FieldError } from '@vwu/platform-problems';
import { namedAsInFile, readTable, UnreadableTableError, type Table } from '@vwu/platform-tabular';
import type { SheetPlan } from './sheet-plan';
import type { UploadInput, UploadJob } from './upload-job';

/** What an import declares besides its plan: who may start it, how big, its job id and errors. */
export interface SheetImportRules<C extends string> {
  /** Each checked in turn (403 `auth.forbidden` naming the first missing). */
  readonly permissions: readonly Permission[];
  /** The most rows a file may have (refused as unreadable beyond). */
  readonly maxRows: number;
  /** Derived from the caller and the content: the same file from the same user is the same job. */
  readonly jobId: (userId: string, content: Buffer) => string;
  /** Where each known column is, or the file-level errors when a required one is missing. */
  readonly locate: (table: Table) => Map<C, number> | readonly FieldError[];
  /** The import's own problems (422 with its code): not a table, or a table with errors. */
  readonly unreadable: (reason: string) => Error;
  readonly invalid: (errors: readonly FieldError[]) => Error;
}

/** A sheet whose columns were found, as the import's plan checks it. */
export interface SheetToPlan<C extends string, I extends UploadInput> {
  readonly table: Table;
  readonly columns: ReadonlyMap<C, number>;
  readonly jobId: string;
  readonly input: I;
  /** Whether a unit (its ancestors, then itself) lies in the caller's scope. */
  readonly inScope: (path: readonly string[]) => boolean;
}

/** The runner of the import's jobs, as the start needs it. */
export interface Kickable {
  kick(): void;
}

/**
 * The start of a sheet import: validates the whole file first (the import's `plan`: every
 * cell, the rows against each other, what the service knows, the decider's rules), then
 * accepts it as a job. With any error nothing is run and the 422 lists every error, each
 * column named as the file's header names it. The same file from the same user is the same
 * job: running or completed, it is returned as it is; failed, it is checked again and goes on
 * from where it stopped.
 */
export abstract class SheetImportHandler<I extends UploadInput, R, C extends string> {
  protected constructor(
    private readonly jobs: JobStore<UploadJob, R>,
    private readonly runner: Kickable,
    private readonly rules: SheetImportRules<C>,
  ) {}

  /** Every row planned, or every error (columns by their key: the start names them as in the file). */
  protected abstract plan(sheet: SheetToPlan<C, I>): Promise<SheetPlan<R>>;

  async execute({
    input,
    actor,
  }: {
    readonly input: I;
    readonly actor: Actor;
  }): Promise<UploadJob> {
    const principal = { ...actor, roles: actor.roles as readonly Role[] };
    for (const permission of this.rules.permissions) assertPermission(principal, permission);
    const id = this.rules.jobId(actor.userId, input.content);
    const existing = await this.jobs.get(id);
    if (existing && existing.status !== 'failed') {
      this.runner.kick();
      return existing;
    }
    const table = await this.read(input);
    const planned = await this.validate({
      table,
      jobId: id,
      input,
      inScope: (path) => inScope(principal, path),
    });
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

  private async read(input: I): Promise<Table> {
    try {
      return await readTable(input.content, input.format, { maxRows: this.rules.maxRows });
    } catch (error) {
      if (error instanceof UnreadableTableError) throw this.rules.unreadable(error.message);
      throw error;
    }
  }

  private async validate(sheet: Omit<SheetToPlan<C, I>, 'columns'>): Promise<R[]> {
    const columns = this.rules.locate(sheet.table);
    if (!(columns instanceof Map)) throw this.rules.invalid(columns);
    const plan = await this.plan({ ...sheet, columns });
    if (plan.errors.length > 0)
      throw this.rules.invalid(namedAsInFile(plan.errors, sheet.table, columns));
    return plan.planned;
  }
}
