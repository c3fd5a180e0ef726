import {
  importedUnitId,
  importJobId,
  StartUnitImportCommand,
  StartUnitImportHandler,
  UnitImportRunner,
  UnitWorkspace,
  siblingNameReservation,
  type UnitCommands,
  type UnitImportJob,
} from '@vwu/organisation-application';
import { DEFAULT_UNIT_KIND_CATALOGUE, unitDecider } from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import { CommandHandler, MongoEventStore, ReservationStore } from '@vwu/platform-event-sourcing';
import { writeTable } from '@vwu/platform-tabular';
import { testInfra, uniqueName } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { MongoUnitImportJobs } from '@vwu/organisation-infrastructure';

// The import on the real store: all or nothing at validation, then a job that survives a crash
// between two batches without establishing any unit twice.
let connection: Connection;
let store: MongoEventStore;
let reservations: ReservationStore;
let commands: UnitCommands;
let jobs: MongoUnitImportJobs;
const rootId = randomUUID();
const admin: Actor = {
  userId: 'u-admin',
  roles: ['admin'],
  scopeUnitId: rootId,
  correlationId: 'c-1',
};

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('unit_import') })
    .asPromise();
  store = new MongoEventStore(connection);
  await store.init();
  reservations = new ReservationStore(connection);
  commands = { handler: new CommandHandler(store, unitDecider(DEFAULT_UNIT_KIND_CATALOGUE)) };
  jobs = new MongoUnitImportJobs(connection);
  const root = { unitId: rootId, name: 'Thành Hội', kind: 'province', parent: null };
  await commands.handler.handle({
    streamId: rootId,
    command: { type: 'EstablishUnit', ...root, establishedOn: '2000-01-01' },
    metadata: { correlationId: 'c-0', causationId: 'c-0', actor: 'u-admin' },
    now: new Date(),
    newEventId: randomUUID,
  });
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

/** A district with grassroots unions, branches and groups: 1 + g + g·b + g·b·t rows. */
function structure(tag: string, g: number, b: number, t: number): string[][] {
  const rows = [[`${tag}`, `Hội LHPN quận ${tag}`, 'district', '', '01/01/2019']];
  for (let i = 1; i <= g; i += 1) {
    rows.push([`${tag}-G${i}`, `Hội LHPN phường ${tag} ${i}`, 'grassroots', tag, '']);
    for (let j = 1; j <= b; j += 1) {
      rows.push([`${tag}-G${i}-B${j}`, `Chi hội tổ dân phố ${j}`, 'branch', `${tag}-G${i}`, '']);
      for (let k = 1; k <= t; k += 1)
        rows.push([
          `${tag}-G${i}-B${j}-T${k}`,
          `Tổ phụ nữ ${k}`,
          'group',
          `${tag}-G${i}-B${j}`,
          '',
        ]);
    }
  }
  return rows;
}

async function file(rows: string[][], format: 'csv' | 'xlsx' = 'csv'): Promise<Buffer> {
  const columns = ['Mã', 'Tên đơn vị', 'Loại', 'Mã cấp trên', 'Ngày thành lập'];
  return writeTable({ sheetName: 'Đơn vị', columns, rows }, format);
}

function handlerWith(runner: UnitImportRunner): StartUnitImportHandler {
  return new StartUnitImportHandler(new UnitWorkspace(store, commands, reservations), jobs, runner);
}

function start(runner: UnitImportRunner, content: Buffer, format: 'csv' | 'xlsx' = 'csv') {
  const input = { content, format, fileName: `units.${format}`, establishedOn: '2019-01-01' };
  return handlerWith(runner).execute(new StartUnitImportCommand(input, admin));
}

const newRunner = (over = jobs) => new UnitImportRunner(over, store, commands, reservations);

it('imports a valid XLSX file completely, parents first, each unit once', async () => {
  const runner = newRunner();
  const job = await start(runner, await file(structure('A', 3, 4, 2), 'xlsx'), 'xlsx');
  expect(job).toMatchObject({ status: 'running', total: 1 + 3 + 12 + 24, parentId: rootId });
  await runner.drain();
  expect(await jobs.get(job.id)).toMatchObject({ status: 'completed', done: 40 });
  const planned = await jobs.rows(job.id, 0, 40);
  for (const unit of planned) expect(await store.readStream(unit.unitId)).toHaveLength(1);
  const branch = planned.find((u) => u.kind === 'branch');
  const holder = await reservations.holder(
    siblingNameReservation(branch!.parent.unitId, branch!.name),
  );
  expect(holder).toBe(branch!.unitId);
});

it('refuses a file with errors whole: every error listed, no unit and no job written', async () => {
  const rows = structure('B', 2, 2, 0);
  rows.push(['B-G1-B1', 'Chi hội trùng mã', 'branch', 'B-G1', '']); // row 9: duplicate code
  rows.push(['B-X', 'Chi hội lạc', 'branch', 'B-NONE', '']); // row 10: no such parent
  rows.push(['B-G2-B3', 'Chi hội tổ dân phố 1', 'branch', 'B-G2', '']); // row 11: sibling name
  rows.push(['B-G2-T9', 'Tổ lạc chỗ', 'group', 'B-G2', '31/02/2020']); // row 12: kind, date
  const content = await file(rows);
  const runner = newRunner();
  await expect(start(runner, content)).rejects.toMatchObject({
    status: 422,
    code: 'organisation.import-invalid',
    errors: [
      expect.objectContaining({ row: 9, column: 'Mã' }),
      expect.objectContaining({ row: 10, column: 'Mã cấp trên' }),
      expect.objectContaining({ row: 11, column: 'Tên đơn vị' }),
      expect.objectContaining({ row: 12, column: 'Ngày thành lập' }),
      expect.objectContaining({ row: 12, column: 'Loại' }),
    ],
  });
  expect(await reservations.holdersByPrefix(`unit-name:${rootId}:hội lhpn quận b`)).toEqual([]);
  expect(await jobs.get(importJobId(rootId, content))).toBeUndefined();
  expect(await store.readStream(importedUnitId(importJobId(rootId, content), 'B'))).toEqual([]);
});

/** Jobs whose progress write fails once, after `after` successful ones: a crash mid-job. */
class CrashingJobs extends MongoUnitImportJobs {
  private advances = 0;
  constructor(private readonly after: number) {
    super(connection);
  }
  override async advance(id: string, owner: string, done: number, leaseMs: number) {
    this.advances += 1;
    if (this.advances > this.after) throw new Error('the service died here');
    return super.advance(id, owner, done, leaseMs);
  }
}

it('goes on after a crash between batches, and a repeated upload is the same job', async () => {
  const content = await file(structure('C', 6, 10, 8)); // 1 + 6 + 60 + 480 = 547 rows
  const crashing = newRunner(new CrashingJobs(1));
  const job: UnitImportJob = await start(crashing, content);
  await expect(crashing.drain()).rejects.toThrow('the service died here');
  // Two batches were established, one recorded: the second is the half-done one.
  expect(await jobs.get(job.id)).toMatchObject({ status: 'running', done: 250 });
  // The dead runner's lease runs out; the next start claims the job.
  await connection
    .collection('unit_import_jobs')
    .updateOne({ _id: job.id as never }, { $set: { leaseUntil: new Date(0) } });
  const resumer = newRunner();
  const again = await start(resumer, content);
  expect(again.id).toBe(job.id);
  await resumer.drain();
  expect(await jobs.get(job.id)).toMatchObject({ status: 'completed', done: 547 });
  const planned = await jobs.rows(job.id, 0, 547);
  const versions = await Promise.all(
    planned.map(async (u) => (await store.readStream(u.unitId)).length),
  );
  expect(versions.every((length) => length === 1)).toBe(true);
  // Uploading the finished file again changes nothing.
  const idle = newRunner();
  expect(await start(idle, content)).toMatchObject({ id: job.id, status: 'completed' });
  expect(await idle.drain()).toBe(0);
});
