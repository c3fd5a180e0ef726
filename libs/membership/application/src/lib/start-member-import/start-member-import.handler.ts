import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { todayInVietnam } from '@vwu/platform-config';
import {
  SheetImportHandler,
  type SheetImportRules,
  type SheetPlan,
  type SheetToPlan,
} from '@vwu/platform-imports';
import { ImportLookups } from './import-lookups';
import { importedMemberId, memberImportJobId } from './member-import-ids';
import { MemberImportInvalidError, MemberImportUnreadableError } from './member-import.errors';
import { MemberImportJobs, type MemberImportJob } from './member-import.job';
import { planMemberImport, type PlannedMember } from './member-import-plan';
import { MemberImportRunner } from './member-import.runner';
import { readMemberRows } from './member-rows';
import { locateMemberColumns, type MemberSheetColumn } from './member-sheet';
import {
  StartMemberImportCommand,
  type StartMemberImportInput,
} from './start-member-import.command';

/** The union's existing lists: a grassroots union's members, or a district's, in one file. */
export const MAX_MEMBER_IMPORT_ROWS = 100_000;

/** Who may start one, how big a file may be, and the import's own problems. */
const MEMBER_IMPORT_RULES: SheetImportRules<MemberSheetColumn> = {
  permissions: ['members:write', 'members:personal-data'],
  maxRows: MAX_MEMBER_IMPORT_ROWS,
  jobId: memberImportJobId,
  locate: locateMemberColumns,
  unreadable: (reason) => new MemberImportUnreadableError(reason),
  invalid: (errors) => new MemberImportInvalidError(errors),
};

/**
 * Validates the whole list first (every cell, every row against the others, the branches and
 * their groups, the national ID numbers held by active members, the admission rules), then accepts it as a job.
 * With any error nobody is admitted and the 422 lists every error. The same file from the same
 * user is the same job: running or completed, it is returned as it is; failed, it is checked
 * again and goes on from where it stopped.
 */
@CommandHandler(StartMemberImportCommand)
export class StartMemberImportHandler
  extends SheetImportHandler<StartMemberImportInput, PlannedMember, MemberSheetColumn>
  implements ICommandHandler<StartMemberImportCommand, MemberImportJob>
{
  constructor(
    private readonly lookups: ImportLookups,
    jobs: MemberImportJobs,
    runner: MemberImportRunner,
  ) {
    super(jobs, runner, MEMBER_IMPORT_RULES);
  }

  /** The rows against the branch directory, the reservations and the admission rules. */
  protected async plan(
    file: SheetToPlan<MemberSheetColumn, StartMemberImportInput>,
  ): Promise<SheetPlan<PlannedMember>> {
    const sheet = readMemberRows(file.table.rows, file.columns, file.input.admittedOn);
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
    return planMemberImport(sheet.rows, sheet.errors, {
      branches,
      groups,
      holders,
      reservationOf,
      memberIdOf: (row) => importedMemberId(file.jobId, row),
      inScope: file.inScope,
      today: todayInVietnam(),
      simulate: (command, state) => this.lookups.simulate(command, state),
    });
  }
}
