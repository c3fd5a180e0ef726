import { importJobDeclaration } from './import-job';

const job = importJobDeclaration({
  path: '/api/v1/thing-imports',
  service: 'training',
  rpc: { start: 'training.thing-imports.start', get: 'training.thing-imports.get' },
  permissions: { start: ['cadres:write'], read: ['cadres:read'] },
  maxMegabytes: 5,
  date: { name: 'madeOn', description: 'made on' },
  done: { name: 'made', description: 'made so far' },
  fields: { status: 'status', total: 'total', errors: 'errors' },
  openapi: {
    schema: 'ThingImportJob',
    start: {
      operationId: 'importThings',
      summary: 'things',
      description: 'the things',
      accepted: 'accepted',
      invalid: 'invalid',
    },
    get: { operationId: 'getThingImport', summary: 'a thing import' },
  },
});

it("names the query's date and the count done as the import says, in the job resource's order", () => {
  expect(Object.keys(job.upload.query.shape)).toEqual(['madeOn', 'fileName']);
  expect(job.upload.query.safeParse({ madeOn: '2024-02-30' }).success).toBe(false);
  expect(job.upload.query.safeParse({ other: 'x' }).success).toBe(false);
  const content = Buffer.from('a').toString('base64');
  const start = { content, format: 'csv', fileName: 'f.csv', madeOn: '2024-03-08' };
  expect(job.startRequest.parse(start)).toEqual(start);
  expect(Object.keys(job.view.shape)).toEqual([
    'id',
    'fileName',
    'format',
    'status',
    'total',
    'made',
    'percent',
    'createdAt',
    'finishedAt',
    'errors',
  ]);
  expect(job.view.shape.made.description).toBe('made so far');
});

it('adds the texts every import shares, and the size limit in bytes and in its 413 text', () => {
  expect(job.upload.maxBytes).toBe(5 * 1_048_576);
  expect(job.openapi.start).toMatchObject({
    again: 'Tệp này đã được nhận — this file was accepted already: its job',
    tooLarge: 'Tệp quá lớn — more than 5 MB',
    invalid: 'invalid',
  });
  expect(job.openapi.get.id).toBe('The import id');
  expect(job.idParam.safeParse('not-a-uuid').success).toBe(false);
});
