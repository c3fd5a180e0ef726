import { MemoryJobs } from '@vwu/platform-testing';
import { cityUnderTest, manager } from '../testing/units-under-test';
import type { UnitImportJob } from './unit-import.job';
import type { PlannedUnit } from './unit-import-plan';
import type { UnitImportRunner } from './unit-import.runner';
import { StartUnitImportCommand } from './start-unit-import.command';
import { StartUnitImportHandler } from './start-unit-import.handler';

const csv = (...rows: string[]) => Buffer.from(['code,name,kind,parent', ...rows].join('\n'));
const FILE = csv('b3,Chi hội 3,branch,', 'g31,Tổ phụ nữ 31,group,b3');

async function setup() {
  const t = await cityUnderTest();
  const jobs = new MemoryJobs<UnitImportJob, PlannedUnit>();
  let kicks = 0;
  // The runner's only part the handler calls: its kick, counted here.
  const runner = { kick: () => void (kicks += 1) } as unknown as UnitImportRunner;
  const handler = new StartUnitImportHandler(t.units, jobs, runner);
  const start = (content: Buffer, scope: string, parentId?: string) =>
    handler.execute(
      new StartUnitImportCommand(
        { content, format: 'csv', fileName: 'co-cau.csv', parentId, establishedOn: '2025-07-01' },
        manager(scope),
      ),
    );
  return { ...t, jobs, start, kicks: () => kicks };
}

describe('starting a unit import', () => {
  it('accepts a valid file under the actor’s unit as a running job, and establishes nothing yet', async () => {
    const t = await setup();
    const before = t.store.allCommits().length;
    const job = await t.start(FILE, t.kimMa);
    expect(job).toMatchObject({
      fileName: 'co-cau.csv',
      format: 'csv',
      parentId: t.kimMa,
      total: 2,
      done: 0,
      status: 'running',
      userId: 'u-1',
      correlationId: 'req-1',
    });
    const rows = t.jobs.jobs.get(job.id)?.rows ?? [];
    expect(rows.map((r) => [r.row, r.name, r.kind, r.establishedOn])).toEqual([
      [2, 'Chi hội 3', 'branch', '2025-07-01'],
      [3, 'Tổ phụ nữ 31', 'group', '2025-07-01'],
    ]);
    expect(rows[0]?.parent).toMatchObject({ unitId: t.kimMa, active: true });
    expect(t.kicks()).toBe(1);
    expect(t.store.allCommits()).toHaveLength(before);
  });

  it('is the same job for the same file under the same parent', async () => {
    const t = await setup();
    const first = await t.start(FILE, t.kimMa);
    expect(await t.start(FILE, t.district, t.kimMa)).toEqual(first);
    expect(t.jobs.jobs.size).toBe(1);
  });

  it('refuses a parent out of scope, and a file with errors, creating no job', async () => {
    const t = await setup();
    await expect(t.start(FILE, t.lang, t.kimMa)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    const taken = csv('b1,Chi hội 1,branch,', 'g,Tổ,group,không-có');
    await expect(t.start(taken, t.kimMa)).rejects.toMatchObject({
      status: 422,
      code: 'organisation.import-invalid',
      errors: [
        expect.objectContaining({ field: expect.stringMatching(/^rows\.2\./) as unknown }),
        expect.objectContaining({ field: expect.stringMatching(/^rows\.3\./) as unknown }),
      ],
    });
    expect(t.jobs.jobs.size).toBe(0);
    expect(t.kicks()).toBe(0);
  });
});
