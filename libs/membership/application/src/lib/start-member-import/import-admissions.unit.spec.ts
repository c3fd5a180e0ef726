import { randomUUID } from 'node:crypto';
import { AdmitMemberCommand } from '../admit-member/admit-member.command';
import { AdmitMemberHandler } from '../admit-member/admit-member.handler';
import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
import { EraseMemberCommand } from '../erase-member/erase-member.command';
import { EraseMemberHandler } from '../erase-member/erase-member.handler';
import { ExportBranchMembersHandler } from '../export-branch-members/export-branch-members.handler';
import {
  BranchRoster,
  ExportBranchMembersQuery,
} from '../export-branch-members/export-branch-members.query';
import {
  BRANCH,
  GROUP,
  membersUnderTest,
  OTHER_GROUP,
  officer,
  OTHER_WARD,
  WARD,
} from '../testing/members-under-test';
import { readTable } from '@vwu/platform-tabular';
import { ImportAdmissions } from './import-admissions';
import { ImportLookups } from './import-lookups';
import type { MemberImportJob } from './member-import.job';
import type { PlannedMember } from './member-import-plan';

// A batch of an import on in-memory stores: what happens when the world changed between the
// validation and the run, and the branch's list that comes out.
function setup() {
  const t = membersUnderTest();
  const lookups = new ImportLookups(t.members, t.personalData, t.branches);
  return { ...t, admissions: new ImportAdmissions(t.members, t.personalData, lookups) };
}

const job = (scopeUnitId = WARD): MemberImportJob => ({
  id: randomUUID(),
  fileName: 'x.csv',
  format: 'csv',
  total: 3,
  done: 0,
  status: 'running',
  userId: 'officer-1',
  roles: ['member-officer'],
  scopeUnitId,
  correlationId: 'c-1',
  createdAt: new Date(),
});

const planned = (row: number, nationalId: string): PlannedMember => ({
  row,
  memberId: randomUUID(),
  personal: { fullName: `Nguyễn Thị ${row}`, birthDate: '1990-05-17', nationalId },
  branchId: BRANCH,
  groupId: null,
  admittedOn: '2024-03-08',
  specialGroups: ['young'],
});

describe('a batch of an import', () => {
  it('admits each row once, however often the batch runs', async () => {
    const t = setup();
    const rows = [planned(2, '001190000001'), planned(3, '001190000002')];
    expect(await t.admissions.admit(rows, job(), false)).toBeUndefined();
    expect(await t.admissions.admit(rows, job(), true)).toBeUndefined();
    expect(await t.admissions.admit(rows, job(), false)).toBeUndefined();
    for (const row of rows) {
      expect(await t.store.readStream(row.memberId)).toHaveLength(1);
      const reservation = t.personalData.reservationFor(row.personal.nationalId);
      expect(t.reservations.held.get(reservation)).toEqual({
        owner: row.memberId,
        confirmed: true,
      });
    }
  });

  it('admits the batch through the member command handler, in one write', async () => {
    const t = setup();
    const rows = [planned(2, '001190000001'), planned(3, '001190000002')];
    const handleNew = jest.spyOn(t.members.commands.handler, 'handleNew');
    const startStreams = jest.spyOn(t.store, 'startStreams');
    expect(await t.admissions.admit(rows, job(), false)).toBeUndefined();
    expect(handleNew).toHaveBeenCalledTimes(1);
    expect(handleNew.mock.calls[0]?.[0].map((e) => [e.streamId, e.command.type])).toEqual([
      [rows[0]!.memberId, 'AdmitMember'],
      [rows[1]!.memberId, 'AdmitMember'],
    ]);
    expect(startStreams).toHaveBeenCalledTimes(1);
    const commits = await Promise.all(rows.map((row) => t.store.readStream(row.memberId)));
    expect(commits.map((events) => events.map((e) => [e.version, e.type]))).toEqual([
      [[1, 'MemberAdmitted']],
      [[1, 'MemberAdmitted']],
    ]);
  });

  it('refuses a row whose number another member took since validation; the others go in', async () => {
    const t = setup();
    const rows = [planned(2, '001190000001'), planned(3, '001190000002')];
    const admit = new AdmitMemberHandler(t.members, t.personalData, t.branches);
    const input = { branchId: BRANCH, groupId: null, admittedOn: '2024-03-08', specialGroups: [] };
    const other = randomUUID();
    await admit.execute(
      new AdmitMemberCommand({ ...input, personal: rows[1]!.personal }, officer(WARD), other),
    );
    expect(await t.admissions.admit(rows, job(), false)).toMatchObject({
      row: 3,
      column: 'nationalId',
    });
    expect(await t.store.readStream(rows[0]!.memberId)).toHaveLength(1);
    expect(await t.store.readStream(rows[1]!.memberId)).toEqual([]);
    expect(await t.reservations.holder(t.personalData.reservationFor('001190000002'))).toBe(other);
  });

  it('refuses a row whose group is not one of its branch’s (moved away since validation)', async () => {
    const t = setup();
    const rows = [
      planned(2, '001190000001'),
      { ...planned(3, '001190000002'), groupId: OTHER_GROUP },
    ];
    expect(await t.admissions.admit(rows, job(), false)).toMatchObject({ row: 3, column: 'group' });
    expect(await t.store.readStream(rows[0]!.memberId)).toHaveLength(1);
    expect(await t.store.readStream(rows[1]!.memberId)).toEqual([]);
    expect(
      await t.reservations.holder(t.personalData.reservationFor('001190000002')),
    ).toBeUndefined();
  });

  it('refuses every row of a branch that left the uploader’s scope, admitting none of them', async () => {
    const t = setup();
    const rows = [planned(2, '001190000001')];
    expect(await t.admissions.admit(rows, job(OTHER_WARD), false)).toMatchObject({
      row: 2,
      column: 'branch',
    });
    expect(await t.store.readStream(rows[0]!.memberId)).toEqual([]);
    expect(t.reservations.held.size).toBe(0);
  });
});

describe('a branch’s member list', () => {
  it('lists the active members with their personal data, for roles that may see it', async () => {
    const t = setup();
    const rows = [
      { ...planned(2, '001190000001'), groupId: GROUP },
      { ...planned(3, '001190000002'), specialGroups: ['young', 'elderly'] as const },
      planned(4, '001190000003'),
    ];
    expect(await t.admissions.admit(rows, job(), false)).toBeUndefined();
    // An erased member has left first (ADR 0005): she is not on the list.
    const erased = rows[2]!.memberId;
    const left = { end: 'left', reason: 'moved-away', on: '2024-09-01' } as const;
    await new EndMembershipHandler(t.members, t.personalData).execute(
      new EndMembershipCommand(erased, left, officer(WARD)),
    );
    await new EraseMemberHandler(t.members, t.personalData).execute(
      new EraseMemberCommand(erased, '2025-01-01', officer(WARD)),
    );
    const roster = new (class extends BranchRoster {
      activeIn = () => Promise.resolve([...rows.map((row) => row.memberId), randomUUID()]);
    })();
    const list = new ExportBranchMembersHandler(t.members, t.personalData, t.branches, roster);
    const file = await list.execute(new ExportBranchMembersQuery(BRANCH, officer(WARD)));
    const table = await readTable(file.content, 'xlsx', { maxRows: 10 });
    expect(table.rows.map((row) => row.cells.slice(0, 4))).toEqual([
      [rows[0]!.memberId, 'Nguyễn Thị 2', '17/05/1990', '001190000001'],
      [rows[1]!.memberId, 'Nguyễn Thị 3', '17/05/1990', '001190000002'],
    ]);
    // The branch by id and by name; the group; the special groups by their Vietnamese labels.
    const at = (name: string) => table.columns.indexOf(name);
    expect(
      table.rows.map((row) =>
        ['Chi hội', 'Tên chi hội', 'Tổ', 'Nhóm đặc thù'].map((name) => row.cells[at(name)]),
      ),
    ).toEqual([
      [BRANCH, 'Chi hội tổ dân phố 5', GROUP, 'Phụ nữ trẻ'],
      [BRANCH, 'Chi hội tổ dân phố 5', '', 'Phụ nữ trẻ; Phụ nữ cao tuổi'],
    ]);
    await expect(
      list.execute(new ExportBranchMembersQuery(BRANCH, officer(WARD, ['viewer']))),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(
      list.execute(new ExportBranchMembersQuery(BRANCH, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
  });
});
