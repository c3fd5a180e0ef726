import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotABranchError, type MemberRecord } from '@vwu/membership-domain';
import { writeTable } from '@vwu/platform-tabular';
import { authorise } from '../access';
import { MemberPersonalData, MemberWorkspace } from '../member-streams';
import type { PersonalFields } from '../personal-fields';
import { SPECIAL_GROUP_LABEL } from '../special-group-labels';
import { BranchDirectory } from '../ports';
import {
  BranchRoster,
  ExportBranchMembersQuery,
  type MemberListFile,
} from './export-branch-members.query';

/**
 * The header of the list: the import's Vietnamese names, so an export can be imported again
 * (the import reads the branch's id and the special groups' labels, and skips the name).
 */
const COLUMNS = [
  'Mã hội viên',
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Điện thoại',
  'Địa chỉ',
  'Dân tộc',
  'Tôn giáo',
  'Nghề nghiệp',
  'Trình độ học vấn',
  'Chi hội',
  'Tên chi hội',
  'Tổ',
  'Ngày kết nạp',
  'Nhóm đặc thù',
];
/** Members read at once. */
const CONCURRENCY = 16;

const dmy = (date: string) => date.split('-').reverse().join('/');

function rowOf(member: MemberRecord, personal: PersonalFields, branchName: string): string[] {
  return [
    member.memberId,
    personal.fullName,
    dmy(personal.birthDate),
    personal.nationalId,
    ...[personal.phone, personal.address, personal.ethnicity, personal.religion].map(
      (v) => v ?? '',
    ),
    ...[personal.occupation, personal.education].map((v) => v ?? ''),
    member.branchId,
    branchName,
    member.groupId ?? '',
    dmy(member.admittedOn),
    member.specialGroups.map((group) => SPECIAL_GROUP_LABEL[group]).join('; '),
  ];
}

/**
 * The list of a branch's active members with their personal data in full: a bulk copy of
 * personal data leaving the system, so only for roles with `members:personal-data` in the
 * branch's scope (403 for others: a masked list is of no use on paper). Erased members have no
 * personal data left and are not listed.
 */
@QueryHandler(ExportBranchMembersQuery)
export class ExportBranchMembersHandler implements IQueryHandler<
  ExportBranchMembersQuery,
  MemberListFile
> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
    private readonly branches: BranchDirectory,
    private readonly roster: BranchRoster,
  ) {}

  async execute({ branchId, actor }: ExportBranchMembersQuery): Promise<MemberListFile> {
    const branch = await this.branches.facts(branchId);
    if (!branch.active || branch.kind !== 'branch') throw new NotABranchError(branchId);
    const path = [...branch.ancestorIds, branch.unitId];
    authorise(actor, 'members:read', path);
    authorise(actor, 'members:personal-data', path);
    const [queue, name] = await Promise.all([
      this.roster.activeIn(branchId),
      this.branches.nameOf(branchId),
    ]);
    const rows: string[][] = [];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const row = await this.rowOf(id, branchId, name ?? '');
        if (row) rows.push(row);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    rows.sort(
      (a, b) =>
        (a[1] ?? '').localeCompare(b[1] ?? '', 'vi') || (a[0] ?? '').localeCompare(b[0] ?? ''),
    );
    const content = await writeTable({ sheetName: 'Hội viên', columns: COLUMNS, rows }, 'xlsx');
    return { fileName: `hoi-vien-${branchId}.xlsx`, content };
  }

  /** Her row, from her stream (not the roster, which may lag): active in this branch, not erased. */
  private async rowOf(
    memberId: string,
    branchId: string,
    branchName: string,
  ): Promise<string[] | undefined> {
    const loaded = await this.members.load(memberId);
    const member = loaded.state;
    if (member.status !== 'active' || member.branchId !== branchId || member.erased)
      return undefined;
    const personal = loaded.sealed
      ? await this.personalData.vault.open<PersonalFields>(memberId, loaded.sealed)
      : undefined;
    return personal && rowOf(member, personal, branchName);
  }
}
