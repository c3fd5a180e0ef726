import {
  initialMemberState,
  isGroupOf,
  MINIMUM_AGE,
  type BranchFacts,
  type GroupFacts,
  type MemberCommand,
  type MemberState,
} from '@vwu/membership-domain';
import { ageOn, DomainError } from '@vwu/platform-decider';
import { planSheet, type SheetPlan } from '@vwu/platform-imports';
import type { FieldError } from '@vwu/platform-problems';
import type { MemberSheetRow } from './member-rows';
import { rowError, type MemberSheetColumn } from './member-sheet';

/** A row the job will admit: checked whole, with the member id it gets. */
export interface PlannedMember extends MemberSheetRow {
  /** Derived from the job and the row: a resumed job admits her under the same id. */
  readonly memberId: string;
}

/** What the rows are checked against besides each other. */
export interface MemberImportContext {
  /** The facts of every branch the file names. */
  readonly branches: ReadonlyMap<string, BranchFacts>;
  /** The facts of every women's group (tổ) the file names. */
  readonly groups: ReadonlyMap<string, GroupFacts>;
  /** Who holds the reservation of each national ID number the file has (absent: nobody). */
  readonly holders: ReadonlyMap<string, string>;
  readonly reservationOf: (nationalId: string) => string;
  readonly memberIdOf: (row: number) => string;
  readonly inScope: (path: readonly string[]) => boolean;
  readonly today: string;
  /** The member decider's rules, in memory: throws the DomainError that a row breaks. */
  readonly simulate: (command: MemberCommand, state: MemberState) => unknown;
}

/** Columns to blame for a rule the decider refuses (a safety net: the checks come first). */
export const COLUMN_OF_CODE: Readonly<Record<string, MemberSheetColumn>> = {
  'membership.under-age': 'dateOfBirth',
  'membership.not-a-branch': 'branch',
  'membership.group-not-in-branch': 'group',
};

/** A row's group as the decider takes it: the directory's facts, or none for an empty cell. */
export function groupOf(
  groupId: string | null,
  groups: ReadonlyMap<string, GroupFacts>,
): GroupFacts | null {
  if (groupId === null) return null;
  return groups.get(groupId) ?? { unitId: groupId, kind: '', ancestorIds: [], active: false };
}

type Check = (row: MemberSheetRow, context: MemberImportContext) => FieldError | undefined;

const inTheFuture: Check = ({ row, admittedOn }, { today }) =>
  admittedOn > today
    ? rowError(row, 'admittedOn', 'ngày kết nạp sau hôm nay — the admission date is in the future')
    : undefined;

const underAge: Check = ({ row, personal, admittedOn }) =>
  personal.birthDate !== '' &&
  admittedOn !== '' &&
  ageOn(personal.birthDate, admittedOn) < MINIMUM_AGE
    ? rowError(
        row,
        'dateOfBirth',
        `chưa đủ ${MINIMUM_AGE} tuổi vào ngày kết nạp — under ${MINIMUM_AGE} on the day of admission`,
      )
    : undefined;

const notABranch: Check = ({ row, branchId }, { branches }) => {
  const branch = branches.get(branchId);
  return branch && (!branch.active || branch.kind !== 'branch')
    ? rowError(
        row,
        'branch',
        'không phải chi hội đang hoạt động — not an active branch (unknown, closed, or another kind of unit)',
      )
    : undefined;
};

const notAGroupOfTheBranch: Check = ({ row, branchId, groupId }, { branches, groups }) => {
  const group = groupOf(groupId, groups);
  const branch = branches.get(branchId);
  return group && branch?.active && branch.kind === 'branch' && !isGroupOf(group, branchId)
    ? rowError(
        row,
        'group',
        'không phải tổ phụ nữ đang hoạt động của chi hội ở cột Chi hội — not an active women’s group of the branch in the branch column',
      )
    : undefined;
};

const outOfScope: Check = ({ row, branchId }, { branches, inScope }) => {
  const branch = branches.get(branchId);
  return branch?.active && !inScope([...branch.ancestorIds, branch.unitId])
    ? rowError(row, 'branch', 'chi hội ngoài phạm vi của bạn — the branch is outside your scope')
    : undefined;
};

const heldByAnother: Check = ({ row, personal }, context) => {
  const holder = context.holders.get(context.reservationOf(personal.nationalId));
  return holder !== undefined && holder !== context.memberIdOf(row)
    ? rowError(
        row,
        'nationalId',
        'số CCCD đã thuộc một hội viên khác — another active member has this national ID number',
      )
    : undefined;
};

const CHECKS: readonly Check[] = [
  inTheFuture,
  underAge,
  notABranch,
  notAGroupOfTheBranch,
  outOfScope,
  heldByAnother,
];

/** The decider's own rules for her admission, on rows that passed every check. */
function decided(planned: PlannedMember, context: MemberImportContext): FieldError | undefined {
  const branch = context.branches.get(planned.branchId);
  if (!branch) return undefined;
  try {
    context.simulate(
      {
        type: 'AdmitMember',
        memberId: planned.memberId,
        branch,
        group: groupOf(planned.groupId, context.groups),
        birthDate: planned.personal.birthDate,
        admittedOn: planned.admittedOn,
        specialGroups: planned.specialGroups,
        personal: '',
        today: context.today,
      },
      initialMemberState(),
    );
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return rowError(planned.row, COLUMN_OF_CODE[error.code] ?? 'admittedOn', error.message);
  }
}

/** The error of a row with the national ID number of an earlier one (none for the first). */
function sameNumberAs(row: MemberSheetRow, firstRowOf: Map<string, number>): FieldError[] {
  const { nationalId } = row.personal;
  if (!/^\d{12}$/u.test(nationalId)) return [];
  const first = firstRowOf.get(nationalId);
  if (first === undefined) {
    firstRowOf.set(nationalId, row.row);
    return [];
  }
  return [
    rowError(
      row.row,
      'nationalId',
      `CCCD trùng với dòng ${first} — same national ID number as row ${first}`,
    ),
  ];
}

/**
 * Checks the rows against each other (a national ID number twice), the branch directory (an
 * active branch in the caller's scope, a group of that branch), the reservations (a number
 * another member holds) and the admission rules. Nothing is written: every row is planned, or
 * every error is returned. `cellErrors` are the rows' own errors, found before: each row is
 * still checked in its other columns (every error of a row at once), the decider's own rules
 * only on a row with no error at all.
 */
export function planMemberImport(
  rows: readonly MemberSheetRow[],
  cellErrors: readonly FieldError[],
  context: MemberImportContext,
): SheetPlan<PlannedMember> {
  const firstRowOf = new Map<string, number>();
  return planSheet(rows, cellErrors, {
    earlier: (row) => sameNumberAs(row, firstRowOf),
    checks: (row) => CHECKS.map((check) => check(row, context)),
    planned: (row) => ({ ...row, memberId: context.memberIdOf(row.row) }),
    decided: (member) => decided(member, context),
  });
}
