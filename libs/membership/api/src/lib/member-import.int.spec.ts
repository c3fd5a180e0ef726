import { Logger } from '@nestjs/common';
import {
  ImportAdmissions,
  ImportLookups,
  importedMemberId,
  MemberImportRunner,
  MemberPersonalData,
  MemberWorkspace,
  memberImportJobId,
  StartMemberImportCommand,
  StartMemberImportHandler,
  type BranchDirectory,
  type MemberImportJob,
} from '@vwu/membership-application';
import { memberDecider } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import { CommandHandler, MongoEventStore, ReservationStore } from '@vwu/platform-event-sourcing';
import {
  BlindIndex,
  LocalMasterKey,
  MongoDataKeys,
  PersonalDataVault,
} from '@vwu/platform-personal-data';
import { writeTable } from '@vwu/platform-tabular';
import {
  crashingAfter,
  dumped,
  established,
  expireLease,
  testInfra,
  uniqueName,
} from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomBytes, randomUUID } from 'node:crypto';
import { MongoBranchDirectory, unitPlaces } from '@vwu/membership-infrastructure';
import { MongoMemberImportJobs } from '@vwu/membership-infrastructure';

// Bulk admission on the real store: a file with errors admits nobody and lists every error; a
// valid one is admitted whole, across a crash, each member once; and 100,000 rows in one file.
let connection: Connection;
let store: MongoEventStore;
let reservations: ReservationStore;
let directory: BranchDirectory;
let members: MemberWorkspace;
let personalData: MemberPersonalData;
let jobs: MongoMemberImportJobs;
let vault: PersonalDataVault;
const [city, ward, branch, otherBranch, group, otherGroup] = Array.from({ length: 6 }, () =>
  randomUUID(),
) as [string, string, string, string, string, string];
const officer: Actor = {
  userId: `officer-${randomUUID()}`,
  roles: ['member-officer'],
  scopeUnitId: ward,
  correlationId: 'c-1',
};

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('member_import') })
    .asPromise();
  const exactIndexLookups = process.env['MONGO_EXACT_INDEX_ONLY'] === 'true';
  store = new MongoEventStore(connection, 'commits', { exactIndexLookups });
  await store.init();
  reservations = new ReservationStore(connection);
  await reservations.init();
  const places = new MongoBranchDirectory(unitPlaces(connection));
  const on = { on: '2000-01-01' };
  await places.apply([
    established(city, 'Thành Hội', undefined, { kind: 'province', ...on }),
    established(ward, 'Phường Kim Mã', { id: city, ancestors: [] }, { kind: 'grassroots', ...on }),
    established(branch, 'Chi hội 5', { id: ward, ancestors: [city] }, on),
    established(otherBranch, 'Chi hội 6', { id: ward, ancestors: [city] }, on),
    established(group, 'Tổ 1', { id: branch, ancestors: [city, ward] }, { kind: 'group', ...on }),
    established(
      otherGroup,
      'Tổ 1',
      { id: otherBranch, ancestors: [city, ward] },
      {
        kind: 'group',
        ...on,
      },
    ),
    ...manyBranches.map((id, i) =>
      established(id, `Chi hội tổ dân phố ${i}`, { id: ward, ancestors: [city] }, on),
    ),
  ]);
  directory = places;
  vault = new PersonalDataVault(
    new MongoDataKeys(connection),
    new LocalMasterKey(randomBytes(32).toString('base64')),
  );
  members = new MemberWorkspace(
    store,
    { handler: new CommandHandler(store, memberDecider) },
    reservations,
  );
  personalData = new MemberPersonalData(vault, new BlindIndex(randomBytes(32).toString('base64')));
  jobs = new MongoMemberImportJobs(connection, vault);
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

const COLUMNS = [
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Điện thoại',
  'Chi hội',
  'Ngày kết nạp',
  'Nhóm đặc thù',
];

/** A grassroots union's branches: the 100,000-row list spreads over them. */
const manyBranches = Array.from({ length: 200 }, () => randomUUID());

/** `count` adult women with unique CCCDs from `first` on, spread over `branches`. */
function generated(first: number, count: number, branches = [branch, otherBranch]): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return [
      `Nguyễn Thị Hội Viên ${n}`,
      `${String(1 + (n % 28)).padStart(2, '0')}/${String(1 + (n % 12)).padStart(2, '0')}/${1950 + (n % 50)}`,
      `0${String(10_000_000_000 + n).slice(-11)}`,
      `09${String(n).padStart(8, '0')}`,
      branches[n % branches.length] as string,
      '08/03/2024',
      n % 7 === 0 ? 'young; Phụ nữ cao tuổi' : '',
    ];
  });
}

const file = (rows: string[][], format: 'csv' | 'xlsx' = 'csv') =>
  writeTable({ sheetName: 'Hội viên', columns: COLUMNS, rows }, format);

const lookups = () => new ImportLookups(members, personalData, directory);
const newRunner = (over: MongoMemberImportJobs = jobs) =>
  new MemberImportRunner(over, new ImportAdmissions(members, personalData, lookups()));

function start(
  runner: MemberImportRunner,
  content: Buffer,
  format: 'csv' | 'xlsx' = 'csv',
  actor = officer,
) {
  const handler = new StartMemberImportHandler(lookups(), jobs, runner);
  const input = { content, format, fileName: `members.${format}`, admittedOn: '2024-03-08' };
  return handler.execute(new StartMemberImportCommand(input, actor));
}

it('refuses a file with errors whole: every error listed, nobody admitted, no job', async () => {
  const rows = generated(900_000, 6);
  rows[1]![2] = rows[0]![2]!; // row 3: the CCCD of row 2
  rows[2]![1] = '01/01/2010'; // row 4: 14 on the day
  rows[3]![4] = randomUUID(); // row 5: no such branch
  rows[4]![2] = '12345'; // row 6: not 12 digits…
  rows[4]![4] = ward; // …and a grassroots union in the branch column: both listed
  rows[5]![1] = '30/02/1990'; // row 7: no such day
  const content = await file(rows, 'xlsx');
  await expect(start(newRunner(), content, 'xlsx')).rejects.toMatchObject({
    status: 422,
    code: 'membership.import-invalid',
    errors: [
      expect.objectContaining({
        row: 3,
        column: 'Số CCCD',
        reason: expect.stringContaining('dòng 2') as string,
      }),
      expect.objectContaining({ row: 4, column: 'Ngày sinh' }),
      expect.objectContaining({ row: 5, column: 'Chi hội' }),
      expect.objectContaining({ row: 6, column: 'Số CCCD' }),
      expect.objectContaining({ row: 6, column: 'Chi hội' }),
      expect.objectContaining({ row: 7, column: 'Ngày sinh' }),
    ],
  });
  const jobId = memberImportJobId(officer.userId, content);
  expect(await jobs.get(jobId)).toBeUndefined();
  expect(await store.readStream(importedMemberId(jobId, 2))).toEqual([]);
  expect(await connection.collection('reservations').countDocuments()).toBe(0);
});

it('admits a valid file whole across a crash, each member once, nothing personal in the job', async () => {
  const rows = generated(0, 2_500);
  const content = await file(rows);
  const crashing = newRunner(crashingAfter(jobs, 1));
  const job: MemberImportJob = await start(crashing, content);
  expect(job).toMatchObject({ status: 'running', total: 2_500, done: 0 });
  await expect(crashing.drain()).rejects.toThrow('the service died here');
  // Two steps (of two batches of 1,000) were admitted, one recorded: the second is half done.
  expect(await jobs.get(job.id)).toMatchObject({ status: 'running', done: 2_000 });
  const stored = await dumped(connection, 'member_import_jobs', 'member_import_rows');
  for (const value of rows[0]!.slice(0, 4)) expect(stored).not.toContain(value);
  // The dead runner's lease runs out; the same upload is the same job, and another runner ends it.
  await expireLease(connection, 'member_import_jobs', job.id);
  const resumer = newRunner();
  expect((await start(resumer, content)).id).toBe(job.id);
  await resumer.drain();
  expect(await jobs.get(job.id)).toMatchObject({ status: 'completed', done: 2_500 });
  for (const row of [2, 1_500, 2_501]) {
    const id = importedMemberId(job.id, row);
    expect(await store.readStream(id)).toHaveLength(1);
    expect(await reservations.holder(personalData.reservationFor(rows[row - 2]![2]!))).toBe(id);
  }
  expect(await connection.collection('commits').countDocuments()).toBe(2_500);
  expect(await connection.collection('reservations').countDocuments({ confirmed: true })).toBe(
    2_500,
  );
  const loaded = await members.load(importedMemberId(job.id, 3));
  expect(await personalData.vault.open(loaded.memberId, loaded.sealed ?? '')).toMatchObject({
    fullName: rows[1]![0],
    birthDate: '1951-02-02',
    nationalId: rows[1]![2],
  });
  // The rows are shredded once the job is done; the same file again changes nothing.
  expect(await connection.collection('member_import_rows').countDocuments()).toBe(0);
  expect(await start(newRunner(), content)).toMatchObject({ id: job.id, status: 'completed' });
  // Her number is hers now: another file with it is refused, naming the row.
  await expect(start(newRunner(), await file([rows[0]!]))).rejects.toMatchObject({
    errors: [expect.objectContaining({ row: 2, column: 'Số CCCD' })],
  });
}, 300_000);

it('resumes a job whose runner died in its very first step, each member once', async () => {
  const rows = generated(500_000, 1_200);
  const content = await file(rows);
  const crashing = newRunner(crashingAfter(jobs, 0));
  const job: MemberImportJob = await start(crashing, content);
  await expect(crashing.drain()).rejects.toThrow('the service died here');
  expect(await jobs.get(job.id)).toMatchObject({ status: 'running', done: 0 });
  const admitted = importedMemberId(job.id, 2);
  expect(await store.readStream(admitted)).toHaveLength(1);
  // Before anyone resumes, she leaves: her national ID number is free again.
  const cccd = personalData.reservationFor(rows[0]![2]!);
  const on = new Date().toISOString().slice(0, 10);
  await members.handle(
    admitted,
    { type: 'EndMembership', memberId: admitted, end: 'left', reason: 'moved-away', on },
    officer,
  );
  await reservations.release(cccd, admitted);
  await expireLease(connection, 'member_import_jobs', job.id);
  const resumer = newRunner();
  expect((await start(resumer, content)).id).toBe(job.id);
  await resumer.drain();
  expect(await jobs.get(job.id)).toMatchObject({ status: 'completed', done: 1_200 });
  // The resumed step found her stream: she is not admitted again, her number stays free.
  expect((await members.load(admitted)).state.status).toBe('left');
  expect(await reservations.holder(cccd)).toBeUndefined();
  for (const row of [1_000, 1_201]) {
    const id = importedMemberId(job.id, row);
    expect(await store.readStream(id)).toHaveLength(1);
    expect(await reservations.holder(personalData.reservationFor(rows[row - 2]![2]!))).toBe(id);
  }
}, 300_000);

it('takes a women’s group of the row’s branch only, and names the special groups it takes', async () => {
  const columns = [...COLUMNS, 'Tổ'];
  const rows = generated(800_000, 3).map((row) => [...row, '']);
  rows[0]![4] = branch;
  rows[0]![7] = group; // row 2: a group of its branch
  rows[1]![4] = branch;
  rows[1]![7] = otherGroup; // row 3: a group of another branch
  rows[2]![6] = 'người cao tuổi'; // row 4: no such special group
  const content = await writeTable({ sheetName: 'Hội viên', columns, rows }, 'csv');
  const refusal = start(newRunner(), content);
  await expect(refusal).rejects.toMatchObject({
    message: 'Tệp có 2 lỗi, chưa kết nạp ai — 2 errors in the file; nobody was admitted',
    errors: [
      expect.objectContaining({ row: 3, column: 'Tổ' }),
      expect.objectContaining({
        row: 4,
        column: 'Nhóm đặc thù',
        reason: expect.stringContaining('Phụ nữ cao tuổi (elderly)') as string,
      }),
    ],
  });
  rows[1]![7] = group;
  rows[1]![4] = branch;
  rows[2]![6] = 'Phụ nữ cao tuổi';
  const runner = newRunner();
  const job = await start(runner, await writeTable({ sheetName: 'x', columns, rows }, 'csv'));
  await runner.drain();
  expect((await members.load(importedMemberId(job.id, 3))).state).toMatchObject({ groupId: group });
  expect((await members.load(importedMemberId(job.id, 4))).state).toMatchObject({
    specialGroups: ['elderly'],
  });
});

it('admits a generated file of 100,000 members in 200 branches', async () => {
  const rows = generated(1_000_000, 100_000, manyBranches);
  const content = await file(rows);
  const runner = newRunner();
  const t0 = performance.now();
  const job = await start(runner, content, 'csv', { ...officer, correlationId: 'c-100k' });
  const t1 = performance.now();
  await runner.drain();
  const t2 = performance.now();
  expect(await jobs.get(job.id)).toMatchObject({ status: 'completed', done: 100_000 });
  const admitted = await connection
    .collection('commits')
    .countDocuments({ 'metadata.correlationId': 'c-100k' });
  expect(admitted).toBe(100_000);
  const seconds = (t2 - t0) / 1000;
  new Logger('MemberImportBench').log(
    `100,000-row import: validated and accepted in ${((t1 - t0) / 1000).toFixed(1)} s, admitted in ${((t2 - t1) / 1000).toFixed(1)} s; ${seconds.toFixed(1)} s in all, ${(100_000 / seconds).toFixed(0)} admissions/s`,
  );
}, 1_800_000);
