import { Logger } from '@nestjs/common';
import {
  CadreImportLookups,
  CadreImportRunner,
  CadrePersonalData,
  CadreWorkspace,
  Catalogue,
  cadreImportDecider,
  cadreImportJobId,
  importedCadreId,
  ImportRegistrations,
  StartCadreImportCommand,
  StartCadreImportHandler,
  UnitSeats,
  type CadreImportJob,
} from '@vwu/training-application';
import { cadreDecider, cadreStreamId } from '@vwu/training-domain';
import { MongoCadreImportJobs, MongoTrainingUnits } from '@vwu/training-infrastructure';
import type { Actor } from '@vwu/platform-auth';
import { CommandHandler, MongoEventStore, ReservationStore } from '@vwu/platform-event-sourcing';
import { LocalMasterKey, MongoDataKeys, PersonalDataVault } from '@vwu/platform-personal-data';
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

// Bulk registration on the real store: a file with errors registers nobody and lists every
// error; a valid one is registered whole across a crash, each cadre once, the same file the
// same job; and a generated file of 20,000 cadres over 400 grassroots unions.
let connection: Connection;
let store: MongoEventStore;
let reservations: ReservationStore;
let units: MongoTrainingUnits;
let cadres: CadreWorkspace;
let personalData: CadrePersonalData;
let jobs: MongoCadreImportJobs;
let vault: PersonalDataVault;
const [city, district] = [randomUUID(), randomUUID()];
const wards = Array.from({ length: 400 }, () => randomUUID());
const officer: Actor = {
  userId: `officer-${randomUUID()}`,
  roles: ['cadre-officer'],
  scopeUnitId: district,
  correlationId: 'c-1',
};

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('cadre_import') })
    .asPromise();
  const exactIndexLookups = process.env['MONGO_EXACT_INDEX_ONLY'] === 'true';
  store = new MongoEventStore(connection, 'commits', { exactIndexLookups });
  await store.init();
  reservations = new ReservationStore(connection);
  await reservations.init();
  units = new MongoTrainingUnits(connection);
  const on = { on: '2000-01-01' };
  await units.apply([
    established(city, 'Thành Hội', undefined, { kind: 'province', ...on }),
    established(district, 'Quận Ba Đình', { id: city, ancestors: [] }, { kind: 'district', ...on }),
    ...wards.map((id, i) =>
      established(
        id,
        `Phường ${i}`,
        { id: district, ancestors: [city] },
        { kind: 'grassroots', ...on },
      ),
    ),
  ]);
  vault = new PersonalDataVault(
    new MongoDataKeys(connection),
    new LocalMasterKey(randomBytes(32).toString('base64')),
  );
  cadres = new CadreWorkspace(store, { handler: new CommandHandler(store, cadreDecider) }, units);
  personalData = new CadrePersonalData(vault);
  jobs = new MongoCadreImportJobs(connection, vault);
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
  'Đơn vị',
  'Trình độ',
  'Lý luận chính trị',
  'Đảng viên',
  'Chuyên trách',
  'Chức vụ',
  'Ngày bổ nhiệm',
];
const POSITIONS = ['Phó Chủ tịch', 'Ủy viên Ban Chấp hành', ''];

/** `count` adult cadres from `first` on: the first of each ward its chairwoman. */
function generated(first: number, count: number): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const position = i < wards.length ? 'Chủ tịch' : (POSITIONS[n % 3] ?? '');
    return [
      `Nguyễn Thị Cán Bộ ${n}`,
      `${String(1 + (n % 28)).padStart(2, '0')}/${String(1 + (n % 12)).padStart(2, '0')}/${1960 + (n % 40)}`,
      `0${String(30_000_000_000 + n).slice(-11)}`,
      `09${String(n).padStart(8, '0')}`,
      wards[i % wards.length] as string,
      ['đại học', 'thạc sĩ', 'cao đẳng'][n % 3] as string,
      ['trung cấp', 'cao cấp', 'sơ cấp'][n % 3] as string,
      n % 2 === 0 ? 'có' : 'không',
      n % 5 === 0 ? 'không' : 'có',
      position,
      position === '' ? '' : '01/06/2021',
    ];
  });
}

const file = (rows: string[][], format: 'csv' | 'xlsx' = 'csv') =>
  writeTable({ sheetName: 'Cán bộ', columns: COLUMNS, rows }, format);

const lookups = () =>
  new CadreImportLookups(cadres, units, reservations, {
    handler: new CommandHandler(store, cadreImportDecider),
  });
const newRunner = (over: MongoCadreImportJobs = jobs) =>
  new CadreImportRunner(
    over,
    new ImportRegistrations(cadres, personalData, lookups(), new Catalogue()),
  );

function start(runner: CadreImportRunner, content: Buffer, format: 'csv' | 'xlsx' = 'csv') {
  const handler = new StartCadreImportHandler(lookups(), jobs, runner, new Catalogue());
  const input = { content, format, fileName: `can-bo.${format}`, registeredOn: '2024-01-10' };
  return handler.execute(new StartCadreImportCommand(input, officer));
}

it('refuses a file with errors whole: every error listed, nobody registered, no job', async () => {
  const rows = generated(900_000, 5).map((row) => [...row]);
  rows[1]![2] = rows[0]![2]!; // row 3: the CCCD of row 2
  rows[2]![1] = '01/01/2012'; // row 4: 12 years old
  rows[3]![4] = randomUUID(); // row 5: no such unit…
  rows[3]![5] = 'cử nhân'; // …and no such education: both listed
  rows[4]![4] = rows[0]![4]!; // row 6: the chairwoman of row 2's ward as well
  const content = await file(rows, 'xlsx');
  await expect(start(newRunner(), content, 'xlsx')).rejects.toMatchObject({
    status: 422,
    code: 'training.import-invalid',
    errors: [
      expect.objectContaining({ row: 3, column: 'Số CCCD' }),
      expect.objectContaining({ row: 4, column: 'Ngày sinh' }),
      expect.objectContaining({ row: 5, column: 'Trình độ' }),
      expect.objectContaining({ row: 5, column: 'Đơn vị' }),
      expect.objectContaining({ row: 6, column: 'Chức vụ' }),
    ],
  });
  const jobId = cadreImportJobId(officer.userId, content);
  expect(await jobs.get(jobId)).toBeUndefined();
  expect(await store.readStream(cadreStreamId(importedCadreId(jobId, 2)))).toEqual([]);
  expect(await connection.collection('reservations').countDocuments()).toBe(0);
});

it('registers a valid file whole across a crash, each cadre once, the same file the same job', async () => {
  const rows = generated(0, 2_500);
  const content = await file(rows);
  const crashing = newRunner(crashingAfter(jobs, 1));
  const job: CadreImportJob = await start(crashing, content);
  expect(job).toMatchObject({ status: 'running', total: 2_500, done: 0 });
  await expect(crashing.drain()).rejects.toThrow('the service died here');
  // Two steps (of two batches of 1,000) were registered, one recorded: the second is half done.
  expect(await jobs.get(job.id)).toMatchObject({ status: 'running', done: 2_000 });
  const stored = await dumped(connection, 'cadre_import_jobs', 'cadre_import_rows');
  for (const value of rows[0]!.slice(0, 4)) expect(stored).not.toContain(value);
  await expireLease(connection, 'cadre_import_jobs', job.id);
  const resumer = newRunner();
  expect((await start(resumer, content)).id).toBe(job.id);
  await resumer.drain();
  expect(await jobs.get(job.id)).toMatchObject({ status: 'completed', done: 2_500 });
  expect(await connection.collection('commits').countDocuments()).toBe(2_500);
  const chair = importedCadreId(job.id, 2);
  expect(await reservations.holder(UnitSeats.id(wards[0]!, 'chairwoman'))).toBe(chair);
  expect(await connection.collection('reservations').countDocuments({ confirmed: true })).toBe(
    wards.length,
  );
  const loaded = await cadres.load(importedCadreId(job.id, 2_400));
  expect(loaded.state).toMatchObject({
    unitId: wards[2_398 % wards.length],
    birthYear: 1960 + (2_398 % 40),
  });
  expect(await personalData.open(loaded)).toMatchObject({ nationalId: rows[2_398]![2] });
  expect(await connection.collection('cadre_import_rows').countDocuments()).toBe(0);
  expect(await start(newRunner(), content)).toMatchObject({ id: job.id, status: 'completed' });
  // The seats are hers now: another file naming them is refused, row by row.
  await expect(start(newRunner(), await file(generated(700_000, 1)))).rejects.toMatchObject({
    errors: [expect.objectContaining({ row: 2, column: 'Chức vụ' })],
  });
}, 120_000);

it('registers a generated file of 20,000 cadres over 400 grassroots unions', async () => {
  await connection.collection('reservations').deleteMany({});
  const rows = generated(1_000_000, 20_000);
  const content = await file(rows);
  const runner = newRunner();
  const t0 = performance.now();
  const job = await start(runner, content);
  const t1 = performance.now();
  await runner.drain();
  const t2 = performance.now();
  expect(await jobs.get(job.id)).toMatchObject({ status: 'completed', done: 20_000 });
  const registered = await connection
    .collection('commits')
    .countDocuments({ 'metadata.correlationId': 'c-1', streamId: { $regex: '^cadre-' } });
  expect(registered).toBe(22_500);
  const seconds = (t2 - t0) / 1000;
  new Logger('CadreImportBench').log(
    `20,000-row cadre import: validated and accepted in ${((t1 - t0) / 1000).toFixed(1)} s, registered in ${((t2 - t1) / 1000).toFixed(1)} s; ${(20_000 / seconds).toFixed(0)} cadres/s`,
  );
}, 180_000);
