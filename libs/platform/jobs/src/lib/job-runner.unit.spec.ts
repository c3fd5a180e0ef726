import { JobRunner, ROWS_GONE, type StepPosition } from './job-runner';
import { JobStore, percentDone, type JobFailure, type JobRecord } from './job';

const silent = { log: () => undefined, error: () => undefined };

/** A store in memory: one job, its rows, every advance and finish recorded. */
class MemoryJobs extends JobStore<JobRecord, number> {
  job: JobRecord;
  advances: number[] = [];
  finished: (JobFailure | 'completed')[] = [];
  constructor(
    private readonly stored: number[],
    done = 0,
  ) {
    super();
    this.job = { id: 'j', status: 'running', total: stored.length, done, createdAt: new Date() };
  }
  create = () => Promise.resolve(this.job);
  get = () => Promise.resolve(this.job);
  retry = () => Promise.resolve();
  claim = () => {
    const claimed = this.job.status === 'running' && this.finished.length === 0;
    return Promise.resolve(claimed ? this.job : undefined);
  };
  rows = (_id: string, from: number, limit: number) =>
    Promise.resolve(this.stored.slice(from, from + limit));
  advance = (_id: string, _owner: string, done: number) => {
    this.advances.push(done);
    return Promise.resolve(true);
  };
  finish = (_id: string, _owner: string, failure?: JobFailure) => {
    this.finished.push(failure ?? 'completed');
    return Promise.resolve();
  };
}

class Recording extends JobRunner<JobRecord, number> {
  steps: { rows: readonly number[]; at: StepPosition }[] = [];
  constructor(
    jobs: MemoryJobs,
    pace: { read: number; step: number },
    private readonly refuse?: number,
  ) {
    super(jobs, { leaseMs: 1_000, ...pace }, silent);
  }
  protected step(_job: JobRecord, rows: readonly number[], at: StepPosition) {
    this.steps.push({ rows, at });
    const refused = rows.includes(this.refuse ?? -1);
    return Promise.resolve(refused ? { field: `rows[${at.from}]`, reason: 'no' } : undefined);
  }
  protected completed(job: JobRecord): string {
    return `job ${job.id} done`;
  }
}

it('runs every row in steps from the recorded progress, records each, then completes', async () => {
  const jobs = new MemoryJobs([1, 2, 3, 4, 5, 6, 7], 2);
  const runner = new Recording(jobs, { read: 4, step: 2 });
  expect(await runner.drain()).toBe(1);
  expect(runner.steps.map((s) => s.rows)).toEqual([[3, 4], [5, 6], [7]]);
  expect(runner.steps.map((s) => s.at)).toEqual([
    { from: 2, firstAfterClaim: true },
    { from: 4, firstAfterClaim: false },
    { from: 6, firstAfterClaim: false },
  ]);
  expect(jobs.advances).toEqual([4, 6, 7]);
  expect(jobs.finished).toEqual(['completed']);
});

it('stops at the step refused, with its failure, and records nothing past it', async () => {
  const jobs = new MemoryJobs([1, 2, 3, 4]);
  const runner = new Recording(jobs, { read: 10, step: 1 }, 3);
  await runner.drain();
  expect(jobs.advances).toEqual([1, 2]);
  expect(jobs.finished).toEqual([{ field: 'rows[2]', reason: 'no' }]);
});

it('fails a job whose rows are gone instead of running it forever', async () => {
  const jobs = new MemoryJobs([1, 2]);
  jobs.rows = () => Promise.resolve([]);
  await new Recording(jobs, { read: 2, step: 2 }).drain();
  expect(jobs.finished).toEqual([ROWS_GONE]);
});

it('gives the percent done rounded down, 100 only when all is done', () => {
  expect(percentDone(0, 0)).toBe(100);
  expect(percentDone(1, 3)).toBe(33.3);
  expect(percentDone(2999, 3000)).toBe(99.9);
});
