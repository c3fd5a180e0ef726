import { MemoryJobs } from '@vwu/platform-testing';
import {
  BRANCH,
  membersUnderTest,
  OTHER_BRANCH,
  officer,
  WARD,
} from '../testing/members-under-test';
import { ImportLookups } from './import-lookups';
import type { MemberImportJob } from './member-import.job';
import type { PlannedMember } from './member-import-plan';
import type { MemberImportRunner } from './member-import.runner';
import { StartMemberImportCommand } from './start-member-import.command';
import { StartMemberImportHandler } from './start-member-import.handler';

const csv = (...rows: string[]) =>
  Buffer.from(['Họ và tên,Ngày sinh,Số CCCD,Chi hội', ...rows].join('\n'));
const LIST = csv(
  `Nguyễn Thị Lan,17/05/1990,001190012345,${BRANCH}`,
  `Trần Thị Mai,03/02/1985,001185000001,${BRANCH}`,
);

function setup() {
  const t = membersUnderTest();
  const jobs = new MemoryJobs<MemberImportJob, PlannedMember>();
  let kicks = 0;
  // The runner's only part the handler calls: its kick, counted here.
  const runner = { kick: () => void (kicks += 1) } as unknown as MemberImportRunner;
  const lookups = new ImportLookups(t.members, t.personalData, t.branches);
  const handler = new StartMemberImportHandler(lookups, jobs, runner);
  const start = (content: Buffer, scope = WARD, roles?: string[]) =>
    handler.execute(
      new StartMemberImportCommand(
        { content, format: 'csv', fileName: 'hoi-vien.csv', admittedOn: '2024-03-08' },
        officer(scope, roles),
      ),
    );
  return { ...t, jobs, start, kicks: () => kicks };
}

describe('starting a member import', () => {
  it('accepts a valid list as a running job of its rows, kicks the runner, and admits nobody yet', async () => {
    const t = setup();
    const job = await t.start(LIST);
    expect(job).toMatchObject({
      fileName: 'hoi-vien.csv',
      format: 'csv',
      total: 2,
      done: 0,
      status: 'running',
      userId: 'officer-1',
      roles: ['member-officer'],
      scopeUnitId: WARD,
      correlationId: 'req-1',
    });
    const rows = t.jobs.jobs.get(job.id)?.rows ?? [];
    expect(rows.map((r) => [r.row, r.branchId, r.admittedOn])).toEqual([
      [2, BRANCH, '2024-03-08'],
      [3, BRANCH, '2024-03-08'],
    ]);
    expect(t.kicks()).toBe(1);
    expect(t.store.allCommits()).toEqual([]);
    expect(JSON.stringify(job)).not.toContain('001190012345');
  });

  it('returns the same job for the same file again, and kicks the runner again', async () => {
    const t = setup();
    const first = await t.start(LIST);
    expect(await t.start(LIST)).toEqual(first);
    expect(t.jobs.jobs.size).toBe(1);
    expect(t.kicks()).toBe(2);
  });

  it('refuses a role without personal data, and a file with errors, creating no job', async () => {
    const t = setup();
    await expect(t.start(LIST, WARD, ['viewer'])).rejects.toMatchObject({
      code: 'auth.forbidden',
      statusCode: 403,
    });
    const invalid = csv(
      `Nguyễn Thị Lan,17/05/1990,001190012345,${OTHER_BRANCH}`,
      `Trần Thị Mai,không rõ,001185000001,${BRANCH}`,
    );
    await expect(t.start(invalid)).rejects.toMatchObject({
      status: 422,
      code: 'membership.import-invalid',
      errors: [
        expect.objectContaining({ field: 'rows.2.branch', column: 'Chi hội' }),
        expect.objectContaining({ field: 'rows.3.dateOfBirth', column: 'Ngày sinh' }),
      ],
    });
    await expect(t.start(Buffer.from('Tên\nLan'))).rejects.toMatchObject({
      status: 422,
      code: 'membership.import-invalid',
    });
    expect(t.jobs.jobs.size).toBe(0);
    expect(t.kicks()).toBe(0);
  });
});
