import { MemoryJobs } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { AppointCadreCommand } from '../appoint-cadre/appoint-cadre.command';
import { RegisterCadreCommand } from '../register-cadre/register-cadre.command';
import { LAN } from '../testing/cadres-under-test';
import type { CadreImportJob, PlannedCadre } from './cadre-import.job';
import {
  BRANCH,
  CITY,
  cadreImportsUnderTest,
  GROUP,
  officer,
  OTHER_WARD,
  WARD,
} from '../testing/cadre-imports-under-test';

const HEADER =
  'Họ và tên,Ngày sinh,Số CCCD,Điện thoại,Đơn vị,Ngày tiếp nhận,Trình độ,Lý luận chính trị,Đảng viên,Chuyên trách,Chức vụ,Đơn vị công tác,Ngày bổ nhiệm';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'));
const LIST = csv(
  `Nguyễn Thị Lan,17/05/1980,001180012345,0912345678,${WARD},,Thạc sĩ,Cao cấp,có,Có,Chủ tịch,,01/02/2024`,
  `Trần Thị Mai,03/02/1985,001185000001,,${WARD},02/01/2024,đại học,trung cấp,không,không,Phó Chủ tịch,,01/02/2024`,
  `Lê Thị Hoa,04/04/1990,001190000002,,${WARD},,college,elementary,yes,no,Chi hội trưởng,${BRANCH},15/03/2024`,
  `Phạm Thị Thu,05/05/1992,001192000003,,${BRANCH},,,,,,,,`,
);

describe('starting a cadre import', () => {
  it('accepts a list with labels or codes as a running job, kicks the runner, registers nobody yet', async () => {
    const t = cadreImportsUnderTest(new MemoryJobs<CadreImportJob, PlannedCadre>());
    const job = await t.start(LIST);
    expect(job).toMatchObject({
      fileName: 'can-bo.csv',
      total: 4,
      done: 0,
      status: 'running',
      userId: 'officer-1',
      scopeUnitId: WARD,
    });
    const rows = t.jobs.jobs.get(job.id)?.rows ?? [];
    expect(rows.map((r) => [r.row, r.unitId, r.registeredOn, r.post])).toEqual([
      [2, WARD, '2024-01-10', { position: 'chairwoman', unitId: WARD, appointedOn: '2024-02-01' }],
      [3, WARD, '2024-01-02', { position: 'vice-chair', unitId: WARD, appointedOn: '2024-02-01' }],
      [
        4,
        WARD,
        '2024-01-10',
        { position: 'branch-head', unitId: BRANCH, appointedOn: '2024-03-15' },
      ],
      [5, BRANCH, '2024-01-10', null],
    ]);
    expect(rows.map((r) => r.qualifications.map((q) => `${q.fact}=${q.value}`))).toEqual([
      ['education=master', 'political-theory=advanced', 'party=member', 'full-time=full-time'],
      [
        'education=university',
        'political-theory=intermediate',
        'party=not-member',
        'full-time=part-time',
      ],
      ['education=college', 'political-theory=elementary', 'party=member', 'full-time=part-time'],
      [],
    ]);
    expect(t.kicks()).toBe(1);
    expect(t.store.allCommits()).toEqual([]);
    expect(JSON.stringify(job)).not.toContain('001180012345');
  });

  it('reads English headers as the Vietnamese ones, and the same file again is the same job', async () => {
    const t = cadreImportsUnderTest(new MemoryJobs<CadreImportJob, PlannedCadre>());
    const english = Buffer.from(
      [
        'fullName,dateOfBirth,nationalId,unit,education,politicalTheory,party,fullTime,position,appointedOn',
        `Nguyễn Thị Lan,1980-05-17,001180012345,${WARD},doctorate,advanced,no,yes,chairwoman,2024-02-01`,
      ].join('\n'),
    );
    const job = await t.start(english);
    expect(t.jobs.jobs.get(job.id)?.rows[0]).toMatchObject({
      personal: { fullName: 'Nguyễn Thị Lan', birthDate: '1980-05-17' },
      post: { position: 'chairwoman', unitId: WARD },
    });
    expect(await t.start(english)).toEqual(job);
    expect(t.jobs.jobs.size).toBe(1);
    expect(t.kicks()).toBe(2);
  });

  it('lists every error of the file by row and column, never a value, and creates no job', async () => {
    const t = cadreImportsUnderTest(new MemoryJobs<CadreImportJob, PlannedCadre>());
    // The ward's chairwoman seat is held already.
    const held = randomUUID();
    const input = { unitId: GROUP, memberId: null, registeredOn: '2024-01-10', personal: LAN };
    await t.register.execute(
      new RegisterCadreCommand({ ...input, qualifications: [] }, officer(CITY), held),
    );
    const chair = { unitId: GROUP, position: 'group-head', appointedOn: '2024-02-01' };
    await t.appoint.execute(new AppointCadreCommand(held, chair, officer(CITY), randomUUID()));
    const q = 'đại học,sơ cấp,có,có';
    const invalid = csv(
      `Lê Thị A,17/05/1980,12345,09,${WARD},,${q},,,`, // 2: CCCD, phone
      `Lê Thị B,17/05/2010,001110000001,,${WARD},,${q},,,`, // 3: under 18
      `Lê Thị C,17/05/1980,001180000002,,${OTHER_WARD},,${q},,,`, // 4: out of scope
      `Lê Thị D,17/05/1980,001180000003,,${randomUUID()},,${q},,,`, // 5: unknown unit
      `Lê Thị E,17/05/1980,001180000004,,${WARD},,cử nhân,${q.slice(8)},,,`, // 6: education
      `Lê Thị F,17/05/1980,001180000005,,${WARD},,${q},Chi hội trưởng,,01/02/2024`, // 7: kind
      `Lê Thị G,17/05/1980,001180000006,,${WARD},,${q},Chủ tịch,,01/02/2024`,
      `Lê Thị H,17/05/1980,001180000006,,${WARD},,${q},chairwoman,,01/02/2024`, // 9: both
      `Lê Thị I,17/05/1980,001180000008,,${WARD},,${q},Tổ trưởng,${GROUP},01/02/2024`, // 10: held
      `Lê Thị K,17/05/1980,001180000009,,${WARD},01/01/2099,${q},Phó Chủ tịch,,`, // 11
      `,30/02/1980,001180000010,,${WARD},,${q},Thủ quỹ,,01/02/2024`, // 12
    );
    const refusal = t.start(invalid);
    await expect(refusal).rejects.toMatchObject({ status: 422, code: 'training.import-invalid' });
    const { errors } = (await refusal.catch((e: unknown) => e)) as {
      errors: { row: number; column: string }[];
    };
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Số CCCD'],
      [2, 'Điện thoại'],
      [3, 'Ngày sinh'],
      [4, 'Đơn vị'],
      [5, 'Đơn vị'],
      [6, 'Trình độ'],
      [7, 'Chức vụ'],
      [9, 'Số CCCD'],
      [9, 'Chức vụ'],
      [10, 'Chức vụ'],
      [11, 'Ngày bổ nhiệm'],
      [11, 'Ngày tiếp nhận'],
      [12, 'Họ và tên'],
      [12, 'Ngày sinh'],
      [12, 'Chức vụ'],
    ]);
    expect(JSON.stringify(errors)).toContain('dòng 8');
    for (const value of ['12345', '001110000001', 'cử nhân', 'Thủ quỹ', '2099', 'Lê Thị'])
      expect(JSON.stringify(errors)).not.toContain(value);
    expect(t.jobs.jobs.size).toBe(0);
    expect(t.kicks()).toBe(0);
  });

  it('refuses a role without cadres’ personal data, and a file without the required columns', async () => {
    const t = cadreImportsUnderTest(new MemoryJobs<CadreImportJob, PlannedCadre>());
    await expect(t.start(LIST, WARD, ['viewer'])).rejects.toMatchObject({
      code: 'auth.forbidden',
      statusCode: 403,
    });
    await expect(t.start(Buffer.from('Họ và tên,Ngày sinh\nLan,01/01/1980'))).rejects.toMatchObject(
      {
        code: 'training.import-invalid',
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'columns.nationalId', row: 1 }),
          expect.objectContaining({ field: 'columns.party', row: 1 }),
        ]) as unknown,
      },
    );
    expect(t.jobs.jobs.size).toBe(0);
  });
});
