import { CommandBus } from '@nestjs/cqrs';
import { CADRE_IMPORT_JOB, jobDeclaration, uploadedFile, type RpcRequest } from '@vwu/internal-api';
import type { Actor } from '@vwu/platform-auth';
import type { UploadInput, UploadJob } from '@vwu/platform-imports';
import { ProblemError } from '@vwu/platform-problems';
import { MemoryJobs } from '@vwu/platform-testing';
import { z } from 'zod';
import { importJobView, importRpcController } from './import-rpc-controller';

class ThingJobs extends MemoryJobs<UploadJob, number> {}
class ThingNotFound extends ProblemError {
  constructor(id: string) {
    super(404, 'test.import-not-found', `no import ${id}`);
  }
}
class StartThings {
  constructor(
    readonly input: UploadInput & { readonly madeOn: string },
    readonly actor: Actor,
  ) {}
}

const JOB = jobDeclaration({
  path: '/api/v1/thing-imports',
  service: 'training',
  rpc: { start: 'things.start', get: 'things.get' },
  permissions: { start: [], read: [] },
  upload: { query: z.strictObject({}), maxBytes: 1 },
  timeoutMs: 1,
  startRequest: z.strictObject({ ...uploadedFile, madeOn: z.iso.date().optional() }),
  idParam: z.uuid(),
  view: z.unknown(),
  openapi: {
    schema: 'ThingImportJob',
    start: {
      operationId: 'a',
      summary: 'a',
      description: 'a',
      accepted: 'a',
      again: 'a',
      invalid: 'a',
    },
    get: { operationId: 'b', summary: 'b' },
  },
});
const ID = '00000000-0000-4000-8000-00000000000a';
const uploader: Actor = {
  userId: 'u-1',
  roles: ['cadre-officer'],
  scopeUnitId: 'w',
  correlationId: 'c',
};
const job: UploadJob = {
  id: ID,
  fileName: 'things.csv',
  format: 'csv',
  status: 'failed',
  total: 3,
  done: 1,
  userId: 'u-1',
  roles: ['cadre-officer'],
  scopeUnitId: 'w',
  correlationId: 'c',
  createdAt: new Date('2024-03-08T01:02:03Z'),
  finishedAt: new Date('2024-03-08T01:02:04Z'),
  failure: { field: 'rows.3', reason: 'closed', row: 3 },
};

function setup(actor: Actor) {
  const jobs = new ThingJobs();
  const executed: StartThings[] = [];
  const commands = {
    execute: (command: StartThings) => {
      executed.push(command);
      return Promise.resolve(job);
    },
  };
  const providers = new Map<unknown, unknown>([
    [CommandBus, commands],
    [ThingJobs, jobs],
  ]);
  const Controller = importRpcController({
    job: JOB,
    view: importJobView('made'),
    date: 'madeOn',
    command: (input, by) => new StartThings(input, by),
    jobs: ThingJobs,
    read: 'cadres:read',
    notFound: (id) => new ThingNotFound(id),
  });
  const controller = new (
    Controller as new (...args: unknown[]) => {
      start(request: RpcRequest<unknown>): Promise<unknown>;
      get(request: RpcRequest<{ id: unknown }>): Promise<unknown>;
    }
  )({ resolve: () => Promise.resolve(actor) }, { get: (token: unknown) => providers.get(token) });
  return { controller, jobs, executed };
}

it("gives the job resource as the import's declaration describes it, the count done by its name", () => {
  const view = importJobView('registered')(job);
  expect(Object.keys(view)).toEqual(Object.keys(CADRE_IMPORT_JOB.view.shape));
  expect(CADRE_IMPORT_JOB.view.parse(view)).toEqual(view);
  expect(view).toMatchObject({
    registered: 1,
    percent: 33.3,
    finishedAt: '2024-03-08T01:02:04.000Z',
  });
  expect(view.errors).toEqual([job.failure]);
  const running = importJobView('made')({ ...job, finishedAt: undefined, failure: undefined });
  expect(running).not.toHaveProperty('finishedAt');
  expect(running.errors).toEqual([]);
});

it('starts the use case with the file decoded and the date of rows without one', async () => {
  const t = setup(uploader);
  const content = Buffer.from('a,b').toString('base64');
  const body = { content, format: 'csv', fileName: 'things.csv' };
  await t.controller.start({ correlationId: 'c', body: { ...body, madeOn: '2024-01-02' } });
  await t.controller.start({ correlationId: 'c', body });
  expect(t.executed.map((c) => c.input.madeOn)).toEqual([
    '2024-01-02',
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u),
  ]);
  expect(t.executed[0]).toMatchObject({
    input: { fileName: 'things.csv', format: 'csv' },
    actor: uploader,
  });
  expect(t.executed[0]?.input.content.toString()).toBe('a,b');
});

it('shows a job to its uploader or an administrator with the read permission, to nobody else', async () => {
  const read = (actor: Actor) => {
    const t = setup(actor);
    void t.jobs.create(job, []);
    return t.controller.get({ correlationId: 'c', body: { id: ID } });
  };
  await expect(read(uploader)).resolves.toMatchObject({ id: ID, made: 1 });
  await expect(read({ ...uploader, userId: 'root', roles: ['admin'] })).resolves.toMatchObject({
    id: ID,
  });
  await expect(read({ ...uploader, userId: 'u-2' })).rejects.toBeInstanceOf(ThingNotFound);
  await expect(read({ ...uploader, roles: ['member-officer'] })).rejects.toMatchObject({
    code: 'auth.forbidden',
  });
  await expect(
    setup(uploader).controller.get({ correlationId: 'c', body: { id: ID } }),
  ).rejects.toBeInstanceOf(ThingNotFound);
});
