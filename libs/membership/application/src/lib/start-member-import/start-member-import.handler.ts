import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertPermission, inScope, type Actor, type Role } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import type { FieldError } from '@vwu/platform-problems';
import { readTable, UnreadableTableError, type Table } from '@vwu/platform-tabular';
import { ImportLookups } from './import-lookups';
import { importedMemberId, memberImportJobId } from './member-import-ids';
import { MemberImportInvalidError, MemberImportUnreadableError } from './member-import.errors';
import { MemberImportJobs, type MemberImportJob } from './member-import.job';
import { planMemberImport, type PlannedMember } from './member-import-plan';
import { MemberImportRunner } from './member-import.runner';
import { readMemberRows } from './member-rows';
import { locateMemberColumns, namedAsInFile } from './member-sheet';
import {
  StartMemberImportCommand,
  type StartMemberImportInput,
} from './start-member-import.command';

/** The union's existing lists: a grassroots union's members, or a district's, in one file. */
export const MAX_MEMBER_IMPORT_ROWS = 100_000;

/**
 * Validates the whole list first (every cell, every row against the others, the branches and
 * their groups, the national ID numbers held by active members, the admission rules), then accepts it as a job.
 * With any error nobody is admitted and the 422 lists every error. The same file from the same
 * user is the same job: running or completed, it is returned as it is; failed, it is checked
 * again and goes on from where it stopped.
 */
@CommandHandler(StartMemberImportCommand)
export class StartMemberImportHandler implements ICommandHandler<
  StartMemberImportCommand,
  MemberImportJob
> {
  constructor(
    private readonly lookups: ImportLookups,
    private readonly jobs: MemberImportJobs,
    private readonly runner: MemberImportRunner,
  ) {}

  async execute({ input, actor }: StartMemberImportCommand): Promise<MemberImportJob> {
    const principal = { ...actor, roles: actor.roles as readonly Role[] };
    assertPermission(principal, 'members:write');
    assertPermission(principal, 'members:personal-data');
    const id = memberImportJobId(actor.userId, input.content);
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

  private async read(input: StartMemberImportInput): Promise<Table> {
    try {
      return await readTable(input.content, input.format, { maxRows: MAX_MEMBER_IMPORT_ROWS });
    } catch (error) {
      if (error instanceof UnreadableTableError)
        throw new MemberImportUnreadableError(error.message);
      throw error;
    }
  }

  private async validate(
    table: Table,
    jobId: string,
    input: StartMemberImportInput,
    actor: Actor,
  ): Promise<PlannedMember[]> {
    const columns = locateMemberColumns(table);
    if (!(columns instanceof Map)) throw new MemberImportInvalidError(columns);
    const sheet = readMemberRows(table.rows, columns, input.admittedOn);
    const principal = { ...actor, roles: actor.roles as readonly Role[] };
    // Each number's token once: a keyed hash is the costliest step of a row.
    const tokens = new Map<string, string>();
    const reservationOf = (nationalId: string) => {
      const token = tokens.get(nationalId) ?? this.lookups.reservationFor(nationalId);
      tokens.set(nationalId, token);
      return token;
    };
    const numbers = sheet.rows.map((row) => row.personal.nationalId);
    const [branches, groups, holders] = await Promise.all([
      this.lookups.branchFacts(sheet.rows.map((row) => row.branchId)),
      this.lookups.branchFacts(sheet.rows.flatMap((row) => row.groupId ?? [])),
      this.lookups.holders(numbers.filter((n) => /^\d{12}$/u.test(n)).map(reservationOf)),
    ]);
    const plan = planMemberImport(sheet.rows, sheet.errors, {
      branches,
      groups,
      holders,
      reservationOf,
      memberIdOf: (row) => importedMemberId(jobId, row),
      inScope: (path) => inScope(principal, path),
      today: todayInVietnam(),
      simulate: (command, state) => this.lookups.simulate(command, state),
    });
    const errors: FieldError[] = plan.errors;
    if (errors.length > 0)
      throw new MemberImportInvalidError(namedAsInFile(errors, table, columns));
    return plan.planned;
  }
}
