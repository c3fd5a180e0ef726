import type { Actor } from '@vwu/platform-auth';
import { ProblemError, type FieldError } from '@vwu/platform-problems';
import { cellError, locateSheetColumns, type Table } from '@vwu/platform-tabular';
import { MemoryJobs } from '@vwu/platform-testing';
import { SheetImportHandler, type SheetToPlan } from './sheet-import.handler';
import type { SheetPlan } from './sheet-plan';
import type { UploadInput, UploadJob } from './upload-job';

type Column = 'name' | 'unit';
interface Planned {
  readonly row: number;
  readonly name: string;
}

class Invalid extends ProblemError {
  constructor(errors: readonly FieldError[]) {
    super(422, 'test.import-invalid', 'invalid', errors);
  }
}
class Unreadable extends ProblemError {
  constructor(reason: string) {
    super(422, 'test.import-unreadable', reason);
  }
}

/** An import of names under units: a unit outside the caller's scope is refused. */
class NamesImport extends SheetImportHandler<UploadInput, Planned, Column> {
  readonly seen: SheetToPlan<Column, UploadInput>[] = [];
  constructor(jobs: MemoryJobs<UploadJob, Planned>, runner: { kick(): void }) {
    super(jobs, runner, {
      permissions: ['members:write', 'members:personal-data'],
      maxRows: 3,
      jobId: (userId, content) => `${userId}:${content.length}`,
      locate: (table: Table) =>
        locateSheetColumns<Column>(table, { name: ['tên'], unit: ['đơn vị'] }, ['name']),
      unreadable: (reason) => new Unreadable(reason),
      invalid: (errors) => new Invalid(errors),
    });
  }
  protected plan(sheet: SheetToPlan<Column, UploadInput>): Promise<SheetPlan<Planned>> {
    this.seen.push(sheet);
    const unit = sheet.columns.get('unit') ?? -1;
    const errors = sheet.table.rows
      .filter((r) => !sheet.inScope([r.cells[unit] ?? '']))
      .map((r) => cellError(r.row, 'unit', 'out of scope'));
    const planned = sheet.table.rows.map((r) => ({ row: r.row, name: r.cells[0] ?? '' }));
    return Promise.resolve({ planned, errors });
  }
}

const officer: Actor = {
  userId: 'u-1',
  roles: ['member-officer'],
  scopeUnitId: 'ward',
  correlationId: 'c-1',
};
const upload = (...lines: string[]): UploadInput => ({
  content: Buffer.from(lines.join('\n')),
  format: 'csv',
  fileName: 'names.csv',
});

function setup() {
  const jobs = new MemoryJobs<UploadJob, Planned>();
  let kicks = 0;
  const handler = new NamesImport(jobs, { kick: () => void (kicks += 1) });
  const start = (input: UploadInput, actor = officer) => handler.execute({ input, actor });
  return { jobs, handler, start, kicks: () => kicks };
}

it('accepts a valid sheet as a running job of its planned rows, by the uploader, and kicks the runner', async () => {
  const t = setup();
  const job = await t.start(upload('Tên,Đơn vị', 'Lan,ward', 'Mai,ward'));
  expect(job).toMatchObject({
    id: 'u-1:33',
    fileName: 'names.csv',
    format: 'csv',
    total: 2,
    done: 0,
    status: 'running',
    userId: 'u-1',
    roles: ['member-officer'],
    scopeUnitId: 'ward',
    correlationId: 'c-1',
  });
  expect(t.jobs.jobs.get(job.id)?.rows).toEqual([
    { row: 2, name: 'Lan' },
    { row: 3, name: 'Mai' },
  ]);
  expect(t.handler.seen[0]).toMatchObject({
    jobId: 'u-1:33',
    columns: new Map([
      ['name', 0],
      ['unit', 1],
    ]),
  });
  expect(t.kicks()).toBe(1);
});

it('returns the job of the same file again without planning it, and kicks the runner', async () => {
  const t = setup();
  const input = upload('Tên,Đơn vị', 'Lan,ward');
  const first = await t.start(input);
  expect(await t.start(input)).toBe(first);
  expect(t.handler.seen).toHaveLength(1);
  expect(t.kicks()).toBe(2);
});

it('refuses a sheet with errors whole, each column named as in the file, and stores nothing', async () => {
  const t = setup();
  const refused = t.start(upload('Tên,Đơn vị', 'Lan,ward', 'Mai,city'));
  await expect(refused).rejects.toBeInstanceOf(Invalid);
  await expect(refused).rejects.toMatchObject({
    errors: [{ field: 'rows.3.unit', row: 3, column: 'Đơn vị', reason: 'out of scope' }],
  });
  const noName = t.start(upload('Đơn vị', 'ward'));
  await expect(noName).rejects.toMatchObject({ code: 'test.import-invalid' });
  expect(t.jobs.jobs.size).toBe(0);
  expect(t.kicks()).toBe(0);
});

it('refuses a file that is too big as unreadable, and a caller without every permission', async () => {
  const t = setup();
  await expect(t.start(upload('Tên', 'a', 'b', 'c', 'd'))).rejects.toBeInstanceOf(Unreadable);
  const viewer = { ...officer, roles: ['viewer'] };
  await expect(t.start(upload('Tên', 'a'), viewer)).rejects.toMatchObject({
    code: 'auth.forbidden',
    message: 'Không có quyền — missing permission members:write',
  });
  expect(t.jobs.jobs.size).toBe(0);
});
